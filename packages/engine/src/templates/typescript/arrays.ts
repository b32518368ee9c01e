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
    id: "ts.sort-returns-same-array",
    feedback:
      "`sort` returns the very array it sorted, not a copy, so its result and the original are one array and compare `===`.",
    requires: { all: [".sort", "==="] },
  },
  {
    id: "ts.index-write-appends",
    feedback:
      "Assigning to an index past the end does not append at the next free slot: the array grows to that index plus one and the gap becomes holes.",
    requires: { all: ["] ="] },
  },
  {
    id: "ts.indexof-nan",
    feedback:
      "`indexOf` compares with strict equality, and NaN is not equal to itself, so `indexOf` never finds NaN; it returns -1.",
    requires: { all: [".indexOf", "NaN"] },
  },
  {
    id: "ts.includes-uses-strict-equality",
    feedback:
      "`includes` does not use strict equality: it compares with SameValueZero, which treats NaN as equal to NaN, so it does find it.",
    requires: { all: [".includes", "NaN"] },
  },
  {
    id: "ts.negative-index",
    feedback:
      "Square brackets do not count from the end: a negative index is looked up as an ordinary property name, which the array does not have; only `at` counts from the end.",
    requires: { all: ["[-", ".at"] },
  },
  {
    id: "ts.join-default-comma",
    feedback: "`join()` with no argument puts a comma, and no space, between the items.",
    requires: { all: [".join()"] },
  },
  {
    id: "ts.join-empty-string",
    feedback:
      'An empty separator is still a separator that was given: `join("")` glues the items with nothing between them.',
    requires: { all: ['.join("")'] },
  },
  {
    id: "ts.map-passes-index",
    feedback:
      "`map` calls its callback with the item, its index and the array, so `parseInt` passed directly receives the index as its radix.",
    requires: { all: [".map(parseInt)"] },
  },
  {
    id: "ts.flat-depth",
    feedback: "`flat()` with no argument flattens exactly one level; arrays nested deeper stay arrays.",
    requires: { all: [".flat()"] },
  },
  {
    id: "ts.block-body-no-return",
    feedback:
      "An arrow function with a `{` block body returns undefined unless it has a return statement; only an expression body returns its value.",
    requires: { all: ["=> {"] },
  },
  {
    id: "ts.map-mutates-source",
    feedback:
      "`map` builds a new array from the callback's return values; it does not write them back into the source array.",
    requires: { all: [".map"] },
  },
  {
    id: "ts.for-in-string-keys",
    feedback:
      "A `for` loop with `in` visits an array's keys, and those keys are strings, so adding a number to one concatenates.",
    requires: { all: ["for", "in"] },
  },
  {
    id: "ts.for-in-values",
    feedback:
      "A `for` loop with `in` visits the keys (indexes) of an array, not its values; only a loop with of visits the values.",
    requires: { all: ["for", "in"] },
  },
  {
    id: "ts.indexof-truthy",
    feedback:
      "`indexOf` returns a position, not a boolean: 0 (found first) is falsy and -1 (not found) is truthy.",
    requires: { all: [".indexOf"] },
  },
  {
    id: "ts.length-zero-clears",
    feedback:
      "Setting `length = 0` empties the array object itself, so every variable that refers to it sees it empty; only assigning a new array would leave the old one alone.",
    requires: { all: ["length = 0"] },
  },
  {
    id: "ts.slice-copies",
    feedback:
      "`slice` copies the chosen items and leaves the array as it was, so its `length` does not change.",
    requires: { all: [".slice", "length"] },
  },
  {
    id: "ts.slice-second-is-end",
    feedback: "The second argument of `slice` is an end index, not a number of items to take.",
    requires: { all: [".slice"] },
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
            rule: "ts.slice-copies",
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
          {
            rule: "ts.sort-returns-same-array",
            code: swap(code, `${alias} === ${name}`, `${alias} !== ${name}`),
          },
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
            rule: "ts.fill-shares-object",
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
          {
            rule: "ts.fill-shares-object",
            code: swap(code, rebuilt, `${grid}[${j}] = [${JSON.stringify(b)}];`),
          },
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
          { fragment: `slice(${start}, ${count})`, rule: "ts.slice-second-is-end" },
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
  {
    ...base,
    id: "typescript/arrays/indexof-misses-nan",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(["readings", "samples", "ratios", "inputs"]);
      const vals: (number | string)[] = distinctInts(rng, 3, 1, 40);
      const at = rng.int(0, 3);
      const items = [...vals.slice(0, at).map(String), "NaN", ...vals.slice(at).map(String)];
      const find = `const pos = ${name}.indexOf(NaN);`;
      const has = `const has = ${name}.includes(NaN);`;
      const code = lines(
        `const ${name}: number[] = [${items.join(", ")}];`,
        find,
        has,
        `console.log(pos, has);`,
      );
      return {
        kind: "predict-output",
        title: `Looking for NaN in ${name}`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.indexof-nan",
            code: swap(code, find, `const pos = ${name}.findIndex((v) => Number.isNaN(v));`),
          },
          {
            rule: "ts.includes-uses-strict-equality",
            code: swap(code, has, `const has = ${name}.some((v) => v === NaN);`),
          },
          {
            rule: "ts.off-by-one",
            code: swap(code, find, `const pos = ${name}.findIndex((v) => Number.isNaN(v)) + 1;`),
          },
          {
            rule: "ts.includes-uses-strict-equality",
            code: swap(
              swap(code, has, `const has = ${name}.some((v) => v === NaN);`),
              find,
              `const pos = ${name}.findIndex((v) => Number.isNaN(v));`,
            ),
          },
        ],
        explanation: `The trap is \`${find}\`: \`indexOf\` compares with strict equality, and NaN is never strictly equal to itself, so it never finds NaN and returns -1 even though NaN sits at index ${at}. \`includes\` compares with SameValueZero, which treats NaN as equal to itself, so it returns true.`,
        trap: find,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/negative-index-versus-at",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(["stack", "history", "trail", "steps"]);
      const items = rng.sample(FRUITS, rng.int(3, 5));
      const k = rng.int(1, 2);
      const bracket = `const viaBracket = ${name}[-${k}];`;
      const viaAt = `const viaAt = ${name}.at(-${k});`;
      const code = lines(
        `const ${name}: string[] = ${arr(items)};`,
        bracket,
        viaAt,
        `console.log(String(viaBracket), String(viaAt));`,
      );
      return {
        kind: "predict-output",
        title: `${name}[-${k}] versus ${name}.at(-${k})`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.negative-index",
            code: swap(code, bracket, `const viaBracket = ${name}[${name}.length - ${k}];`),
          },
          {
            rule: "ts.off-by-one",
            code: swap(code, viaAt, `const viaAt = ${name}.at(-${k + 1});`),
          },
          {
            rule: "ts.off-by-one",
            code: swap(
              swap(code, viaAt, `const viaAt = ${name}.at(-${k + 1});`),
              bracket,
              `const viaBracket = ${name}[${name}.length - ${k + 1}];`,
            ),
          },
          {
            rule: "ts.negative-index",
            code: swap(code, bracket, `const viaBracket = ${name}[${k}];`),
          },
        ],
        explanation: `The trap is \`${bracket}\`: square brackets do not count from the end. \`-${k}\` is looked up as a property named "-${k}", which the array does not have, so the result is undefined. Only \`at\` counts from the end: \`at(-${k})\` is the item ${k === 1 ? "at the end" : "second from the end"}, "${items[items.length - k]}".`,
        trap: bracket,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/join-default-separator",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(["tags", "letters", "codes", "parts"]);
      const items = rng.sample(["ab", "cd", "x", "yz", "q", "mn", "k", "uv"], rng.int(3, 4));
      const sep = rng.pick([" ", "-", "/"]);
      const plain = `console.log(${name}.join());`;
      const code = lines(
        `const ${name}: string[] = ${arr(items)};`,
        plain,
        `console.log(${name}.join(""));`,
        `console.log(${name}.join(${q(sep)}));`,
      );
      return {
        kind: "predict-output",
        title: `join() with no separator on ${items.length} ${name}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.join-default-comma", code: swap(code, plain, `console.log(${name}.join(""));`) },
          { rule: "ts.join-default-comma", code: swap(code, plain, `console.log(${name}.join(" "));`) },
          { rule: "ts.join-default-comma", code: swap(code, plain, `console.log(${name}.join(", "));`) },
          {
            rule: "ts.join-empty-string",
            code: swap(code, `console.log(${name}.join(""));`, `console.log(${name}.join());`),
          },
        ],
        explanation: `The trap is \`${plain}\`: with no argument, \`join\` separates the items with a comma and no space. Only \`join("")\` glues them together with nothing in between, and any other string is placed between neighbours, never after the last item.`,
        trap: plain,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/map-parseint-radix",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(["raw", "fields", "cells", "tokens"]);
      const items = [
        rng.pick(["10", "12", "7", "25"]),
        rng.pick(["10", "11", "3", "9"]),
        rng.pick(["10", "11", "12", "21"]),
      ];
      if (rng.bool()) items.push(rng.pick(["10", "11", "13", "2"]));
      const mapped = `const parsed = ${name}.map(parseInt);`;
      const code = lines(
        `const ${name}: string[] = ${arr(items)};`,
        mapped,
        `console.log(parsed.join(" "));`,
        `console.log(parsed.filter((n) => Number.isNaN(n)).length);`,
      );
      return {
        kind: "predict-output",
        title: `Passing parseInt straight to map over ${items.length} strings`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.map-passes-index",
            code: swap(code, mapped, `const parsed = ${name}.map((s) => parseInt(s));`),
          },
          {
            rule: "ts.off-by-one",
            code: swap(code, mapped, `const parsed = ${name}.map((s, i) => parseInt(s, i + 1));`),
          },
          {
            rule: "ts.map-passes-index",
            code: swap(code, mapped, `const parsed = ${name}.map((s, i) => parseInt(s, 10 + i));`),
          },
          {
            rule: "ts.map-passes-index",
            code: swap(code, mapped, `const parsed = ${name}.map((s) => parseInt(s, 2));`),
          },
        ],
        explanation: `The trap is \`${mapped}\`: \`map\` calls its callback with the item and its index, so \`parseInt\` receives the index as its radix. Radix 0 means "decide for yourself" (base 10), radix 1 is invalid (NaN), and in base 2 only the digits 0 and 1 count, so later strings parse as binary or fail.`,
        trap: mapped,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/flat-default-depth",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [a, b, c, d] = distinctInts(rng, 4, 1, 30);
      const name = rng.pick(["nested", "tree", "groups", "layers"]);
      const flat = `const flat = ${name}.flat();`;
      const code = lines(
        `type Nested = number | Nested[];`,
        `const ${name}: Nested[] = [[${a}, [${b}, [${c}]]], [${d}]];`,
        flat,
        `console.log(flat.length);`,
        `console.log(JSON.stringify(flat));`,
      );
      return {
        kind: "predict-output",
        title: "flat() on an array nested three levels deep",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.flat-depth", code: swap(code, flat, `const flat = ${name}.flat(Infinity);`) },
          { rule: "ts.flat-depth", code: swap(code, flat, `const flat = ${name}.flat(2);`) },
          { rule: "ts.flat-depth", code: swap(code, flat, `const flat = ${name}.flat(0);`) },
          { rule: "ts.flat-depth", code: swap(code, flat, `const flat = [...${name}];`) },
        ],
        explanation: `The trap is \`${flat}\`: with no argument \`flat\` removes one level of nesting only. The outer arrays are opened, so ${a}, \`[${b},[${c}]]\` and ${d} become items, but the deeper arrays stay nested; \`flat(Infinity)\` would be needed to flatten everything.`,
        trap: flat,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/map-block-body-no-return",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(ARRAY_NAMES);
      const values = distinctInts(rng, rng.int(3, 4), 1, 20);
      const k = rng.int(2, 5);
      const call = `const scaled = ${name}.map((n) => {\n  n * ${k};\n});`;
      const code = lines(
        `const ${name}: number[] = ${arr(values)};`,
        call,
        `console.log(scaled.length, JSON.stringify(scaled));`,
        `console.log(${name}.join(","));`,
      );
      return {
        kind: "predict-output",
        title: `A map callback with braces around n * ${k}`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.block-body-no-return",
            code: swap(code, call, `const scaled = ${name}.map((n) => n * ${k});`),
          },
          {
            rule: "ts.map-filter-confusion",
            code: swap(
              code,
              call,
              `const scaled = ${name}.map((n) => {\n  n * ${k};\n}).filter((x) => x !== undefined);`,
            ),
          },
          {
            rule: "ts.map-mutates-source",
            code: swap(code, call, `const scaled = ${name}.map((n, i, all) => {\n  all[i] = n * ${k};\n});`),
          },
        ],
        explanation: `The trap is the braces around \`n * ${k};\`: with a block body the arrow function only evaluates the product and, having no return statement, returns undefined. \`map\` still keeps one result per item, so \`scaled\` holds ${values.length} undefined values (JSON writes them as null), and \`${name}\` itself is unchanged.`,
        trap: `n * ${k};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/for-in-string-keys",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(ARRAY_NAMES);
      const values = distinctInts(rng, 3, 2, 9);
      const k = rng.int(1, 3);
      const loop = `for (const i in ${name}) {`;
      const add = `  picked += i + ${k};`;
      const code = lines(
        `const ${name}: number[] = ${arr(values)};`,
        `let picked = "";`,
        `let count = 0;`,
        loop,
        add,
        `  count++;`,
        `}`,
        `console.log(picked, count);`,
      );
      return {
        kind: "predict-output",
        title: `for...in over ${name}, adding ${k} to each key`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.for-in-string-keys", code: swap(code, loop, `for (const i of ${name}.keys()) {`) },
          { rule: "ts.for-in-values", code: swap(code, loop, `for (const i of ${name}) {`) },
          { rule: "ts.for-in-string-keys", code: swap(code, add, `  picked += Number(i) + ${k} + ",";`) },
          { rule: "ts.off-by-one", code: swap(code, add, `  picked += i;`) },
        ],
        explanation: `The trap is \`${add.trim()}\`: a \`for\` loop with \`in\` walks an array's keys, not its values, and keys are strings ("0", "1", "2"). So \`i + ${k}\` glues the digit ${k} onto each key instead of adding, giving ${["0", "1", "2"].map((s) => s + k).join(" then ")}.`,
        trap: add.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/indexof-as-condition",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const name = rng.pick(["allowed", "members", "guests", "owners"]);
      const items = rng.sample(["ana", "bo", "cy", "dee", "eli", "fay", "gus"], 5);
      const list = items.slice(0, 4);
      const targets = rng.shuffle([list[0]!, list[rng.int(1, 3)]!, items[4]!]);
      const check = `  return ${name}.indexOf(who) ? "in" : "out";`;
      const code = lines(
        `const ${name}: string[] = ${arr(list)};`,
        `function status(who: string): string {`,
        check,
        `}`,
        `console.log(${arr(targets)}.map((t) => \`\${t}:\${status(t)}\`).join(" "));`,
      );
      return {
        kind: "predict-output",
        title: `indexOf used as a yes/no test on ${name}`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.indexof-truthy",
            code: swap(code, check, `  return ${name}.includes(who) ? "in" : "out";`),
          },
          {
            rule: "ts.indexof-truthy",
            code: swap(code, check, `  return ${name}.indexOf(who) > 0 ? "in" : "out";`),
          },
          {
            rule: "ts.indexof-truthy",
            code: swap(code, check, `  return ${name}.indexOf(who) === -1 ? "in" : "out";`),
          },
        ],
        explanation: `The trap is \`${check.trim()}\`: \`indexOf\` returns a position, not a boolean. "${list[0]}" is found at index 0, which is falsy, so it counts as "out", while a name that is missing gives -1, which is truthy, so it counts as "in". Only names found at index 1 or later come out right.`,
        trap: check.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/arrays/length-zero-through-alias",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [a, b, c, d] = rng.sample(FRUITS, 4) as [string, string, string, string];
      const name = rng.pick(["queue", "basket", "batch", "pending"]);
      const alias = rng.pick(["shared", "view", "sameList"]);
      const clear = `${name}.length = 0;`;
      const snap = `const snapshot = [...${name}];`;
      const code = lines(
        `let ${name}: string[] = ${arr([a, b, c])};`,
        `const ${alias} = ${name};`,
        snap,
        clear,
        `${name}.push(${q(d)});`,
        `console.log(${alias}.join(","), snapshot.length, ${name} === ${alias});`,
      );
      return {
        kind: "predict-output",
        title: `Emptying ${name} with length = 0 while ${alias} points at it`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.length-zero-clears", code: swap(code, clear, `${name} = [];`) },
          { rule: "ts.alias-is-copy", code: swap(code, snap, `const snapshot = ${name};`) },
          { rule: "ts.length-zero-clears", code: swap(code, clear + "\n", "") },
          {
            rule: "ts.alias-is-copy",
            code: swap(code, `const ${alias} = ${name};`, `const ${alias} = [...${name}];`),
          },
        ],
        explanation: `The trap is \`${clear}\`: it empties the array object itself rather than making a new one, so \`${alias}\`, which refers to that same array, sees it emptied and then sees the push of "${d}". The spread made \`snapshot\` a separate copy beforehand, so it keeps its 3 items, and \`${name}\` was never reassigned, so \`${name} === ${alias}\` stays true.`,
        trap: clear,
      };
    },
  },
];
