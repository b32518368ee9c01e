import type { MisconceptionRule } from "../types";

/** Rules any language may reference (`common.<slug>`). */
export const commonRules: MisconceptionRule[] = [
  {
    id: "common.off-by-one",
    feedback: "Off by one: check where the range starts and whether its end is included.",
    // A range or a bound: a comparison, range(), a slice or an index.
    requires: { any: ["<", "<=", ">", ">=", "range", "[", "slice", "length", "len"] },
  },
  {
    id: "common.operator-precedence",
    feedback: "Operators bind by precedence, not left to right as written.",
    requires: { any: ["*", "/", "%", "**", "&&", "||", "and", "or", "not", "??", "+", "-"] },
  },
  {
    id: "common.aliasing",
    feedback: "Both names refer to the same object, so a change through one is visible through the other.",
    // Something that mutates in place: a method call or an assignment into an object or list.
    requires: { any: ["push", "append", "pop", "extend", "splice", "sort", "insert", "[", "."] },
  },
  {
    id: "common.execution-order",
    feedback: "The statements do not run in the order this option assumes.",
    // True of any program with more than one statement that prints; every template's program has two.
    requires: {},
  },
];
