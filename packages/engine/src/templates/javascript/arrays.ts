import type { ChallengeTemplate } from "../../types";
import { COLLECTIONS, FRUITS, distinctInts, lines, mut, predict, strArray, swap, val } from "./helpers";

const T = "arrays";

function strictParse(s: string, radix: number): number {
  if (radix === 0) return parseInt(s, 10);
  if (radix < 2 || radix > 36) return NaN;
  return [...s].every((c) => parseInt(c, radix) < radix) ? parseInt(s, radix) : NaN;
}

export const arraysTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "slice-end-exclusive", (rng) => {
    const items = rng.sample(FRUITS, rng.int(5, 7));
    const name = rng.pick(["fruits", "basket", "stock", "menu", "picks", "crate"]);
    const part = rng.pick(["middle", "chosen", "part", "subset", "group"]);
    const a = rng.int(1, 2);
    const b = rng.int(a + 2, items.length - 1);
    const code = lines(
      `const ${name} = ${strArray(items)};`,
      `const ${part} = ${name}.slice(${a}, ${b});`,
      `console.log(${part}.join(", "));`,
      `console.log(${name}.length);`,
    );
    return {
      title: "What slice() returns",
      code,
      distractors: [
        mut("js.slice-end-exclusive", swap(code, `slice(${a}, ${b})`, `slice(${a}, ${b + 1})`)),
        mut("js.off-by-one", swap(code, `slice(${a}, ${b})`, `slice(${a - 1}, ${b})`)),
        mut("js.non-mutating-method", swap(code, `slice(${a}, ${b})`, `splice(${a}, ${b - a})`)),
        mut("js.slice-end-exclusive", swap(code, `slice(${a}, ${b})`, `slice(${a}, ${a + b})`)),
      ],
      explanation: `\`slice(${a}, ${b})\` copies the items at indices ${a} up to but not including ${b}, and leaves the original array untouched, so the program prints:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "medium", "sort-default-in-place", (rng) => {
    const [name] = rng.pick(COLLECTIONS);
    const small = distinctInts(rng, 2, 2, 9);
    const big = [rng.int(10, 19), ...distinctInts(rng, 2, 20, 150)];
    const nums = rng.shuffle([...small, ...big]);
    const extra = rng.int(1, 99);
    const alias = rng.pick(["sorted", "ordered", "ranked", "inOrder"]);
    const code = lines(
      `const ${name} = [${nums.join(", ")}];`,
      `const ${alias} = ${name}.sort();`,
      `${alias}.push(${extra});`,
      `console.log(JSON.stringify(${alias}));`,
      `console.log(${name}.length);`,
    );
    return {
      title: "sort() without a comparator",
      code,
      distractors: [
        mut("js.lexicographic-sort", swap(code, ".sort()", ".sort((a, b) => a - b)")),
        mut("js.mutating-method", swap(code, `${name}.sort()`, `${name}.slice().sort()`)),
        mut("js.lexicographic-sort", swap(code, `${name}.sort()`, `${name}.slice().sort((a, b) => a - b)`)),
        mut("js.return-value", swap(code, `${alias}.push(${extra});`, `${alias}.unshift(${extra});`)),
      ],
      explanation:
        "Without a comparator `sort()` compares the numbers as strings (so `\"1…\"` comes before `\"9\"`), and it sorts the array in place and returns that same array, so both names see the pushed value:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "hard", "map-parseint", (rng) => {
    const inputs = Array.from({ length: rng.int(4, 5) }, () => String(rng.pick([rng.int(1, 9), rng.int(10, 40), rng.int(10, 12)])));
    const name = rng.pick(["inputs", "raw", "fields", "cells", "tokens", "parts"]);
    const out = rng.pick(["parsed", "nums", "values", "numbers"]);
    const ok = rng.pick(["valid", "good", "usable", "clean"]);
    const code = lines(
      `const ${name} = ${strArray(inputs)};`,
      `const ${out} = ${name}.map(parseInt);`,
      `const ${ok} = ${out}.filter((n) => !Number.isNaN(n));`,
      `console.log(${out}.join(" "));`,
      `console.log(${ok}.length);`,
    );
    const strict = inputs.map((s, i) => strictParse(s, i));
    return {
      title: "map(parseInt)",
      code,
      distractors: [
        mut("js.callback-args", swap(code, ".map(parseInt)", ".map((s) => parseInt(s))")),
        mut("js.nan-equality", swap(code, "!Number.isNaN(n)", "n !== NaN")),
        mut("js.off-by-one", swap(code, ".map(parseInt)", ".map((s, i) => parseInt(s, i + 1))")),
        val("js.parse-int", `${strict.join(" ")}\n${strict.filter((n) => !Number.isNaN(n)).length}`),
      ],
      explanation:
        "`map` calls `parseInt(value, index)`, so each string is parsed with its index as the radix: radix 0 means decimal, radix 1 is invalid (NaN), and otherwise `parseInt` reads leading digits that are valid in that base and stops at the first invalid one.",
    };
  }),
];
