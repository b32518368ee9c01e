import type { ChallengeTemplate } from "../../types";
import { LIST_NAMES, distinctInts, mut, predict, py, pyList } from "./helpers";

const T = "lists-and-slicing";

export const listsAndSlicingTemplates: ChallengeTemplate[] = [
  predict(T, "slice-and-negative-index", "easy", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const xs = distinctInts(rng, 7, 1, 99);
    const i = rng.int(1, 3);
    const j = rng.int(i + 2, 6);
    const k = rng.int(2, 4);
    const prog = (a: number, b: number, neg: number) =>
      py(`${name} = ${pyList(xs)}`, `part = ${name}[${a}:${b}]`, `pick = ${name}[-${neg}]`, "print(part)", "print(pick)");
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
      explanation: `\`${name}[${i}:${j}]\` takes the items at indices ${i} up to but not including ${j}, and \`${name}[-${k}]\` counts ${k} back from the end, so the program prints:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "append-extend-insert", "medium", (rng) => {
    const name = rng.pick(LIST_NAMES);
    const [a, b, c, d, e, f, g, x] = distinctInts(rng, 8, 1, 60);
    const pos = rng.int(1, 2);
    const prog = (o: { appendAsExtend?: boolean; extendAsAppend?: boolean; insertAfter?: boolean; popFirst?: boolean }) =>
      py(
        `${name} = [${a}, ${b}, ${c}]`,
        o.appendAsExtend ? `${name}.extend([${d}, ${e}])` : `${name}.append([${d}, ${e}])`,
        o.extendAsAppend ? `${name}.append([${f}, ${g}])` : `${name}.extend([${f}, ${g}])`,
        `${name}.insert(${o.insertAfter ? pos + 1 : pos}, ${x})`,
        `last = ${name}.pop(${o.popFirst ? 0 : ""})`,
        `print(len(${name}), last)`,
        `print(${name})`,
      );
    return {
      title: "append, extend, insert and pop",
      code: prog({}),
      distractors: [
        mut("py.append-vs-extend", prog({ appendAsExtend: true })),
        mut("py.append-vs-extend", prog({ extendAsAppend: true })),
        mut("py.insert-position", prog({ insertAfter: true })),
        mut("py.pop-default-last", prog({ popFirst: true })),
      ],
      explanation:
        "`append` adds its argument as ONE item (here a nested list), `extend` adds each element, `insert(i, x)` places x before the item at index i, and `pop()` removes the last item. Result:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "slice-assignment-and-step", "hard", (rng) => {
    const name = rng.pick(["row", "line", "track", "buf", "seq"]);
    const xs = distinctInts(rng, 8, 1, 50);
    const i = rng.int(1, 3);
    const width = rng.pick([1, 2, 4]);
    const j = i + width;
    const repl = distinctInts(rng, 3, 51, 99);
    const step = rng.pick([2, 3]);
    const prog = (o: { keepLength?: boolean; forward?: boolean; startShift?: boolean; endInclusive?: boolean }) =>
      py(
        `${name} = ${pyList(xs)}`,
        o.keepLength
          ? `${name}[${i}:${i + 3}] = ${pyList(repl)}`
          : `${name}[${i}:${o.endInclusive ? j + 1 : j}] = ${pyList(repl)}`,
        `print(len(${name}))`,
        `print(${name}[${o.startShift ? "-2" : ""}::${o.forward ? "" : "-"}${step}])`,
      );
    return {
      title: "Slice assignment, then a negative step",
      code: prog({}),
      distractors: [
        mut("py.slice-assignment", prog({ keepLength: true })),
        mut("py.slice-step", prog({ forward: true })),
        mut("py.slice-step", prog({ startShift: true })),
        mut("py.slice-end-inclusive", prog({ endInclusive: true })),
      ],
      explanation: `Assigning 3 items to the ${width}-item slice \`${name}[${i}:${j}]\` replaces those ${width} item(s) and changes the length; \`[::-${step}]\` then walks backwards from the LAST item taking every ${step}th. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),
];
