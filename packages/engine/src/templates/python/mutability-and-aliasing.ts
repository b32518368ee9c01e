import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  COLORS,
  FUNC_NAMES,
  WORDS,
  distinctInts,
  fill,
  fillPrompt,
  flagged,
  mut,
  predict,
  py,
  pyList,
  val,
} from "./helpers";

const T = "mutability-and-aliasing";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const mutabilityAndAliasingRules: MisconceptionRule[] = [
  {
    id: "py.new-tuple-same-list",
    feedback:
      "A new tuple built from `box[1]` holds the SAME list object, so an append through either tuple shows in both.",
    requires: { all: ["box[1]"] },
  },
  {
    id: "py.immutable-iadd",
    feedback:
      "Ints and strings are immutable: `+=` on one makes a new object and rebinds only that name, so another name for the old value keeps it.",
    requires: { all: ["+="] },
  },
  {
    id: "py.arg-shared",
    feedback:
      "A function receives the caller's object itself, not a copy, so mutating the parameter changes the caller's list; only rebinding the parameter would not.",
    requires: { all: ["def"] },
  },
  {
    id: "py.clear-vs-rebind",
    feedback:
      "`clear` empties the one shared list, so every name for it sees an empty list; assigning [] to a name only points that name at a new list.",
    requires: { all: [".clear"] },
  },
  {
    id: "py.dict-copy-shallow",
    feedback:
      "`copy` on a dict copies only the top level: the copy can rebind its own keys, but a list stored as a value is still shared with the original.",
    requires: { all: [".copy"] },
  },
  {
    id: "py.append-stores-reference",
    feedback:
      "`append` stores a reference to the list, not a snapshot of it, so later changes to that list show in every slot that holds it.",
    requires: { all: [".append"] },
  },
  {
    id: "py.tuple-iadd-new",
    feedback:
      "A tuple cannot change, so `+=` on a tuple builds a NEW tuple and rebinds only that name, while `+=` on a list extends the shared list.",
    requires: { all: ["+=", ",)"] },
  },
  {
    id: "py.tuple-item-iadd",
    feedback:
      "`+=` on a list inside a tuple first extends the list in place and THEN fails to store it back into the tuple, so TypeError is raised but the list has already changed.",
    requires: { all: ["+=", "TypeError"] },
  },
  {
    id: "py.slice-assign-in-place",
    feedback:
      "Assigning to the full slice `[:]` replaces the contents of the SAME list, so the caller sees it; assigning to the bare parameter name only rebinds it inside the function.",
    requires: { all: ["[:] ="] },
  },
  {
    id: "py.in-uses-equality",
    feedback:
      "`in`, count and remove compare items with ==, so an equal but different list matches; they do not test identity.",
    requires: { all: ["in"], any: [".remove", ".count"] },
  },
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
        mut("py.mutable-default", prog({ snapshot: true })),
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
        mut("py.new-tuple-same-list", prog({ tupleFrozen: true })),
        mut("py.new-tuple-same-list", prog({ copies: true })),
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
  predict(T, "ints-and-strings-rebind", "easy", (rng) => {
    const [xn, yn] = rng.pick([
      ["x", "y"],
      ["count", "saved"],
      ["level", "start"],
    ] as const);
    const n = rng.int(1, 50);
    const k = rng.int(2, 9);
    const w = rng.pick(WORDS);
    const suffix = rng.pick(["s", "!", "_2", "-x"]);
    const prog = flagged((o: { intAlias?: boolean; strAlias?: boolean }) =>
      py(
        `${xn} = ${n}`,
        `${yn} = ${xn}`,
        `${xn} += ${k}${o.intAlias ? `; ${yn} = ${xn}` : ""}`,
        `s = "${w}"`,
        "t = s",
        `s += "${suffix}"${o.strAlias ? "; t = s" : ""}`,
        `print(${xn}, ${yn})`,
        "print(s, t)",
      ),
    );
    return {
      title: "+= on an int and a string with two names",
      code: prog({}),
      distractors: [
        mut("py.immutable-iadd", prog({ intAlias: true })),
        mut("py.immutable-iadd", prog({ strAlias: true })),
        mut("py.immutable-iadd", prog({ intAlias: true, strAlias: true })),
      ],
      trap: `${xn} += ${k}`,
      explanation: `\`${xn} += ${k}\` is the trap: ints are immutable, so it makes a new int ${n + k} and rebinds only \`${xn}\`; \`${yn}\` still refers to ${n}. The same happens with \`s += "${suffix}"\`: \`t\` keeps "${w}". Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "function-mutates-its-argument", "easy", (rng) => {
    const fn = rng.pick(FUNC_NAMES);
    const name = rng.pick(["nums", "items", "queue", "bag"]);
    const xs = distinctInts(rng, 2, 1, 50);
    const v = rng.int(51, 99);
    const prog = flagged(
      (o: { copies?: boolean; returnsList?: boolean; returnsLen?: boolean; passCopy?: boolean }) =>
        py(
          `def ${fn}(items, value):`,
          o.copies
            ? "    items = items + [value]"
            : o.returnsList
              ? "    items.append(value); return items"
              : o.returnsLen
                ? "    items.append(value); return len(items)"
                : "    items.append(value)",
          "",
          `${name} = ${pyList(xs)}`,
          `result = ${fn}(${name}${o.passCopy ? "[:]" : ""}, ${v})`,
          `print(${name})`,
          "print(result)",
        ),
    );
    return {
      title: "A function that appends to its parameter",
      code: prog({}),
      distractors: [
        mut("py.arg-shared", prog({ copies: true })),
        mut("py.list-method-returns-none", prog({ returnsList: true })),
        mut("py.arg-shared", prog({ passCopy: true })),
        mut("py.list-method-returns-none", prog({ returnsLen: true })),
      ],
      trap: "items.append(value)",
      explanation: `\`items.append(value)\` is the trap: \`items\` is the caller's list \`${name}\` itself, not a copy, so the append changes \`${name}\`; and since \`${fn}\` has no return statement, \`result\` is None. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "clear-versus-new-list", "easy", (rng) => {
    const [an, bn, cn] = rng.pick([
      ["a", "b", "c"],
      ["todo", "mine", "view"],
      ["cart", "copy_ref", "other"],
    ] as const);
    const [x, y, z] = distinctInts(rng, 3, 1, 99);
    const prog = flagged((o: { rebindClears?: boolean; clearRebinds?: boolean }) =>
      py(
        `${an} = [${x}, ${y}]`,
        `${bn} = ${an}`,
        `${cn} = ${an}`,
        o.rebindClears ? `${bn}.clear()` : `${bn} = []`,
        `print(${an}, ${bn})`,
        o.clearRebinds ? `${cn} = []` : `${cn}.clear()`,
        `${cn}.append(${z})`,
        `print(${an}, len(${cn}))`,
      ),
    );
    return {
      title: "clear() versus assigning []",
      code: prog({}),
      distractors: [
        mut("py.clear-vs-rebind", prog({ rebindClears: true })),
        mut("py.clear-vs-rebind", prog({ clearRebinds: true })),
        mut("py.clear-vs-rebind", prog({ rebindClears: true, clearRebinds: true })),
      ],
      trap: `${cn}.clear()`,
      explanation: `\`${cn}.clear()\` is the trap: \`${cn}\` is another name for the list \`${an}\`, so clear empties that one shared list, and the append then goes into it too, so \`${an}\` becomes \`[${z}]\`. Earlier, \`${bn} = []\` only pointed \`${bn}\` at a new empty list and left \`${an}\` alone. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "dict-copy-is-shallow", "medium", (rng) => {
    const d = rng.pick(["profile", "config", "record", "entry"]);
    const [t1, t2, t3] = rng.sample(COLORS, 3);
    const [n, m] = distinctInts(rng, 2, 1, 50);
    const prog = flagged(
      (o: { alias?: boolean; deep?: boolean; rebindList?: boolean; lastMutates?: boolean }) =>
        py(
          `${d} = {"tags": ["${t1}"], "n": ${n}}`,
          o.alias
            ? `clone = ${d}`
            : o.deep
              ? `clone = {"tags": ${d}["tags"][:], "n": ${d}["n"]}`
              : `clone = ${d}.copy()`,
          o.rebindList ? `clone["tags"] = clone["tags"] + ["${t2}"]` : `clone["tags"].append("${t2}")`,
          `clone["n"] = ${m}`,
          o.lastMutates ? `clone["tags"] += ["${t3}"]` : `clone["tags"] = clone["tags"] + ["${t3}"]`,
          `print(${d})`,
          `print(clone["tags"])`,
        ),
    );
    return {
      title: "Changing a copied dict's list value",
      code: prog({}),
      distractors: [
        mut("py.dict-copy-shallow", prog({ alias: true })),
        mut("py.dict-copy-shallow", prog({ deep: true })),
        mut("py.dict-copy-shallow", prog({ rebindList: true })),
        mut("py.dict-copy-shallow", prog({ lastMutates: true })),
      ],
      trap: `clone["tags"].append("${t2}")`,
      explanation: `\`clone["tags"].append("${t2}")\` is the trap: \`${d}.copy()\` made a new dict whose "tags" value is the SAME list, so the append shows in \`${d}\` too. Assigning \`clone["n"]\` and rebinding \`clone["tags"]\` to a new list (with "${t3}") change only the copy. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "appending-the-same-list", "medium", (rng) => {
    const n = rng.int(2, 3);
    const k = rng.int(2, 9);
    const [rn, cn] = rng.pick([
      ["rows", "row"],
      ["history", "state"],
      ["frames", "frame"],
    ] as const);
    const prog = flagged((o: { snapshot?: boolean; fresh?: boolean; extend?: boolean }) =>
      py(
        `${rn} = []`,
        o.fresh ? null : `${cn} = []`,
        `for i in range(${n}):`,
        o.fresh ? `    ${cn} = [i * ${k}]` : `    ${cn}.append(i * ${k})`,
        o.snapshot
          ? `    ${rn}.append(${cn}[:])`
          : o.extend
            ? `    ${rn} += ${cn}`
            : `    ${rn}.append(${cn})`,
        `print(${rn})`,
        `print(len(${rn}), ${rn}[0] is ${rn}[-1])`,
      ),
    );
    return {
      title: "Appending one list to another in a loop",
      code: prog({}),
      distractors: [
        mut("py.append-stores-reference", prog({ snapshot: true })),
        mut("py.append-stores-reference", prog({ fresh: true })),
        mut("py.list-methods", prog({ extend: true })),
      ],
      trap: `${rn}.append(${cn})`,
      explanation: `\`${rn}.append(${cn})\` is the trap: it stores a reference to the one list \`${cn}\`, not a snapshot, so all ${n} slots are the same list and show its final contents (and \`${rn}[0] is ${rn}[-1]\` is True). Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "plus-equals-on-a-tuple", "medium", (rng) => {
    const [a, b, c, d] = distinctInts(rng, 4, 1, 50);
    const [tn, un] = rng.pick([
      ["t", "u"],
      ["pair", "kept"],
      ["point", "saved"],
    ] as const);
    const prog = flagged((o: { tupleShared?: boolean; listRebinds?: boolean }) =>
      py(
        `${tn} = (${a}, ${b})`,
        `${un} = ${tn}`,
        `${tn} += (${c},)${o.tupleShared ? `; ${un} = ${tn}` : ""}`,
        `nums = [${a}, ${b}]`,
        "same = nums",
        o.listRebinds ? `nums = nums + [${d}]` : `nums += [${d}]`,
        `print(${tn}, ${un}, ${tn} is ${un})`,
        "print(same, nums is same)",
      ),
    );
    return {
      title: "+= on a tuple and on a list",
      code: prog({}),
      distractors: [
        mut("py.tuple-iadd-new", prog({ tupleShared: true })),
        mut("py.tuple-iadd-new", prog({ listRebinds: true })),
        mut("py.tuple-iadd-new", prog({ tupleShared: true, listRebinds: true })),
      ],
      trap: `${tn} += (${c},)`,
      explanation: `\`${tn} += (${c},)\` is the trap: a tuple cannot be extended, so \`+=\` builds a NEW tuple and rebinds only \`${tn}\`; \`${un}\` keeps the old pair and \`${tn} is ${un}\` is False. On the list, \`nums += [${d}]\` extends the one list in place, so \`same\` sees it. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "tuple-item-plus-equals", "hard", (rng) => {
    const [a, b, c] = distinctInts(rng, 3, 1, 50);
    const label = rng.pick(WORDS);
    const v = rng.pick(["box", "entry", "slot", "cell"]);
    const prog = flagged((o: { works?: boolean; nothing?: boolean; raisesFirst?: boolean }) =>
      py(
        `${v} = ([${a}, ${b}], "${label}")`,
        "try:",
        o.works
          ? `    ${v}[0].extend([${c}])`
          : o.nothing
            ? `    ${v}[0] + [${c}]`
            : o.raisesFirst
              ? "    raise TypeError"
              : `    ${v}[0] += [${c}]`,
        "except TypeError as e:",
        "    print(type(e).__name__)",
        `print(${v})`,
        `print(len(${v}[0]))`,
      ),
    );
    return {
      title: "+= on a list stored in a tuple",
      code: prog({}),
      distractors: [
        mut("py.tuple-item-iadd", prog({ works: true })),
        mut("py.tuple-item-iadd", prog({ raisesFirst: true })),
        mut("py.tuple-contains-mutable", prog({ nothing: true })),
      ],
      trap: `${v}[0] += [${c}]`,
      explanation: `\`${v}[0] += [${c}]\` is the trap: it runs in two steps, first extending the list in place (the list's \`+=\`), then storing the result back into slot 0 of the tuple, which raises TypeError. The error is printed, but the list has ALREADY been extended. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "slice-assign-versus-rebind", "hard", (rng) => {
    const t = rng.int(20, 40);
    const mixed = () => rng.shuffle([...distinctInts(rng, 2, 1, t), ...distinctInts(rng, 3, t + 1, 60)]);
    const a = mixed();
    const b = mixed();
    const [f1, f2] = rng.pick([
      ["keep_big", "keep_big_local"],
      ["prune", "prune_copy"],
      ["filter_in_place", "filter_rebind"],
    ] as const);
    const prog = flagged((o: { firstRebinds?: boolean; secondInPlace?: boolean; aliasCopy?: boolean }) =>
      py(
        `def ${f1}(items):`,
        `    items${o.firstRebinds ? "" : "[:]"} = [x for x in items if x > ${t}]`,
        "",
        `def ${f2}(items):`,
        `    items${o.secondInPlace ? "[:]" : ""} = [x for x in items if x > ${t}]`,
        "    return len(items)",
        "",
        `a = ${pyList(a)}`,
        `b = ${pyList(b)}`,
        `alias = a${o.aliasCopy ? "[:]" : ""}`,
        `${f1}(a)`,
        `n = ${f2}(b)`,
        "print(alias, alias is a)",
        "print(b, n)",
      ),
    );
    return {
      title: "items[:] = versus items = inside a function",
      code: prog({}),
      distractors: [
        mut("py.slice-assign-in-place", prog({ firstRebinds: true })),
        mut("py.slice-assign-in-place", prog({ secondInPlace: true })),
        mut("py.alias-vs-copy", prog({ aliasCopy: true })),
        mut("py.slice-assign-in-place", prog({ firstRebinds: true, secondInPlace: true })),
      ],
      trap: `items[:] = [x for x in items if x > ${t}]`,
      explanation: `\`items[:] = [x for x in items if x > ${t}]\` is the trap: assigning to the full slice replaces the contents of the caller's list itself, so \`a\` and its alias are filtered. In \`${f2}\`, \`items = ...\` only rebinds the local name: \`n\` counts the filtered copy but \`b\` is unchanged. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "in-and-remove-compare-by-value", "hard", (rng) => {
    const [x, y, z] = distinctInts(rng, 3, 1, 50);
    const [an, bn] = rng.pick([
      ["a", "b"],
      ["mine", "twin"],
      ["left", "copy"],
    ] as const);
    const prog = flagged((o: { identityIn?: boolean; identityRemove?: boolean }) =>
      py(
        "def discard(bag, item):",
        o.identityRemove ? "    bag[:] = [i for i in bag if i is not item]" : "    bag.remove(item)",
        "    return len(bag)",
        "",
        `${an} = [${x}]`,
        `${bn} = [${x}]`,
        `bag = [${an}, [${y}]]`,
        o.identityIn
          ? `print(any(item is ${bn} for item in bag), bag.count(${an}))`
          : `print(${bn} in bag, bag.count(${an}))`,
        `n = discard(bag, ${bn})`,
        `${an}.append(${z})`,
        "print(bag, n)",
      ),
    );
    return {
      title: "in and remove with an equal but different list",
      code: prog({}),
      distractors: [
        mut("py.in-uses-equality", prog({ identityIn: true })),
        mut("py.in-uses-equality", prog({ identityRemove: true })),
        mut("py.in-uses-equality", prog({ identityIn: true, identityRemove: true })),
        val("py.alias-vs-copy", `True 1\n[[${x}, ${z}], [${y}]] 2`),
      ],
      trap: "bag.remove(item)",
      explanation: `\`bag.remove(item)\` is the trap: called with \`${bn}\`, remove compares with ==, and \`${an}\` (a different list) equals \`${bn}\`, so it removes \`${an}\` from the bag. \`${bn} in bag\` is True for the same reason, and the later \`${an}.append(${z})\` no longer shows in the bag. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
