import type { ChallengeTemplate } from "../../types";
import { ARRAY_NAMES, FRUITS, PREDICT, arr, distinctInts, lines, swap } from "./helpers";

const base = { language: "typescript", topic: "arrays" } as const;

export const arraysTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/arrays/slice-end-exclusive",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(ARRAY_NAMES);
      const values = distinctInts(rng, rng.int(6, 8), 1, 60);
      const start = rng.int(1, 3);
      const end = start + rng.int(2, 3);
      const code = lines(
        `const ${name}: number[] = ${arr(values)};`,
        `const picked: number[] = ${name}.slice(${start}, ${end});`,
        `console.log(picked.join(","));`,
        `console.log(${name}.length);`,
      );
      return {
        kind: "predict-output",
        title: "slice with a start and an end",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.slice-end-inclusive", code: swap(code, `slice(${start}, ${end})`, `slice(${start}, ${end + 1})`) },
          { rule: "ts.off-by-one", code: swap(code, `slice(${start}, ${end})`, `slice(${start - 1}, ${end - 1})`) },
          { rule: "ts.splice-vs-slice", code: swap(code, `slice(${start}, ${end})`, `splice(${start}, ${end - start})`) },
          { rule: "ts.slice-end-inclusive", code: swap(code, `slice(${start}, ${end})`, `slice(${start - 1}, ${end})`) },
        ],
        explanation: `\`slice(${start}, ${end})\` copies the items at indexes ${start} up to ${end - 1}: the end index is excluded, and the original array keeps all ${values.length} items.`,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/sort-in-place-default-order",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(ARRAY_NAMES);
      const values = rng.shuffle([rng.int(3, 9), rng.int(10, 29), rng.int(30, 99), rng.int(100, 299)]);
      const extra = rng.int(1, 9);
      const alias = rng.pick(["ordered", "sorted", "ranked"]);
      const code = lines(
        `const ${name}: number[] = ${arr(values)};`,
        `const ${alias} = ${name}.sort();`,
        `${alias}.push(${extra});`,
        `console.log(${name}.join(","));`,
        `console.log(${alias} === ${name});`,
      );
      return {
        kind: "predict-output",
        title: "sort(): in place, and by string order",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.sort-default-numeric", code: swap(code, `${name}.sort()`, `${name}.sort((a, b) => a - b)`) },
          { rule: "ts.sort-returns-copy", code: swap(code, `${name}.sort()`, `[...${name}].sort()`) },
          { rule: "ts.sort-returns-copy", code: swap(code, `${name}.sort()`, `[...${name}].sort((a, b) => a - b)`) },
          { rule: "ts.equality-by-value", code: swap(code, `${alias} === ${name}`, `${alias} !== ${name}`) },
        ],
        explanation:
          "`sort()` without a comparator converts the numbers to strings and orders them character by character, so e.g. `\"100\"` comes before `\"9\"`. It sorts in place and returns the same array, so the pushed value shows up through both names.",
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/fill-shares-one-array",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [a, b, c] = rng.sample(FRUITS, 3);
      const grid = rng.pick(["grid", "rows", "buckets", "shelves", "slots"]);
      const [i, j, k] = rng.shuffle([0, 1, 2]);
      const elem = rng.pick(["string[]", "Array<string>"]);
      const rebuilt = `${grid}[${j}] = [...${grid}[${j}], ${JSON.stringify(b)}];`;
      const code = lines(
        `const ${grid}: ${elem}[] = new Array<${elem}>(3).fill([]);`,
        `${grid}[${i}].push(${JSON.stringify(a)});`,
        rebuilt,
        `${grid}[${k}].push(${JSON.stringify(c)});`,
        `console.log(${grid}.map((row) => row.length).join(" "));`,
        `console.log(${grid}[${j}].join(","));`,
      );
      return {
        kind: "predict-output",
        title: "Array.prototype.fill with an array",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.alias-is-copy",
            code: swap(code, `new Array<${elem}>(3).fill([])`, `Array.from({ length: 3 }, (): ${elem} => [])`),
          },
          { rule: "ts.spread-mutates", code: swap(code, rebuilt, `${grid}[${j}].push(${JSON.stringify(b)});`) },
          { rule: "ts.alias-is-copy", code: swap(code, rebuilt, `${grid}[${j}] = [${JSON.stringify(b)}];`) },
        ],
        explanation:
          "`fill([])` evaluates `[]` once and stores that one array in every slot, so `push` through any slot changes all slots that still share it. The spread line builds a new array (a copy that already contains the earlier push) and puts it in just one slot.",
      };
    },
  },
];
