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
} from "./helpers";

const T = "lists-and-slicing";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const listsAndSlicingRules: MisconceptionRule[] = [];

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
        mut("py.negative-index", prog(i, j, k + 1)),
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
        mut("py.list-methods", prog({ insertAfter: true })),
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
        { fragment: `${i}:${j - 1}`, rule: "py.slice-end-inclusive" },
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
];
