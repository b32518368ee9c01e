import type { MisconceptionRule } from "../types";

/** Rules any language may reference (`common.<slug>`). */
export const commonRules: MisconceptionRule[] = [
  {
    id: "common.off-by-one",
    feedback: "Off by one: check where the range starts and whether its end is included.",
  },
  {
    id: "common.operator-precedence",
    feedback: "Operators bind by precedence, not left to right as written.",
  },
  {
    id: "common.aliasing",
    feedback: "Both names refer to the same object, so a change through one is visible through the other.",
  },
  { id: "common.execution-order", feedback: "The statements do not run in the order this option assumes." },
];
