import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  ARRAY_NAMES,
  BLANK,
  FRUITS,
  PREDICT,
  arr,
  distinctInts,
  fillPrompt,
  lines,
  q,
  swap,
  uniqueWrong,
} from "./helpers";

const base = { language: "typescript", topic: "arrays" } as const;

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const arraysRules: MisconceptionRule[] = [
  {
    id: "ts.index-write-appends",
    feedback:
      "Assigning to an index past the end does not append at the next free slot: the array grows to that index plus one and the gap becomes holes.",
    requires: { all: ["] ="] },
  },
];

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
          {
            rule: "ts.slice-end-inclusive",
            code: swap(code, `slice(${start}, ${end})`, `slice(${start}, ${end + 1})`),
          },
          {
            rule: "ts.off-by-one",
            code: swap(code, `slice(${start}, ${end})`, `slice(${start - 1}, ${end - 1})`),
          },
          {
            rule: "ts.splice-vs-slice",
            code: swap(code, `slice(${start}, ${end})`, `splice(${start}, ${end - start})`),
          },
          {
            rule: "ts.slice-end-inclusive",
            code: swap(code, `slice(${start}, ${end})`, `slice(${start - 1}, ${end})`),
          },
        ],
        explanation: `The trap is \`${name}.slice(${start}, ${end})\`: its end index ${end} is excluded, so the copy holds the items at indexes ${start} to ${end - 1} (${values.slice(start, end).join(",")}), not ${end - start + 1} items. \`slice\` copies without removing anything, so \`${name}.length\` is still ${values.length}.`,
        trap: `${name}.slice(${start}, ${end})`,
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
          {
            rule: "ts.sort-default-numeric",
            code: swap(code, `${name}.sort()`, `${name}.sort((a, b) => a - b)`),
          },
          { rule: "ts.sort-returns-copy", code: swap(code, `${name}.sort()`, `[...${name}].sort()`) },
          {
            rule: "ts.sort-returns-copy",
            code: swap(code, `${name}.sort()`, `[...${name}].sort((a, b) => a - b)`),
          },
          { rule: "ts.equality-by-value", code: swap(code, `${alias} === ${name}`, `${alias} !== ${name}`) },
        ],
        explanation: `The trap is \`const ${alias} = ${name}.sort();\`. Without a comparator \`sort\` converts the numbers to strings and orders them character by character, so a longer number with a smaller first digit comes first. It sorts in place and returns the very same array, so \`${alias}\` is just another name for \`${name}\`: the pushed ${extra} shows up through both, and \`${alias} === ${name}\` is true.`,
        trap: `const ${alias} = ${name}.sort();`,
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
        `function makeGrid(rows: number): ${elem}[] {`,
        `  return new Array<${elem}>(rows).fill([]);`,
        `}`,
        `const ${grid} = makeGrid(3);`,
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
            code: swap(
              code,
              `new Array<${elem}>(rows).fill([])`,
              `Array.from({ length: rows }, (): ${elem} => [])`,
            ),
          },
          {
            rule: "ts.spread-mutates",
            code: swap(code, rebuilt, `${grid}[${j}].push(${JSON.stringify(b)});`),
          },
          { rule: "ts.alias-is-copy", code: swap(code, rebuilt, `${grid}[${j}] = [${JSON.stringify(b)}];`) },
        ],
        explanation: `The trap is \`new Array<${elem}>(rows).fill([])\`: the \`[]\` is evaluated once and that one array is stored in every slot, so \`push\` through any slot changes every slot that still shares it. The spread line builds a new array (a copy that already holds the earlier push) and puts it in slot ${j} only, so that slot stops sharing and the last \`push\` reaches the other two.`,
        trap: `new Array<${elem}>(rows).fill([])`,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/fill-slice-arguments",
    difficulty: "easy",
    kind: "fill-in-blank",
    build(rng) {
      const name = rng.pick(ARRAY_NAMES);
      const values = distinctInts(rng, rng.int(6, 7), 1, 99);
      const start = rng.int(1, 3);
      const count = rng.int(2, 3);
      const code = lines(
        `const ${name}: number[] = ${arr(values)};`,
        `const part: number[] = ${name}.${BLANK};`,
        `console.log(part.join(" "));`,
        `console.log(${name}.length);`,
      );
      return {
        kind: "fill-in-blank",
        title: "Choosing slice arguments",
        prompt: fillPrompt(),
        code,
        answer: `slice(${start}, ${start + count})`,
        wrong: uniqueWrong(`slice(${start}, ${start + count})`, [
          { fragment: `slice(${start}, ${start + count - 1})`, rule: "ts.slice-end-inclusive" },
          { fragment: `slice(${start + 1}, ${start + count + 1})`, rule: "ts.off-by-one" },
          { fragment: `splice(${start}, ${count})`, rule: "ts.splice-vs-slice" },
          { fragment: `slice(${start}, ${count})`, rule: "ts.splice-vs-slice" },
        ]),
        explanation: `The second argument of \`slice\` is an end index, and it is excluded: \`slice(${start}, ${start + count})\` copies indexes ${start} to ${start + count - 1}, ${count} items, and leaves the array's length alone. \`splice\` would take a count instead and remove the items from \`${name}\`.`,
        trap: `slice(${start}, ${start + count})`,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/sorted-reduce-no-initial",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(ARRAY_NAMES);
      const values = rng.shuffle([rng.int(2, 9), rng.int(10, 19), rng.int(20, 40)]);
      const acc = rng.pick(["acc", "sum", "total"]);
      const sorted = `[...${name}].sort()`;
      const reduce = `.reduce((${acc}, n) => ${acc} + n * n)`;
      const code = lines(
        `const ${name}: number[] = ${arr(values)};`,
        `const result: number = ${sorted}${reduce};`,
        `console.log(result);`,
        `console.log(${name}.join(","));`,
      );
      return {
        kind: "predict-output",
        title: "reduce without an initial value, after sort()",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.reduce-initial-value",
            code: swap(code, reduce, `.reduce((${acc}, n) => ${acc} + n * n, 0)`),
          },
          { rule: "ts.sort-default-numeric", code: swap(code, sorted, `[...${name}].sort((a, b) => a - b)`) },
          { rule: "ts.reduce-initial-value", code: swap(code, sorted, `${sorted}.slice(1)`) },
          { rule: "ts.sort-returns-copy", code: swap(code, sorted, `${name}.sort()`) },
        ],
        explanation: `The trap is \`.reduce((${acc}, n) => ${acc} + n * n)\` with no initial value: \`reduce\` then takes the first item, unsquared, as the starting accumulator and squares only the rest. Which item is first is decided by \`sort()\` without a comparator, which orders the numbers as strings (so a two-digit number starting with 1 leads). The spread copy leaves \`${name}\` in its original order.`,
        trap: `.reduce((${acc}, n) => ${acc} + n * n)`,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/splice-while-looping",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(ARRAY_NAMES);
      const [label, pool] = rng.pick([
        ["even", "x % 2 === 0"],
        ["negative", "x < 0"],
        ["over 50", "x > 50"],
      ] as const);
      const hits =
        pool === "x % 2 === 0"
          ? [2, 4, 6, 8, 10, 12, 14]
          : pool === "x < 0"
            ? [-1, -3, -4, -7, -9]
            : [51, 64, 77, 88, 93];
      const misses =
        pool === "x % 2 === 0"
          ? [1, 3, 5, 7, 9, 11, 13]
          : pool === "x < 0"
            ? [0, 2, 5, 6, 8]
            : [10, 23, 35, 42, 49];
      const [h1, h2, h3] = rng.sample(hits, 3);
      const [m1, m2, m3] = rng.sample(misses, 3);
      const values = [m1!, h1!, h2!, m2!, h3!, m3!];
      const code = lines(
        `const ${name}: number[] = ${arr(values)};`,
        `let removed = 0;`,
        `for (let i = 0; i < ${name}.length; i++) {`,
        `  const x = ${name}[i];`,
        `  if (${pool}) {`,
        `    ${name}.splice(i, 1);`,
        `    removed++;`,
        `  }`,
        `}`,
        `console.log(\`\${${name}.join(",")} (\${removed} removed)\`);`,
      );
      return {
        kind: "predict-output",
        title: `Removing ${label} items inside a for loop`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.mutate-while-iterating",
            code: swap(
              code,
              `for (let i = 0; i < ${name}.length; i++) {`,
              `for (let i = ${name}.length - 1; i >= 0; i--) {`,
            ),
          },
          { rule: "ts.splice-vs-slice", code: swap(code, `${name}.splice(i, 1);`, `${name}.slice(i, 1);`) },
          { rule: "ts.splice-vs-slice", code: swap(code, `${name}.splice(i, 1);`, `${name}.splice(i);`) },
        ],
        explanation: `The trap is \`${name}.splice(i, 1);\` inside a loop that counts up: after it every later item shifts one index to the left, but the loop still moves on to \`i + 1\`, so the item right after a removed one is never tested. Two matching items in a row therefore leave the second one behind.`,
        trap: `${name}.splice(i, 1);`,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/push-pop-shift-results",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [a, b, c] = rng.sample(FRUITS, 3) as [string, string, string];
      const name = rng.pick(["queue", "stack", "basket", "line", "cart"]);
      const extra = rng.bool() ? [rng.pick(FRUITS.filter((f) => f !== a && f !== b && f !== c))] : [];
      const initial = [a, b, ...extra];
      const code = lines(
        `const ${name}: string[] = ${arr(initial)};`,
        `const size = ${name}.push(${q(c)});`,
        `const last = ${name}.pop();`,
        `const first = ${name}.shift();`,
        `console.log(size, last, first, ${name}.length);`,
      );
      return {
        kind: "predict-output",
        title: "What push, pop and shift return",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.push-returns-array",
            code: swap(
              code,
              `const size = ${name}.push(${q(c)});`,
              `${name}.push(${q(c)});\nconst size = ${q(c)};`,
            ),
          },
          {
            rule: "ts.pop-shift-ends",
            code: swap(
              swap(code, `${name}.pop();`, `${name}.SHIFT();`),
              `${name}.shift();`,
              `${name}.pop();`,
            ).replace(".SHIFT()", ".shift()"),
          },
          {
            rule: "ts.pop-shift-ends",
            code: swap(swap(code, `${name}.pop();`, `${name}.at(-1);`), `${name}.shift();`, `${name}[0];`),
          },
        ],
        explanation: `The trap is \`const size = ${name}.push(${q(c)});\`: \`push\` returns the new length (${initial.length + 1}), not the array or the item. \`pop\` then removes and returns the last item ("${c}") and \`shift\` removes and returns the first ("${a}"), so the array ends up ${initial.length - 1} long.`,
        trap: `const size = ${name}.push(${q(c)});`,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/fill-sort-comparator",
    difficulty: "medium",
    kind: "fill-in-blank",
    build(rng) {
      const name = rng.pick(ARRAY_NAMES);
      const values = rng.shuffle([
        rng.int(2, 9),
        rng.int(10, 19),
        rng.int(20, 99),
        rng.int(100, 400),
        rng.int(2, 9) * 11,
      ]);
      const desc = rng.bool();
      const code = lines(
        `const ${name}: number[] = ${arr(values)};`,
        `const ordered = [...${name}].sort(${BLANK});`,
        `console.log(ordered.join(" "));`,
        `console.log(${name}[0] === ordered[0]);`,
      );
      return {
        kind: "fill-in-blank",
        title: desc ? "A comparator for descending numbers" : "A comparator for ascending numbers",
        prompt: fillPrompt(),
        code,
        answer: desc ? "(a: number, b: number) => b - a" : "(a: number, b: number) => a - b",
        wrong: [
          {
            fragment: desc ? "(a: number, b: number) => a - b" : "(a: number, b: number) => b - a",
            rule: "ts.comparator-sign",
          },
          { fragment: "(a, b) => `${a}`.localeCompare(`${b}`)", rule: "ts.string-compare" },
          { fragment: "(a, b) => `${b}`.localeCompare(`${a}`)", rule: "ts.string-compare" },
        ],
        explanation: `A comparator must return a negative number when its first argument belongs first, so \`${desc ? "(a: number, b: number) => b - a" : "(a: number, b: number) => a - b"}\` sorts ${desc ? "descending" : "ascending"}. Comparing the numbers as strings (\`localeCompare\`) orders them as text, so "100" lands before "9"; the opposite subtraction reverses the order.`,
        trap: desc ? "(a: number, b: number) => b - a" : "(a: number, b: number) => a - b",
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/holes-and-length",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(["slots", "seats", "cells", "bins"]);
      const init = rng.sample(FRUITS, 3);
      const far = rng.int(5, 7);
      const cut = rng.int(4, far);
      const farWrite = `${name}[${far}] = ${q(rng.pick(FRUITS))};`;
      const truncate = `${name}.length = ${cut};`;
      const loop = `${name}.forEach(() => visits++);`;
      const code = lines(
        `const ${name}: string[] = ${arr(init)};`,
        farWrite,
        truncate,
        `let visits = 0;`,
        loop,
        `let holes = 0;`,
        `for (const slot of ${name}) {`,
        `  if (slot === undefined) holes++;`,
        `}`,
        `console.log(${name}.length, visits, holes);`,
        `console.log(JSON.stringify(${name}));`,
      );
      return {
        kind: "predict-output",
        title: "Array holes, length and forEach",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.length-after-holes",
            code: swap(code, loop, `for (let i = 0; i < ${name}.length; i++) visits++;`),
          },
          { rule: "ts.length-after-holes", code: swap(code, truncate + "\n", "") },
          {
            rule: "ts.index-write-appends",
            code: swap(
              code,
              farWrite,
              farWrite.replace(`${name}[${far}] =`, `${name}.push(`).replace(/;$/, ");"),
            ),
          },
        ],
        explanation: `Writing index ${far} stretches the array and leaves holes; \`${truncate}\` then cuts it back to ${cut}, so only holes remain past the original items. The trap is \`${loop}\`: \`forEach\` skips holes, so it visits just the 3 real items, while \`for...of\` walks every index and reads each hole as undefined. \`JSON.stringify\` writes holes as null.`,
        trap: loop,
      };
    },
  },
];
