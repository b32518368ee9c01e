import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  COLLECTIONS,
  checksProgram,
  FRUITS,
  distinctInts,
  fill,
  lines,
  mut,
  predict,
  strArray,
  swap,
  val,
} from "./helpers";

const T = "arrays";

function strictParse(s: string, radix: number): number {
  if (radix === 0) return parseInt(s, 10);
  if (radix < 2 || radix > 36) return NaN;
  return [...s].every((c) => parseInt(c, radix) < radix) ? parseInt(s, radix) : NaN;
}

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const arraysRules: MisconceptionRule[] = [];

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
      trap: `slice(${a}, ${b})`,
      explanation: `\`slice(${a}, ${b})\` is the step to get right: it copies the items at indices ${a} up to but not including ${b} (the end index is exclusive), and it leaves \`${name}\` itself untouched, so the program prints:\n\n\`\`\`\n{{output}}\n\`\`\``,
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
      trap: `${alias} = ${name}.sort()`,
      explanation: `\`${alias} = ${name}.sort()\` is the trap twice over: without a comparator \`sort()\` compares the numbers as strings (so "1…" comes before "9"), and it sorts \`${name}\` in place and returns that same array, so \`${alias}\` and \`${name}\` both see the pushed value:\n\n\`\`\`\n{{output}}\n\`\`\``,
    };
  }),

  predict(T, "hard", "map-parseint", (rng) => {
    const inputs = Array.from({ length: rng.int(4, 5) }, () =>
      String(rng.pick([rng.int(1, 9), rng.int(10, 40), rng.int(10, 12)])),
    );
    const name = rng.pick(["inputs", "raw", "fields", "cells", "tokens", "parts"]);
    const out = rng.pick(["parsed", "nums", "values", "numbers"]);
    const setup = (mapper: string) => [
      `const ${name} = ${strArray(inputs)};`,
      `const ${out} = ${name}.map(${mapper});`,
    ];
    const exprs = [
      `${out}.join(" ")`,
      `${out}.filter((n) => !Number.isNaN(n)).length`,
      `${out}.indexOf(NaN)`,
    ];
    const code = checksProgram(exprs, setup("parseInt"));
    const strict = inputs.map((s, i) => strictParse(s, i));
    return {
      title: "map(parseInt)",
      code,
      distractors: [
        mut("js.callback-args", checksProgram(exprs, setup("(s) => parseInt(s)"))),
        mut(
          "js.nan-equality",
          checksProgram(
            exprs.map((e) => e.replace("!Number.isNaN(n)", "n !== NaN")),
            setup("parseInt"),
          ),
        ),
        mut("js.off-by-one", checksProgram(exprs, setup("(s, i) => parseInt(s, i + 1)"))),
        mut(
          "js.nan-equality",
          checksProgram(
            exprs.map((e) => e.replace(`${out}.indexOf(NaN)`, `${out}.findIndex(Number.isNaN)`)),
            setup("parseInt"),
          ),
        ),
        val("js.parse-int", `${strict.join(" ")}\n${strict.filter((n) => !Number.isNaN(n)).length}\n-1`),
      ],
      trap: `${name}.map(parseInt)`,
      explanation: `\`${name}.map(parseInt)\` is the trap: \`map\` calls \`parseInt(value, index)\`, so each string is parsed with its index as the radix. Radix 0 means decimal, radix 1 is invalid (NaN), and otherwise \`parseInt\` reads the leading digits valid in that base and stops at the first invalid one. \`indexOf\` can never find NaN.`,
    };
  }),

  fill(T, "easy", "add-to-front", (rng) => {
    const q = rng.pick(["queue", "line", "stack", "list", "names", "order"]);
    const items = rng.sample(FRUITS, rng.int(2, 4));
    const x = rng.pick(FRUITS.filter((f) => !items.includes(f)));
    const sep = rng.pick([",", " ", " > ", "|", "-"]);
    return {
      title: "Adding at the front of an array",
      prompt: "Which method makes this program print `{{target}}`?",
      code: lines(
        `const ${q} = ${strArray(items)};`,
        `${q}.${BLANK}("${x}");`,
        `console.log(${q}.join("${sep}"));`,
        `console.log(${q}.length);`,
      ),
      answer: "unshift",
      wrong: [
        { fragment: "push", rule: "js.array-ends" },
        { fragment: "concat", rule: "js.non-mutating-method" },
        { fragment: "shift", rule: "js.array-ends" },
        { fragment: "indexOf", rule: "js.non-mutating-method" },
      ],
      trap: "unshift",
      explanation: "`unshift` inserts its arguments at the front of the array, in place, and shifts the other items up; `push` appends at the end and `concat` returns a new array without touching the original.",
    };
  }),

  predict(T, "medium", "splice-removes-and-returns", (rng) => {
    const q = rng.pick(["queue", "playlist", "tasks", "cards", "seats", "slots"]);
    const r = rng.pick(["removed", "taken", "cut", "dropped", "out"]);
    const items = rng.sample([..."ABCDEFGHJKLMNPQRSTUVWXYZ"], rng.int(5, 7));
    const start = rng.int(1, 2);
    const count = rng.int(2, 3);
    const ins = rng.pick(["x", "y", "z", "new", "*"]);
    const code = lines(
      `const ${q} = ${strArray(items)};`,
      `const ${r} = ${q}.splice(${start}, ${count}, "${ins}");`,
      `console.log(${r}.join(""));`,
      `console.log(${q}.join(""));`,
    );
    const after = [...items];
    after.splice(start, count, ins);
    return {
      title: "What splice() changes and returns",
      code,
      distractors: [
        mut(
          "js.splice-count",
          swap(code, `splice(${start}, ${count},`, `splice(${start}, ${count - start},`),
        ),
        mut(
          "js.mutating-method",
          swap(
            code,
            `const ${r} = ${q}.splice(${start}, ${count}, "${ins}");`,
            `const ${r} = ${q}.slice(${start}, ${start + count});`,
          ),
        ),
        val("js.return-value", `${after.join("")}\n${after.join("")}`),
        mut("js.off-by-one", swap(code, `splice(${start}, ${count},`, `splice(${start - 1}, ${count},`)),
      ],
      trap: `splice(${start}, ${count}, "${ins}")`,
      explanation: `\`splice(${start}, ${count}, "${ins}")\` does two things a learner tends to mix up: it changes \`${q}\` in place (removing ${count} items from index ${start} — the second argument is a count, not an end index — and inserting "${ins}"), and it RETURNS the removed items as a new array.`,
    };
  }),

  predict(T, "hard", "length-and-holes", (rng) => {
    const a = rng.pick(["arr", "slots", "cells", "marks", "buf"]);
    const n = rng.int(4, 7);
    const cut = rng.int(2, n - 1);
    const far = cut + rng.int(2, 3);
    const v = rng.int(10, 99);
    const c = rng.pick(["visits", "seen", "calls", "hits"]);
    const setup = (init: string, loop: string) => [
      `const ${a} = [${Array.from({ length: n }, (_, i) => i + 1).join(", ")}];`,
      ...(init ? [init] : []),
      `${a}[${far}] = ${v};`,
      `let ${c} = 0;`,
      loop,
    ];
    const base = setup(`${a}.length = ${cut};`, `${a}.forEach(() => ${c}++);`);
    const exprs = [`${a}.length`, c, `${a}.indexOf(undefined)`, `${a}.includes(undefined)`];
    const code = checksProgram(exprs, base);
    return {
      title: "Truncating and extending an array",
      code,
      distractors: [
        mut(
          "js.array-holes",
          checksProgram(exprs, setup(`${a}.length = ${cut};`, `Array.from(${a}).forEach(() => ${c}++);`)),
        ),
        mut("js.array-length", checksProgram(exprs, setup("", `${a}.forEach(() => ${c}++);`))),
        mut(
          "js.array-holes",
          checksProgram(
            exprs.map((e) => e.replace(`${a}.indexOf(undefined)`, `${a}.findIndex((x) => x === undefined)`)),
            base,
          ),
        ),
        mut(
          "js.array-holes",
          checksProgram(
            exprs.map((e) => e.replace(`${a}.includes(undefined)`, `${a}.indexOf(undefined) !== -1`)),
            base,
          ),
        ),
      ],
      trap: `${a}[${far}] = ${v}`,
      explanation: `Setting \`${a}.length = ${cut}\` deletes everything from index ${cut} on. Then \`${a}[${far}] = ${v}\` is the trap: it makes the length ${far + 1} but leaves HOLES at the indices in between, not \`undefined\` values. \`forEach\` and \`indexOf\` skip holes, so only the ${cut + 1} real items are visited and \`undefined\` is never "found" by \`indexOf\`, while \`includes\` treats holes as \`undefined\`.`,
    };
  }),

  predict(T, "easy", "destructuring-defaults", (rng) => {
    const [n1, n2, n4] = [rng.int(1, 40), rng.int(41, 80), rng.int(81, 99)];
    const third = rng.pick(["null", "undefined", "0", '""']);
    const more = Array.from({ length: rng.int(0, 2) }, () => rng.int(100, 199));
    const [a, c] = rng.pick([
      ["first", "third"],
      ["head", "mid"],
      ["x", "z"],
      ["top", "pick"],
    ]);
    const d = rng.int(5, 9);
    const code =
      lines(
        `const row = [${[n1, n2, third, n4, ...more].join(", ")}];`,
        `const [${a}, , ${c} = ${d}, ...rest] = row;`,
        `console.log(${a}, ${c}, rest.length);`,
      ) + `\nconsole.log(String(${c}).length);`;
    const rendered = third === '""' ? "" : third;
    return {
      title: "Destructuring with a hole, a default and rest",
      code,
      distractors: [
        mut("js.off-by-one", swap(code, `[${a}, , ${c}`, `[${a}, ${c}`)),
        third === "undefined"
          ? val("js.default-params", `${n1} undefined ${more.length + 1}\n9`)
          : mut(
              "js.default-params",
              swap(
                code,
                `row = [${[n1, n2, third].join(", ")}`,
                `row = [${[n1, n2, "undefined"].join(", ")}`,
              ),
            ),
        mut(
          "js.off-by-one",
          swap(code, "...rest] = row", "...rest] = row.concat([])").replace("rest.length", "rest.length + 1"),
        ),
        val(
          "js.off-by-one",
          `${n1} ${third === "undefined" ? d : rendered} ${more.length}\n${String(third === "undefined" ? d : rendered).length}`,
        ),
      ],
      trap: `${c} = ${d}`,
      explanation: `The empty slot skips index 1, so \`${c}\` takes index 2. The trap is \`${c} = ${d}\`: a default applies only when the value is \`undefined\`, not for other falsy values such as \`null\`, \`0\` or \`""\`. \`...rest\` collects everything after index 2.`,
    };
  }),

  predict(T, "medium", "searching-nan-and-objects", (rng) => {
    const v = rng.pick(["values", "items", "mixed", "data", "row"]);
    const nums = distinctInts(rng, 2, 1, 99);
    const id = rng.int(1, 20);
    const parts = rng.shuffle([String(nums[0]), "NaN", String(nums[1]), `{ id: ${id} }`]);
    const code =
      lines(
        `const ${v} = [${parts.join(", ")}];`,
        `console.log(${v}.indexOf(NaN), ${v}.includes(NaN));`,
        `console.log(${v}.indexOf({ id: ${id} }), ${v}.findIndex((x) => x?.id === ${id}));`,
      ) + `\nconsole.log(${v}.length);`;
    return {
      title: "indexOf, includes and findIndex",
      code,
      distractors: [
        mut("js.nan-equality", swap(code, `${v}.indexOf(NaN)`, `${v}.findIndex(Number.isNaN)`)),
        mut(
          "js.reference-equality",
          swap(code, `${v}.indexOf({ id: ${id} })`, `${v}.findIndex((x) => x?.id === ${id})`),
        ),
        mut("js.nan-equality", swap(code, `${v}.includes(NaN)`, `${v}.indexOf(NaN) !== -1`)),
        mut(
          "js.nan-equality",
          swap(
            swap(code, `${v}.indexOf(NaN)`, `${v}.findIndex(Number.isNaN)`),
            `${v}.indexOf({ id: ${id} })`,
            `${v}.findIndex((x) => x?.id === ${id})`,
          ),
        ),
      ],
      trap: `${v}.indexOf(NaN)`,
      explanation: `\`${v}.indexOf(NaN)\` is the trap: \`indexOf\` compares with \`===\`, so it can never find \`NaN\` (which isn\'t equal to itself), nor an object literal (a new object each time). \`includes\` uses SameValueZero, which does find \`NaN\`, and \`findIndex\` lets you compare by content.`,
    };
  }),

  predict(T, "hard", "array-constructor-holes", (rng) => {
    const n = rng.int(3, 5);
    const k = rng.int(2, 30);
    const off = rng.int(0, 20);
    const [a, b, c] = rng.pick([
      ["a", "b", "c"],
      ["viaMap", "viaFrom", "viaSpread"],
      ["one", "two", "three"],
      ["x", "y", "z"],
    ]);
    const f = `(_, i) => i * ${k} + ${off}`;
    const code = lines(
      `const ${a} = new Array(${n}).map(${f});`,
      `const ${b} = Array.from({ length: ${n} }, ${f});`,
      `const ${c} = [...new Array(${n})].map(${f});`,
      `console.log(${a}.length, JSON.stringify(${a}));`,
      `console.log(JSON.stringify(${b}) === JSON.stringify(${c}));`,
    );
    const filled = JSON.stringify(Array.from({ length: n }, (_, i) => i * k + off));
    const nulls = JSON.stringify(Array(n).fill(null));
    return {
      title: "new Array(n), holes and map",
      code,
      distractors: [
        mut("js.array-holes", swap(code, `new Array(${n}).map(`, `new Array(${n}).fill(0).map(`)),
        val("js.array-holes", `${n} ${nulls}\nfalse`),
        val("js.array-length", `1 ${JSON.stringify([off])}\ntrue`),
        mut(
          "js.array-holes",
          swap(
            swap(code, `new Array(${n}).map(`, `new Array(${n}).fill(0).map(`),
            `[...new Array(${n})].map(`,
            `new Array(${n}).map(`,
          ),
        ),
        val("js.array-holes", `${n} ${filled}\nfalse`),
      ],
      trap: `new Array(${n}).map(`,
      explanation: `\`new Array(${n}).map(\` is the trap: \`new Array(${n})\` has length ${n} but no elements, only holes, and \`map\` skips holes, so \`${a}\` stays all holes (JSON shows them as null). \`Array.from\` and spreading turn holes into real \`undefined\` values, which \`map\` does visit.`,
    };
  }),

  predict(T, "medium", "return-inside-foreach", (rng) => {
    const f = rng.pick(["findFirstOver", "firstBig", "pickOver", "locate"]);
    // The first value over the limit is never the last one, so stopping early is visible.
    const len = rng.int(4, 6);
    const at = rng.int(0, len - 2);
    const nums = Array.from({ length: len }, (_, i) =>
      i < at ? rng.int(1, 40) : i === at ? rng.int(60, 99) : rng.int(1, 99),
    );
    const limit = rng.int(41, 59);
    const fallback = rng.pick(["none", "missing", "-1", "nothing"]);
    const code = lines(
      `function ${f}(list, limit) {`,
      `  let checked = 0;`,
      `  list.forEach((n) => {`,
      `    checked++;`,
      "    if (n > limit) return `found ${n}`;",
      `  });`,
      "  return `" + fallback + " after ${checked}`;",
      `}`,
      `console.log(${f}([${nums.join(", ")}], ${limit}));`,
    );
    const forOf = swap(
      swap(code, `  list.forEach((n) => {`, `  for (const n of list) {`),
      "    if (n > limit) return `found ${n}`;\n  });",
      "    if (n > limit) return `found ${n}`;\n  }",
    );
    return {
      title: "return inside forEach",
      code,
      distractors: [
        mut("js.foreach-return", forOf),
        mut("js.foreach-return", swap(code, `  list.forEach((n) => {`, `  list.some((n) => {`)),
        mut(
          "js.off-by-one",
          swap(
            code,
            "  return `" + fallback + " after ${checked}`;",
            "  return `" + fallback + " after ${checked - 1}`;",
          ),
        ),
        mut("js.foreach-return", swap(code, `  list.forEach((n) => {`, `  list.every((n) => {`)),
      ],
      trap: "list.forEach((n) =>",
      explanation: `\`list.forEach((n) =>\` is the trap: the \`return\` inside it only ends the arrow function for that one element. \`forEach\` ignores callback return values and always visits every item, so \`${f}\` falls through to its own last line after checking all ${nums.length} items.`,
    };
  }),
];
