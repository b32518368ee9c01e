import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  LIST_NAMES,
  PEOPLE,
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
import { SLICE_BOUNDS, SLICE_STEP } from "./rules";

const T = "lists-and-slicing";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const listsAndSlicingRules: MisconceptionRule[] = [
  {
    id: "py.negative-index-from-end",
    feedback:
      "A negative index counts from the end starting at -1 for the last item, so the number after the minus sign is how many places from the end, not a count that starts at 0.",
    requires: { any: ["[-"] },
  },
  {
    id: "py.slice-length",
    feedback:
      "A slice holds as many items as its end index minus its start index: the start is included, the end is not.",
    requires: { any: SLICE_BOUNDS },
  },
  {
    id: "py.slice-clamps",
    feedback:
      "Slice bounds past either end are clipped to the list, so a slice never raises IndexError; it is just shorter, or empty.",
    requires: { any: SLICE_BOUNDS },
  },
  {
    id: "py.list-times-repeats",
    feedback: "`*` on a list repeats the whole list end to end; it does not multiply each number.",
    requires: { all: ["*"] },
  },
  {
    id: "py.list-plus-concat",
    feedback: "`+` on two lists joins them into one longer list; it does not add numbers item by item.",
    requires: { all: ["+"] },
  },
  {
    id: "py.index-first-match",
    feedback: "`index` returns the position of the FIRST match, counted from 0, however many matches follow.",
    requires: { all: [".index"] },
  },
  {
    id: "py.mutate-while-iterating",
    feedback:
      "Removing items from a list while a `for` loop walks it shifts the later items left, so the loop skips the item right after each removal.",
    requires: { all: ["for", ".remove"] },
  },
  {
    id: "py.list-method-returns-none",
    feedback:
      "A method that changes a list in place, such as `append` or reverse, returns None rather than the list.",
    requires: { all: [".append"], any: [".reverse", ".sort", ".extend", ".append"] },
  },
  {
    id: "py.del-shifts-indices",
    feedback:
      "After `del` removes items, everything behind them moves left, so later indices name different items.",
    requires: { all: ["del"] },
  },
  {
    id: "py.negative-step-bounds",
    feedback:
      "With a negative step a slice runs from its start DOWN to just before its end, so it is empty when the start is left of the end.",
    requires: { any: SLICE_STEP },
  },
  {
    id: "py.insert-position",
    feedback:
      "`insert` puts the item BEFORE the given position; a negative position counts from the end, and one past either end just adds at that end.",
    requires: { all: [".insert"] },
  },
  {
    id: "py.multiple-assign-order",
    feedback:
      "The right-hand side is evaluated first, then the targets are assigned LEFT to right, so a later target's index uses the value just assigned.",
    requires: { all: ["] =", ","] },
  },
];

export const listsAndSlicingTemplates: ChallengeTemplate[] = [
  predict(T, "slice-and-negative-index", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 7, 1, 99);
    const i = rng.int(1, 3);
    const j = rng.int(i + 2, 6);
    const k = rng.int(2, 4);
    const prog = (a: number, b: number, neg: number) =>
      py(
        `${name} = ${pyList(xs)}`,
        `part = ${name}[${a}:${b}]`,
        `pick = ${name}[-${neg}]`,
        "print(part)",
        "print(pick)",
      );
    return {
      title: "Slice bounds and negative indices",
      code: prog(i, j, k),
      distractors: [
        mut("py.slice-end-inclusive", prog(i, j + 1, k)),
        mut("py.index-from-one", prog(i - 1, j - 1, k)),
        mut("py.negative-index-from-end", prog(i, j, k + 1)),
        mut("py.slice-start-exclusive", prog(i + 1, j, k)),
        mut("py.negative-index", prog(i, j + 1, k - 1)),
      ],
      trap: `${name}[${i}:${j}]`,
      explanation: `\`${name}[${i}:${j}]\` is the trap: its end bound is exclusive, so it takes the items at indices ${i} up to but NOT including ${j} (${j - i} items, not ${j - i + 1}), and \`${name}[-${k}]\` counts ${k} back from the end, so the program prints:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "append-extend-insert", "medium", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const [a, b, c, d, e, f, g, x] = distinctInts(rng, 8, 1, 60);
    const pos = rng.int(1, 2);
    const prog = flagged(
      (o: {
        appendAsExtend?: boolean;
        extendAsAppend?: boolean;
        insertAfter?: boolean;
        popFirst?: boolean;
      }) =>
        py(
          `${name} = [${a}, ${b}, ${c}]`,
          o.appendAsExtend ? `${name}.extend([${d}, ${e}])` : `${name}.append([${d}, ${e}])`,
          o.extendAsAppend ? `${name}.append([${f}, ${g}])` : `${name}.extend([${f}, ${g}])`,
          `${name}.insert(${o.insertAfter ? pos + 1 : pos}, ${x})`,
          `last = ${name}.pop(${o.popFirst ? 0 : ""})`,
          `print(len(${name}), last)`,
          `print(${name})`,
        ),
    );
    return {
      title: "append, extend, insert and pop",
      code: prog({}),
      distractors: [
        mut("py.list-methods", prog({ appendAsExtend: true })),
        mut("py.list-methods", prog({ extendAsAppend: true })),
        mut("py.insert-position", prog({ insertAfter: true })),
        mut("py.list-methods", prog({ popFirst: true })),
      ],
      trap: `${name}.append([${d}, ${e}])`,
      explanation: `\`${name}.append([${d}, ${e}])\` is the step to watch: append adds its argument as ONE item, so the list gains a single nested list (the length grows by 1, not 2), while \`${name}.extend([${f}, ${g}])\` adds each element. \`insert(${pos}, ${x})\` then places ${x} before the item at index ${pos}, and \`pop()\` removes the last item. Result:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "slice-assignment-and-step", "hard", (rng) => {
    const name = rng.pick(["row", "line", "track", "buf", "seq"]);
    const fn = rng.pick(["splice", "patch", "replace_run", "overwrite"]);
    const xs = distinctInts(rng, 8, 1, 50);
    const i = rng.int(2, 4);
    const width = rng.pick([1, 2]);
    const repl = distinctInts(rng, 3, 51, 99);
    const step = rng.pick([2, 3]);
    const prog = flagged(
      (o: { keepLength?: boolean; forward?: boolean; startShift?: boolean; endInclusive?: boolean }) =>
        py(
          `def ${fn}(seq, start, width, new):`,
          o.keepLength
            ? "    seq[start:start + len(new)] = new"
            : `    seq[start:start + width${o.endInclusive ? " + 1" : ""}] = new`,
          `    return seq[${o.startShift ? "-2" : ""}::${o.forward ? "" : "-"}${step}]`,
          "",
          `${name} = ${pyList(xs)}`,
          `for start in (${i}, 0):`,
          `    back = ${fn}(${name}, start, ${width}, ${pyList(repl)})`,
          `print(len(${name}))`,
          "print(back)",
        ),
    );
    return {
      title: "Slice assignment inside a function",
      code: prog({}),
      distractors: [
        mut("py.slice-assignment", prog({ keepLength: true })),
        mut("py.slice-step", prog({ forward: true })),
        mut("py.slice-step", prog({ startShift: true })),
        mut("py.slice-assignment", prog({ endInclusive: true })),
      ],
      trap: "seq[start:start + width] = new",
      explanation: `\`seq[start:start + width] = new\` is the trap: each call replaces a ${width}-item slice with 3 items, so the list grows by ${3 - width} every time, and because the function mutates the list it was given, \`${name}\` itself grows; \`[::-${step}]\` then walks backwards from the LAST item. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "pick-a-slice", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 7, 1, 99);
    const i = rng.int(1, 3);
    const j = rng.int(i + 2, 6);
    return {
      title: "Choose the slice",
      prompt: fillPrompt("slice"),
      code: py(`${name} = ${pyList(xs)}`, `part = ${name}[${BLANK}]`, "print(part)", "print(len(part))"),
      answer: `${i}:${j}`,
      wrong: [
        { fragment: `${i}:${j - 1}`, rule: "py.slice-length" },
        { fragment: `${i + 1}:${j + 1}`, rule: "py.index-from-one" },
        { fragment: `${i - 1}:${j}`, rule: "py.slice-start-exclusive" },
        { fragment: `${i}:-${j}`, rule: "py.negative-index" },
      ],
      trap: `${i}:${j}`,
      explanation: `\`${name}[${i}:${j}]\` starts at index ${i} (indices count from 0) and stops BEFORE index ${j}, giving ${j - i} items.`,
    };
  }),

  predict(T, "nested-lists-len-and-index", "medium", (rng) => {
    const name = rng.pick(["grid", "rows", "table", "blocks"]);
    const vals = distinctInts(rng, 9, 1, 99);
    const sizes = [...rng.shuffle([3, 2]), 4];
    let p = 0;
    const rows = sizes.map((n) => vals.slice(p, (p += n)));
    const neg = rng.int(2, 3);
    const prog = flagged((o: { totalLen?: boolean; sliceIsIndex?: boolean; negShift?: boolean }) =>
      py(
        `${name} = [${rows.map((r) => pyList(r)).join(", ")}]`,
        o.totalLen
          ? `print(sum(len(r) for r in ${name}), len(${name}[1:]))`
          : `print(len(${name}), len(${name}[1:]))`,
        `print(${name}[-1][-${o.negShift ? neg + 1 : neg}])`,
        o.sliceIsIndex ? `print(${name}[1][0])` : `print(${name}[1:][0])`,
      ),
    );
    return {
      title: "len and indexing on a list of lists",
      code: prog({}),
      distractors: [
        mut("py.nested-lists", prog({ totalLen: true })),
        mut("py.nested-lists", prog({ sliceIsIndex: true })),
        mut("py.negative-index", prog({ negShift: true })),
        mut("py.nested-lists", prog({ totalLen: true, sliceIsIndex: true })),
      ],
      trap: `${name}[1:][0]`,
      explanation: `\`${name}[1:][0]\` is the trap: \`${name}[1:]\` is a list of rows, so indexing it with \`[0]\` gives a whole row (\`${name}[1]\`), not a number. Also \`len(${name})\` counts the ${rows.length} inner lists; \`${name}[-1][-${neg}]\` counts ${neg} back from the end of the last row; \`${name}[1:]\` is a list of rows, . Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  fill(T, "negative-step-slice", "hard", (rng) => {
    const fn = rng.pick(["every_other_back", "backwards", "thin_out", "sample_back"]);
    const a = distinctInts(rng, 8, 1, 99);
    const b = distinctInts(rng, 5, 1, 99);
    const start = rng.pick([-1, -2]);
    const step = rng.pick([2, 3]);
    const ans = `${start}::-${step}`;
    return {
      title: "Walking lists backwards with a step",
      prompt: fillPrompt("slice"),
      code: py(
        `def ${fn}(items):`,
        "    if len(items) < 2:",
        "        return []",
        `    return items[${BLANK}]`,
        "",
        `for seq in (${pyList(a)}, ${pyList(b)}):`,
        `    print(${fn}(seq))`,
      ),
      answer: ans,
      wrong: [
        { fragment: `${start === -1 ? -2 : -1}::-${step}`, rule: "py.negative-index" },
        { fragment: `${start}:0:-${step}`, rule: "py.slice-end-inclusive" },
        { fragment: `::${step}`, rule: "py.slice-step" },
        { fragment: `${start}::${step}`, rule: "py.slice-step" },
      ],
      trap: ans,
      explanation: `\`[${ans}]\` starts at index ${start} (${start === -1 ? "the last item" : "the second-to-last item"}), walks BACKWARDS ${step} at a time, and with no end given runs past index 0 — an explicit end of 0 would exclude index 0.`,
    };
  }),

  predict(T, "step-slices", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 8, 1, 60);
    const prog = flagged((o: { fromOne?: boolean; startIsStep?: boolean; singleColon?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        `even_slots = ${name}[${o.fromOne ? "1" : ""}::2]`,
        `odd_slots = ${name}[${o.startIsStep ? "2::2" : o.singleColon ? "1:2" : "1::2"}]`,
        "print(even_slots)",
        "print(sum(odd_slots))",
      ),
    );
    return {
      title: "Every second item",
      code: prog({}),
      distractors: [
        mut("py.index-from-one", prog({ fromOne: true })),
        mut("py.slice-step", prog({ startIsStep: true })),
        mut("py.slice-step", prog({ singleColon: true })),
        mut("py.index-from-one", prog({ fromOne: true, startIsStep: true })),
      ],
      trap: `${name}[1::2]`,
      explanation: `\`${name}[1::2]\` is the trap: a slice's start is an index counted from 0, so it starts at index 1 (the SECOND item) and then takes every second item, while \`${name}[::2]\` starts at index 0. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "zip-and-enumerate", "medium", (rng) => {
    const names = rng.sample(PEOPLE, 4);
    const scores = distinctInts(rng, 3, 1, 99);
    const start = rng.int(1, 5);
    const prog = flagged((o: { fromOne?: boolean; noStart?: boolean; negShift?: boolean }) =>
      py(
        `names = ${pyList(names)}`,
        `scores = ${pyList(scores)}`,
        `pairs = list(zip(names[${o.fromOne ? 2 : 1}:], scores))`,
        "print(pairs)",
        `for i, n in enumerate(names[${o.negShift ? -3 : -2}:]${o.noStart ? "" : `, start=${start}`}):`,
        "    print(i, n)",
      ),
    );
    return {
      title: "zip, enumerate and slices",
      code: prog({}),
      distractors: [
        mut("py.index-from-one", prog({ fromOne: true })),
        mut("py.zip-enumerate", prog({ noStart: true })),
        mut("py.negative-index", prog({ negShift: true })),
      ],
      trap: `enumerate(names[-2:], start=${start})`,
      explanation: `\`enumerate(names[-2:], start=${start})\` is the trap: \`names[-2:]\` is the last two names and \`start=${start}\` makes the count begin at ${start}, not 0. Before that, \`names[1:]\` drops the first name and zip stops at the shorter list; \`names[-2:]\` is the last two names, numbered from ${start}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "star-unpacking-and-step", "hard", (rng) => {
    const a = distinctInts(rng, 7, 1, 99);
    const b = distinctInts(rng, 5, 1, 99);
    const fn = rng.pick(["summarize", "trim_stats", "middle_part", "inner_values"]);
    const step = rng.pick([2, 3]);
    const prog = flagged((o: { keepMin?: boolean; forward?: boolean; startShift?: boolean }) =>
      py(
        `def ${fn}(values):`,
        `    head, *body, tail = sorted(values)${o.keepMin ? "" : "[1:]"}`,
        `    return head, tail, body[${o.startShift ? "-2" : ""}::${o.forward ? "" : "-"}${step}]`,
        "",
        `for data in (${pyList(a)}, ${pyList(b)}):`,
        `    low, high, picked = ${fn}(data)`,
        "    print(low, high, picked)",
      ),
    );
    return {
      title: "Star unpacking a sorted slice",
      code: prog({}),
      distractors: [
        mut("py.index-from-one", prog({ keepMin: true })),
        mut("py.slice-step", prog({ forward: true })),
        mut("py.slice-step", prog({ startShift: true })),
        mut("py.slice-step", prog({ keepMin: true, forward: true })),
      ],
      trap: "head, *body, tail = sorted(values)[1:]",
      explanation: `\`head, *body, tail = sorted(values)[1:]\` is the trap: the \`[1:]\` drops the smallest value BEFORE unpacking, so \`head\` is the second-smallest; \`head\` and \`tail\` take the first and last of the rest, \`*body\` collects everything in between as a list, and \`[::-${step}]\` walks it backwards from its last item. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
  predict(T, "slices-past-the-end", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 5, 1, 99);
    const i = rng.int(1, 3);
    const far = rng.int(8, 60);
    const past = rng.int(6, 9);
    const cut = rng.int(1, 3);
    const prog = flagged((o: { stopsEarly?: boolean; raises?: boolean; emptyNeg?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        `print(${name}[${i}:${o.stopsEarly ? 4 : far}])`,
        o.raises ? `print([${name}[${past}]])` : `print(${name}[${past}:])`,
        `print(len(${name}[${o.emptyNeg ? "0:0" : `-${far}:${cut}`}]))`,
      ),
    );
    return {
      title: "Slicing beyond the end of a list",
      code: prog({}),
      distractors: [
        mut("py.slice-clamps", prog({ raises: true })),
        mut("py.slice-clamps", prog({ stopsEarly: true })),
        mut("py.slice-clamps", prog({ emptyNeg: true })),
        mut("py.slice-end-inclusive", prog({ stopsEarly: true, emptyNeg: true })),
      ],
      trap: `${name}[${past}:]`,
      explanation: `\`${name}[${past}:]\` is the trap: the list has only 5 items, but a slice clips its bounds to the list instead of raising IndexError (only an index like \`${name}[${past}]\` would raise), so it is simply \`[]\`. Likewise \`${name}[${i}:${far}]\` runs to the real end and \`${name}[-${far}:${cut}]\` starts at index 0. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "list-repeat-and-concat", "easy", (rng) => {
    const [an, bn, cn] = rng.pick([
      ["pair", "twice", "more"],
      ["base", "doubled", "longer"],
      ["row", "tiled", "grown"],
    ] as const);
    const [x, y, z] = distinctInts(rng, 3, 1, 9);
    const n = rng.int(2, 3);
    const prog = flagged((o: { elementwise?: boolean; addEach?: boolean; nested?: boolean }) =>
      py(
        `${an} = [${x}, ${y}]`,
        o.elementwise ? `${bn} = [v * ${n} for v in ${an}]` : `${bn} = ${an} * ${n}`,
        o.addEach
          ? `${cn} = [v + ${z} for v in ${an}]`
          : o.nested
            ? `${cn} = ${an} + [[${z}]]`
            : `${cn} = ${an} + [${z}]`,
        `print(${bn})`,
        `print(${cn}, len(${bn} + ${cn}))`,
      ),
    );
    return {
      title: "Multiplying and adding lists",
      code: prog({}),
      distractors: [
        mut("py.list-times-repeats", prog({ elementwise: true })),
        mut("py.list-plus-concat", prog({ addEach: true })),
        mut("py.list-plus-concat", prog({ nested: true })),
        mut("py.list-times-repeats", prog({ elementwise: true, addEach: true })),
      ],
      trap: `${an} * ${n}`,
      explanation: `\`${an} * ${n}\` is the trap: \`*\` on a list repeats the whole list ${n} times (${2 * n} items), it does not multiply each number; and \`${an} + [${z}]\` joins two lists into one of 3 items. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "index-and-count-with-duplicates", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const [a, b, c, d] = distinctInts(rng, 4, 1, 60);
    const xs = rng.pick([
      [b, a, c, a, d, a],
      [a, b, a, c, a, d],
      [b, c, a, d, a, a],
    ]);
    const prog = flagged((o: { lastMatch?: boolean; fromOne?: boolean; wholeList?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        o.lastMatch
          ? `print(len(${name}) - 1 - ${name}[::-1].index(${a}), ${name}.count(${a}))`
          : `print(${name}.index(${a}), ${name}.count(${a}))`,
        o.fromOne ? `print(${name}.index(${d}) + 1)` : `print(${name}.index(${d}))`,
        `print(${b} in ${name}${o.wholeList ? "" : "[2:]"})`,
      ),
    );
    return {
      title: "index and count on a list with repeats",
      code: prog({}),
      distractors: [
        mut("py.index-first-match", prog({ lastMatch: true })),
        mut("py.index-from-one", prog({ fromOne: true })),
        mut("py.slice-start-exclusive", prog({ wholeList: true })),
        mut("py.index-first-match", prog({ lastMatch: true, fromOne: true })),
      ],
      trap: `${name}.index(${a})`,
      explanation: `\`${name}.index(${a})\` is the trap: ${a} appears ${xs.filter((v) => v === a).length} times, and \`index\` returns the position of the FIRST one (${xs.indexOf(a)}), counted from 0; \`count\` counts them all. \`${b} in ${name}[2:]\` searches only from index 2 on. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "remove-while-looping", "medium", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const odds = distinctInts(rng, 3, 0, 20).map((v) => v * 2 + 1);
    const evens = distinctInts(rng, 4, 0, 20).map((v) => v * 2);
    const xs = rng.pick([
      [odds[0]!, evens[0]!, evens[1]!, odds[1]!, evens[2]!, evens[3]!, odds[2]!],
      [evens[0]!, evens[1]!, odds[0]!, evens[2]!, evens[3]!, odds[1]!, odds[2]!],
      [odds[0]!, odds[1]!, evens[0]!, evens[1]!, evens[2]!, odds[2]!, evens[3]!],
    ]);
    const prog = flagged((o: { copy?: boolean; backwards?: boolean; popLast?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        "seen = []",
        o.copy
          ? `for x in ${name}[:]:`
          : o.backwards
            ? `for x in reversed(${name}[:]):`
            : `for x in ${name}:`,
        "    seen.append(x)",
        "    if x % 2 == 0:",
        o.popLast ? `        ${name}.pop()` : `        ${name}.remove(x)`,
        "print(seen)",
        `print(${name})`,
      ),
    );
    return {
      title: "Removing items from the list being looped over",
      code: prog({}),
      distractors: [
        mut("py.mutate-while-iterating", prog({ copy: true })),
        mut("py.mutate-while-iterating", prog({ backwards: true })),
        mut("py.list-methods", prog({ popLast: true })),
      ],
      trap: `${name}.remove(x)`,
      explanation: `\`${name}.remove(x)\` is the trap: the loop walks \`${name}\` by position, and each removal shifts the later items one place left, so the item right after a removed one is never visited (it is missing from \`seen\`) and, if it is even, stays in the list. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "in-place-methods-return-none", "medium", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 3, 1, 60);
    const v = rng.int(61, 99);
    const prog = flagged((o: { returnsList?: boolean; returnsLen?: boolean; copyReverse?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        o.returnsList
          ? `result = ${name} + [${v}]; ${name}.append(${v})`
          : o.returnsLen
            ? `${name}.append(${v}); result = len(${name})`
            : `result = ${name}.append(${v})`,
        `backwards = ${name}[::-1]`,
        o.copyReverse ? `${name}[::-1]` : `${name}.reverse()`,
        "print(result)",
        `print(${name} == backwards, ${name}[0])`,
      ),
    );
    return {
      title: "What append and reverse give back",
      code: prog({}),
      distractors: [
        mut("py.list-method-returns-none", prog({ returnsList: true })),
        mut("py.list-method-returns-none", prog({ returnsLen: true })),
        mut("py.list-method-returns-none", prog({ copyReverse: true })),
        mut("py.list-method-returns-none", prog({ returnsList: true, copyReverse: true })),
      ],
      trap: `result = ${name}.append(${v})`,
      explanation: `\`result = ${name}.append(${v})\` is the trap: append changes the list in place and returns None, so \`result\` is None (not the list, not its length). \`${name}.reverse()\` likewise reverses \`${name}\` itself, so it now equals the reversed copy \`backwards\`. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "del-then-pop", "medium", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 7, 1, 99);
    const i = rng.int(1, 2);
    const j = i + rng.int(2, 3);
    const p = rng.int(1, 2);
    const prog = flagged((o: { endIncl?: boolean; single?: boolean; popLast?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        o.single ? `del ${name}[${i}]` : `del ${name}[${i}:${o.endIncl ? j + 1 : j}]`,
        `taken = ${name}.pop(${o.popLast ? "" : p})`,
        "print(taken)",
        `print(${name}, len(${name}))`,
      ),
    );
    return {
      title: "del on a slice, then pop by index",
      code: prog({}),
      distractors: [
        mut("py.del-shifts-indices", prog({ single: true })),
        mut("py.slice-end-inclusive", prog({ endIncl: true })),
        mut("py.list-methods", prog({ popLast: true })),
        val(
          "py.del-shifts-indices",
          `${xs[p]}\n${pyList(xs.filter((_, k) => (k < i || k >= j) && k !== p))}, ${7 - (j - i) - (p < i || p >= j ? 1 : 0)}`,
        ),
      ],
      trap: `${name}.pop(${p})`,
      explanation: `\`${name}.pop(${p})\` is the trap: it runs AFTER \`del ${name}[${i}:${j}]\` has removed ${j - i} items and shifted the rest left, so index ${p} names an item of the shortened list, and pop both removes and returns it. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "negative-step-bounds", "hard", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 8, 1, 99);
    const hi = rng.int(5, 7);
    const lo = rng.int(1, hi - 3);
    const back = rng.int(3, 5);
    const prog = flagged((o: { endIncl?: boolean; reversedForward?: boolean; stepShift?: boolean }) =>
      py(
        "def views(seq):",
        `    down = seq[${hi}:${o.endIncl ? lo - 1 : lo}:-1]`,
        o.reversedForward ? `    empty = seq[${lo}:${hi}][::-1]` : `    empty = seq[${lo}:${hi}:-1]`,
        `    tail = seq[-1:-${o.stepShift ? back + 1 : back}:-2]`,
        "    return down, empty, tail",
        "",
        `${name} = ${pyList(xs)}`,
        `for part in views(${name}):`,
        "    print(part)",
      ),
    );
    return {
      title: "Negative steps with explicit bounds",
      code: prog({}),
      distractors: [
        mut("py.negative-step-bounds", prog({ reversedForward: true })),
        mut("py.slice-end-inclusive", prog({ endIncl: true })),
        mut("py.negative-step-bounds", prog({ stepShift: true })),
        mut("py.negative-step-bounds", prog({ reversedForward: true, endIncl: true })),
      ],
      trap: `seq[${lo}:${hi}:-1]`,
      explanation: `\`seq[${lo}:${hi}:-1]\` is the trap: with step -1 the slice walks DOWN from index ${lo}, and its end ${hi} is to the right, so it is empty rather than the reversed middle. \`seq[${hi}:${lo}:-1]\` walks from index ${hi} down to just before ${lo}, and \`seq[-1:-${back}:-2]\` takes every second item from the end, stopping before index -${back}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "insert-at-odd-positions", "hard", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 4, 1, 50);
    const [a, b, c] = distinctInts(rng, 3, 51, 99);
    const far = rng.int(10, 99);
    const neg = rng.int(1, 2);
    const prog = flagged((o: { negAppends?: boolean; farRaises?: boolean; afterIndex?: boolean }) =>
      py(
        "def place(items, new):",
        "    a, b, c = new",
        o.negAppends ? `    items.insert(len(items) - ${neg - 1}, a)` : `    items.insert(-${neg}, a)`,
        o.farRaises ? `    items[${far}] = b` : `    items.insert(${far}, b)`,
        `    items.insert(${o.afterIndex ? 2 : 1}, c)`,
        "    return items.index(a)",
        "",
        `${name} = ${pyList(xs)}`,
        `pos = place(${name}, (${a}, ${b}, ${c}))`,
        `print(${name})`,
        `print(pos, len(${name}))`,
      ),
    );
    return {
      title: "insert with negative and far-off positions",
      code: prog({}),
      distractors: [
        mut("py.insert-position", prog({ negAppends: true })),
        mut("py.insert-position", prog({ farRaises: true })),
        mut("py.insert-position", prog({ afterIndex: true })),
        mut("py.insert-position", prog({ negAppends: true, afterIndex: true })),
      ],
      trap: `items.insert(-${neg}, a)`,
      explanation: `\`items.insert(-${neg}, a)\` is the trap: insert places ${a} BEFORE position -${neg}, i.e. before the ${neg === 1 ? "last item" : "second-to-last item"}, not at the end. \`items.insert(${far}, b)\` is past the end, so it just appends (no IndexError), and \`items.insert(1, c)\` puts ${c} before the item at index 1. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "swap-with-changing-index", "hard", (rng) => {
    const perm = rng.shuffle([0, 1, 2, 3, 4]);
    const name = rng.pick(["order", "slots", "perm", "links"]);
    let i = rng.int(0, 4);
    for (let t = 0; t < 10 && (perm[i] === i || perm[perm[i]!] === perm[i]); t++) i = rng.int(0, 4);
    const prog = flagged((o: { reversedTargets?: boolean; oldIndex?: boolean; plainSwap?: boolean }) =>
      py(
        `def step(${name}, i):`,
        o.reversedTargets
          ? `    ${name}[i], i = i, ${name}[i]`
          : o.oldIndex
            ? `    old = i; i, ${name}[old] = ${name}[i], i`
            : `    i, ${name}[i] = ${name}[i], i`,
        o.plainSwap
          ? `    ${name}[0], ${name}[-1] = ${name}[0], ${name}[-1]`
          : `    ${name}[0], ${name}[-1] = ${name}[-1], ${name}[0]`,
        "    return i",
        "",
        `data = ${pyList(perm)}`,
        `print(step(data, ${i}))`,
        "print(data)",
      ),
    );
    return {
      title: "Multiple assignment whose index changes",
      code: prog({}),
      distractors: [
        mut("py.multiple-assign-order", prog({ reversedTargets: true })),
        mut("py.multiple-assign-order", prog({ oldIndex: true })),
        mut("py.multiple-assign-order", prog({ plainSwap: true })),
        mut("py.multiple-assign-order", prog({ oldIndex: true, plainSwap: true })),
      ],
      trap: `i, ${name}[i] = ${name}[i], i`,
      explanation: `\`i, ${name}[i] = ${name}[i], i\` is the trap: the right side is evaluated first (giving ${perm[i]} and ${i}), then the targets are assigned LEFT to right, so \`i\` becomes ${perm[i]} first and \`${name}[i]\` then writes ${i} at index ${perm[i]}, not at index ${i}. The next line swaps the first and last items. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
