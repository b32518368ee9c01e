import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  COLORS,
  WORDS,
  distinctInts,
  fill,
  fillPrompt,
  flagged,
  mut,
  predict,
  py,
  pyList,
} from "./helpers";

const T = "mutability-and-aliasing";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const mutabilityAndAliasingRules: MisconceptionRule[] = [
  {
    id: "py.iadd-list-extends",
    feedback: "`+=` with a list on the right adds each of its items, not the list itself as one nested item.",
    requires: { all: ["+= ["] },
  },
];

export const mutabilityAndAliasingTemplates: ChallengeTemplate[] = [
  predict(T, "string-methods-return-new", "easy", (rng) => {
    const v = rng.pick(["word", "name", "label", "fruit"]);
    const w = rng.pick(WORDS);
    const letters = [...new Set(w.split(""))];
    const from = rng.pick(letters);
    const to = rng.pick("xzq".split(""));
    const sep = rng.pick(["#", "-", "_", ":"]);
    const n = rng.int(1, 99);
    const prog = flagged((o: { keepReplace?: boolean; keepUpper?: boolean }) =>
      py(
        `${v} = "${w}"`,
        o.keepReplace ? `${v} = ${v}.replace("${from}", "${to}")` : `${v}.replace("${from}", "${to}")`,
        o.keepUpper ? `${v} = ${v}.upper()` : `${v}.upper()`,
        `tag = ${v} + "${sep}" + str(${n})`,
        `print(${v})`,
        "print(tag)",
      ),
    );
    return {
      title: "String methods don't change the string",
      code: prog({}),
      distractors: [
        mut("py.string-immutable", prog({ keepUpper: true })),
        mut("py.string-immutable", prog({ keepReplace: true })),
        mut("py.string-immutable", prog({ keepReplace: true, keepUpper: true })),
      ],
      trap: `${v}.replace("${from}", "${to}")`,
      explanation: `\`${v}.replace("${from}", "${to}")\` is the trap: strings are immutable, so it and \`${v}.upper()\` build new strings that are thrown away because nothing stores them, so \`${v}\` is still \`"${w}"\`.`,
    };
  }),

  predict(T, "mutable-default-argument", "medium", (rng) => {
    const fn = rng.pick(["add_tag", "remember", "collect", "track"]);
    const [c1, c2, c3] = rng.sample(COLORS, 3);
    const seed = rng.pick(WORDS);
    const n = rng.int(1, 9);
    const prog = flagged((o: { fresh?: boolean; snapshot?: boolean; ignoresArg?: boolean }) =>
      py(
        o.fresh ? `def ${fn}(item, bag=None):` : `def ${fn}(item, bag=[]):`,
        o.fresh && "    if bag is None:",
        o.fresh && "        bag = []",
        "    bag.append(item)",
        "    return bag",
        "",
        o.snapshot ? `first = list(${fn}("${c1}"))` : `first = ${fn}("${c1}")`,
        `second = ${fn}("${c2}")`,
        o.ignoresArg ? `third = ${fn}("${c3}")` : `third = ${fn}("${c3}", ["${seed}"] * ${n})`,
        "print(first)",
        "print(len(second), len(third))",
      ),
    );
    return {
      title: "A list as a default argument",
      code: prog({}),
      distractors: [
        mut("py.mutable-default", prog({ fresh: true })),
        mut("py.alias-vs-copy", prog({ snapshot: true })),
        mut("py.mutable-default", prog({ ignoresArg: true })),
        mut("py.mutable-default", prog({ fresh: true, ignoresArg: true })),
      ],
      trap: "bag=[]",
      explanation: `\`def ${fn}(item, bag=[])\` is the trap: the default list is created once, when \`def\` runs, so the first two calls append to the SAME list and \`first\` and \`second\` are that one list; the third call passes its own list. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "tuple-holding-a-list", "hard", (rng) => {
    const fn = rng.pick(["stash", "pack", "store", "keep"]);
    const [a, b, c] = distinctInts(rng, 3, 1, 99);
    const start = rng.int(0, 5);
    const prog = flagged((o: { tupleFrozen?: boolean; copies?: boolean; rebindCaller?: boolean }) =>
      py(
        `def ${fn}(box, item):`,
        o.tupleFrozen
          ? "    box = (box[0] + 1, box[1] + [item])"
          : o.copies
            ? "    box[1].append(item)\n    box = (box[0] + 1, list(box[1]))"
            : "    box[1].append(item)\n    box = (box[0] + 1, box[1])",
        "    return box",
        "",
        `box = (${start}, [])`,
        o.rebindCaller ? `box = ${fn}(box, ${a})` : `out = ${fn}(box, ${a})`,
        o.rebindCaller ? `out = ${fn}(box, ${b})` : `out = ${fn}(out, ${b})`,
        `box[1].append(${c})`,
        "print(box)",
        "print(out)",
      ),
    );
    return {
      title: "Aliasing through a tuple and a function",
      code: prog({}),
      distractors: [
        mut("py.tuple-contains-mutable", prog({ tupleFrozen: true })),
        mut("py.alias-vs-copy", prog({ copies: true })),
        mut("py.param-rebind-vs-mutate", prog({ rebindCaller: true })),
      ],
      trap: "box[1].append(item)",
      explanation: `\`box[1].append(item)\` is the trap: each call builds a new tuple, but every tuple holds the SAME list object, so an append through any of them (including the last \`box[1].append(${c})\`) shows up everywhere; rebinding \`box\` inside the function never changes the caller's \`box\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "plus-equals-versus-plus", "easy", (rng) => {
    const [x, y, z, w] = distinctInts(rng, 4, 1, 99);
    const [an, bn] = rng.pick([
      ["a", "b"],
      ["first", "second"],
      ["mine", "shared"],
      ["cart", "view"],
    ] as const);
    const prog = flagged((o: { iaddRebinds?: boolean; plusMutates?: boolean; appendNested?: boolean }) =>
      py(
        `${an} = [${x}, ${y}]`,
        `${bn} = ${an}`,
        o.iaddRebinds
          ? `${an} = ${an} + [${z}]`
          : o.appendNested
            ? `${an}.append([${z}])`
            : `${an} += [${z}]`,
        o.plusMutates ? `${an} += [${w}]` : `${an} = ${an} + [${w}]`,
        `print(${an})`,
        `print(${bn})`,
      ),
    );
    return {
      title: "+= versus + on a shared list",
      code: prog({}),
      distractors: [
        mut("py.iadd-rebinds", prog({ iaddRebinds: true })),
        mut("py.iadd-rebinds", prog({ plusMutates: true })),
        mut("py.iadd-list-extends", prog({ appendNested: true })),
      ],
      trap: `${an} += [${z}]`,
      explanation: `\`${an} += [${z}]\` is the trap: it extends the list in place, so \`${bn}\` (the same list) sees ${z}; \`${an} = ${an} + [${w}]\` builds a NEW list and rebinds only \`${an}\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "alias-shallow-or-deep", "medium", (rng) => {
    const [a, b, c, d, e] = distinctInts(rng, 5, 1, 99);
    const v = rng.pick(["original", "settings", "playlist", "schedule"]);
    const frags = {
      alias: { fragment: v, rule: "py.alias-vs-copy" },
      shallow: { fragment: `${v}.copy()`, rule: "py.alias-vs-copy" },
      deep: { fragment: `deepcopy(${v})`, rule: "py.alias-vs-copy" },
      tuple: { fragment: `tuple(${v})`, rule: "py.tuple-contains-mutable" },
    };
    const answerKey = rng.pick(["alias", "shallow", "deep"] as const);
    const wrong = (Object.keys(frags) as (keyof typeof frags)[])
      .filter((k) => k !== answerKey)
      .map((k) => frags[k]);
    return {
      title: "Alias, shallow copy or deep copy?",
      prompt: fillPrompt("expression"),
      code: py(
        "from copy import deepcopy",
        "",
        `${v} = [[${a}, ${b}], [${c}]]`,
        `backup = ${BLANK}`,
        `${v}[0].append(${d})`,
        `${v}.append([${e}])`,
        "print(backup)",
      ),
      answer: frags[answerKey].fragment,
      wrong,
      trap: frags[answerKey].fragment,
      explanation: `Only \`backup = ${frags[answerKey].fragment}\` prints the target. An alias sees every change; a shallow copy (\`${v}.copy()\`) gets its own outer list but shares the inner lists, so it sees \`${v}[0].append(${d})\` but not the new row; a deep copy shares nothing and sees neither.`,
    };
  }),

  predict(T, "grid-rows-and-copies", "hard", (rng) => {
    const R = rng.int(2, 3);
    const C = rng.int(2, 3);
    const i = rng.int(0, R - 1);
    const j = rng.int(0, C - 1);
    const k = (j + 1) % C;
    const [v, w] = distinctInts(rng, 2, 2, 99);
    const g = rng.pick(["grid", "board", "cells", "seats"]);
    const prog = flagged((o: { fresh?: boolean; aliasCopy?: boolean }) =>
      py(
        "def mark(grid, r, c, value):",
        "    grid[r][c] = value",
        "    return grid",
        "",
        o.fresh ? `${g} = [[0] * ${C} for _ in range(${R})]` : `${g} = [[0] * ${C}] * ${R}`,
        `mark(${g}, ${i}, ${j}, ${v})`,
        o.aliasCopy ? `snapshot = list(${g})` : `snapshot = [row[:] for row in ${g}]`,
        `snapshot[0][${k}] = ${w}`,
        `${g}[-1][${k}] += 1`,
        `print(${g})`,
        "print(snapshot)",
      ),
    );
    return {
      title: "A grid made with list multiplication",
      code: prog({}),
      distractors: [
        mut("py.shared-inner-list", prog({ fresh: true })),
        mut("py.alias-vs-copy", prog({ aliasCopy: true })),
        mut("py.shared-inner-list", prog({ fresh: true, aliasCopy: true })),
      ],
      trap: `[[0] * ${C}] * ${R}`,
      explanation: `\`[[0] * ${C}] * ${R}\` is the trap: it holds ${R} references to ONE row, so every change to \`${g}\` shows in all rows; \`[row[:] for row in ${g}]\` builds ${R} separate copies, so \`snapshot[0][${k}] = ${w}\` changes only the snapshot's first row. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "alias-or-copy", "easy", (rng) => {
    const [x, y, z] = distinctInts(rng, 3, 1, 99);
    const [an, bn] = rng.pick([
      ["a", "b"],
      ["prices", "view"],
      ["todo", "later"],
      ["team", "roster"],
    ] as const);
    return {
      title: "Make the change visible through both names",
      prompt: fillPrompt("expression"),
      code: py(
        `${an} = [${x}, ${y}]`,
        `${bn} = ${BLANK}`,
        `${bn}.append(${z})`,
        `print(${an})`,
        `print(len(${bn}))`,
      ),
      answer: an,
      wrong: [
        { fragment: `${an}.copy()`, rule: "py.alias-vs-copy" },
        { fragment: `${an}[:]`, rule: "py.alias-vs-copy" },
        { fragment: `list(${an})`, rule: "py.alias-vs-copy" },
      ],
      trap: an,
      explanation: `Only \`${bn} = ${an}\` makes both names refer to the SAME list, so appending through \`${bn}\` changes \`${an}\`; \`.copy()\`, \`[:]\` and \`list()\` all build a new list.`,
    };
  }),

  predict(T, "is-versus-equals", "medium", (rng) => {
    const xs = distinctInts(rng, 3, 1, 99);
    const extra = rng.int(1, 99);
    const [an, bn, cn] = rng.pick([
      ["a", "b", "c"],
      ["mine", "yours", "ours"],
      ["left", "right", "same"],
    ] as const);
    const prog = flagged((o: { isAsEq?: boolean; copyC?: boolean; literalsShared?: boolean }) =>
      py(
        `${an} = ${pyList(xs)}`,
        o.literalsShared ? `${bn} = ${an}` : `${bn} = ${pyList(xs)}`,
        o.copyC ? `${cn} = ${an}[:]` : `${cn} = ${an}`,
        `print(${an} == ${bn}, ${an} ${o.isAsEq ? "==" : "is"} ${bn}, ${an} is ${cn})`,
        `${bn}.append(${extra})`,
        `print(${an} == ${bn}, ${cn} == ${an})`,
      ),
    );
    return {
      title: "is versus ==",
      code: prog({}),
      distractors: [
        mut("py.is-vs-eq", prog({ isAsEq: true })),
        mut("py.alias-vs-copy", prog({ copyC: true })),
        mut("py.is-vs-eq", prog({ literalsShared: true })),
      ],
      trap: `${an} is ${bn}`,
      explanation: `\`${an} is ${bn}\` is the trap: two list literals with equal contents are EQUAL (\`==\`) but are two different objects, so \`is\` is False; \`${cn} = ${an}\` names the same object. Appending to \`${bn}\` leaves \`${an}\` alone. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "rebinding-the-loop-variable", "hard", (rng) => {
    const vals = distinctInts(rng, 4, 1, 9);
    const [p, q] = distinctInts(rng, 2, 10, 99);
    const k = rng.int(2, 9);
    const prog = flagged((o: { rebindMutates?: boolean; iaddRebinds?: boolean; intMutates?: boolean }) =>
      py(
        `rows = [[${vals[0]}, ${vals[1]}], [${vals[2]}, ${vals[3]}]]`,
        "for row in rows:",
        o.rebindMutates ? `    row.append(${p})` : `    row = row + [${p}]`,
        "for row in rows:",
        o.iaddRebinds ? `    row = row + [${q}]` : `    row += [${q}]`,
        "for x in rows[0]:",
        o.intMutates ? `    rows[0][rows[0].index(x)] = x * ${k}` : `    x *= ${k}`,
        "print(rows)",
      ),
    );
    return {
      title: "Rebinding versus mutating in loops",
      code: prog({}),
      distractors: [
        mut("py.param-rebind-vs-mutate", prog({ rebindMutates: true })),
        mut("py.iadd-rebinds", prog({ iaddRebinds: true })),
        mut("py.param-rebind-vs-mutate", prog({ intMutates: true })),
      ],
      trap: `row = row + [${p}]`,
      explanation: `\`row = row + [${p}]\` is the trap: it rebinds the loop variable to a new list (the rows are untouched), \`row += [${q}]\` extends each row in place, and \`x *= ${k}\` only rebinds \`x\` to a new int. Output: \`{{output}}\`.`,
    };
  }),
];
