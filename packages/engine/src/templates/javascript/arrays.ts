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
export const arraysRules: MisconceptionRule[] = [
  {
    id: "js.indexof-zero-falsy",
    feedback:
      "`indexOf` returns a position, not a yes/no answer: the first item is at 0, which is falsy, and a missing item gives -1, which is truthy.",
    requires: { all: ["indexOf"] },
  },
  {
    id: "js.join-default-comma",
    feedback:
      "Without an argument, `join` separates the items with a comma and no space, and so does turning an array into a string.",
    requires: { all: ["join"] },
  },
  {
    id: "js.negative-index",
    feedback:
      "Square brackets don't count from the end: `[-1]` looks up a property named \"-1\", which an array doesn't have; only `at` takes negative positions.",
    requires: { all: ["[-1]", "at"] },
  },
  {
    id: "js.reduce-no-initial",
    feedback:
      "Without an initial value, `reduce` starts with the FIRST item as the accumulator and calls the callback from the second item on.",
    requires: { all: ["reduce"] },
  },
  {
    id: "js.flat-depth",
    feedback:
      "With no argument, `flat` flattens only ONE level; deeper arrays stay nested unless you pass a depth.",
    requires: { all: ["flat"] },
  },
  {
    id: "js.mutate-while-iterating",
    feedback:
      "Removing an item while looping shifts the later items down one index, so the loop skips the item right after each removal.",
    requires: { all: ["splice"], any: ["forEach", "for"] },
  },
  {
    id: "js.concat-spreads",
    feedback:
      "`concat` spreads each array argument by one level and returns a new array, while `push` adds each argument as one item, arrays included.",
    requires: { all: ["concat", "push"] },
  },
  {
    id: "js.every-empty",
    feedback:
      "On an empty array `every` is true (no item fails the test) and `some` is false (no item passes it), whatever the test says.",
    requires: { all: ["every", "some"] },
  },
  {
    id: "js.length-truncates",
    feedback:
      "Assigning a smaller `length` deletes every item past it, and assigning an index past the end leaves holes, not undefined values.",
    requires: { all: ["length ="] },
  },
  {
    id: "js.new-array-holes",
    feedback:
      "`new Array` with one number creates that many EMPTY slots (holes), not undefined values, and `map` skips holes.",
    requires: { all: ["new Array"] },
  },
];

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
        mut("js.array-ends", swap(code, `${alias}.push(${extra});`, `${alias}.unshift(${extra});`)),
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
      explanation:
        "`unshift` inserts its arguments at the front of the array, in place, and shifts the other items up; `push` appends at the end and `concat` returns a new array without touching the original.",
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
        mut("js.length-truncates", checksProgram(exprs, setup("", `${a}.forEach(() => ${c}++);`))),
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
        mut("js.hole-consumes", swap(code, `[${a}, , ${c}`, `[${a}, ${c}`)),
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
      explanation: `\`${v}.indexOf(NaN)\` is the trap: \`indexOf\` compares with \`===\`, so it can never find \`NaN\` (which isn't equal to itself), nor an object literal (a new object each time). \`includes\` uses SameValueZero, which does find \`NaN\`, and \`findIndex\` lets you compare by content.`,
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
        mut(
          "js.new-array-holes",
          swap(code, `Array.from({ length: ${n} }, ${f})`, `Array.from(new Array(${n}).map(${f}))`),
        ),
        mut(
          "js.array-length",
          swap(code, `const ${a} = new Array(${n}).map(`, `const ${a} = new Array(${n}, 0).map(`),
        ),
        mut("js.new-array-holes", swap(code, `new Array(${n}).map(`, `new Array(${n}).fill(0).map(`)),
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
  predict(T, "easy", "indexof-zero-is-falsy", (rng) => {
    const items = rng.sample(FRUITS, rng.int(3, 5));
    const list = rng.pick(["basket", "stock", "menu", "picks", "order"]);
    const missing = rng.pick(FRUITS.filter((f) => !items.includes(f)));
    const other = items[rng.int(1, items.length - 1)]!;
    const [yes, no] = rng.pick([
      ["found", "missing"],
      ["yes", "no"],
      ["in stock", "sold out"],
      ["listed", "absent"],
    ]);
    const checks = rng.shuffle([items[0]!, other, missing]);
    const code = lines(
      `const ${list} = ${strArray(items)};`,
      `function check(name) {`,
      `  if (${list}.indexOf(name)) return "${yes}";`,
      `  return "${no}";`,
      `}`,
      `console.log(${checks.map((c) => `check("${c}")`).join(", ")});`,
    );
    const cond = `if (${list}.indexOf(name))`;
    return {
      title: "Testing indexOf() as a condition",
      code,
      distractors: [
        mut("js.indexof-zero-falsy", swap(code, cond, `if (${list}.indexOf(name) !== -1)`)),
        mut("js.indexof-zero-falsy", swap(code, cond, `if (${list}.includes(name))`)),
        mut("js.off-by-one", swap(code, cond, `if (${list}.indexOf(name) > 0)`)),
        mut("js.truthiness", swap(code, cond, `if (${list}.indexOf(name) >= 0 || true)`)),
      ],
      explanation: `\`${cond.slice(4, -1)}\` is the trap: \`indexOf\` returns a position, not a yes/no answer. "${items[0]}" is at index 0, and 0 is falsy, so it counts as "${no}"; a missing item gives -1, which is truthy, so it counts as "${yes}". Compare with -1 (or use \`includes\`) instead.`,
      trap: `${list}.indexOf(name)`,
    };
  }),

  predict(T, "easy", "join-default-separator", (rng) => {
    const [name] = rng.pick(COLLECTIONS);
    const nums = distinctInts(rng, rng.int(3, 4), 1, 99);
    const pre = rng.pick(["Total", "List", "Got", "Row"]);
    const code = lines(
      `const ${name} = [${nums.join(", ")}];`,
      `const text = ${name}.join();`,
      `console.log(text, text.length);`,
      `console.log("${pre}: " + ${name});`,
    );
    return {
      title: "join() with no separator",
      code,
      distractors: [
        mut("js.join-default-comma", swap(code, `${name}.join()`, `${name}.join(", ")`)),
        mut("js.join-default-comma", swap(code, `${name}.join()`, `${name}.join("")`)),
        mut("js.join-default-comma", swap(code, `${name}.join()`, `${name}.join(" ")`)),
        mut(
          "js.join-default-comma",
          swap(code, `"${pre}: " + ${name}`, `"${pre}: " + JSON.stringify(${name})`),
        ),
      ],
      explanation: `\`${name}.join()\` is the trap: with no argument, \`join\` separates the items with a plain comma and no space. Adding an array to a string converts it the same way (its \`toString\` calls \`join()\`), so both lines show the commas.`,
      trap: `${name}.join()`,
    };
  }),

  predict(T, "easy", "negative-index-in-brackets", (rng) => {
    const items = rng.sample(FRUITS, rng.int(3, 5));
    const list = rng.pick(["queue", "picks", "basket", "crate"]);
    const code = lines(
      `const ${list} = ${strArray(items)};`,
      `console.log(${list}[-1]);`,
      `console.log(${list}.at(-1));`,
      `console.log(${list}[${list}.length - 1]);`,
    );
    return {
      title: "Reading the last item with [-1] and at(-1)",
      code,
      distractors: [
        mut("js.negative-index", swap(code, `${list}[-1]`, `${list}.at(-1)`)),
        mut("js.negative-index", swap(code, `${list}[-1]`, `${list}[0]`)),
        mut("js.off-by-one", swap(code, `${list}[${list}.length - 1]`, `${list}[${list}.length]`)),
        mut("js.off-by-one", swap(code, `${list}.at(-1)`, `${list}.at(-2)`)),
      ],
      explanation: `\`${list}[-1]\` is the trap: square brackets don't count from the end. They look up a property named "-1", which the array doesn't have, so the result is \`undefined\`. Only \`at\` accepts negative positions, and \`length - 1\` is the last index.`,
      trap: `${list}[-1]`,
    };
  }),

  predict(T, "medium", "reduce-without-initial-value", (rng) => {
    const words = rng.sample(FRUITS, rng.int(3, 4));
    const list = rng.pick(["words", "names", "labels", "tags"]);
    const acc = rng.pick(["sum", "total", "acc", "n"]);
    const code = lines(
      `const ${list} = ${strArray(words)};`,
      `const letters = ${list}.reduce((${acc}, w) => ${acc} + w.length);`,
      `console.log(letters);`,
      `console.log(typeof letters);`,
    );
    const line = `${list}.reduce((${acc}, w) => ${acc} + w.length)`;
    return {
      title: "reduce() without a starting value",
      code,
      distractors: [
        mut("js.reduce-no-initial", swap(code, line, `${list}.reduce((${acc}, w) => ${acc} + w.length, 0)`)),
        mut(
          "js.reduce-no-initial",
          swap(code, line, `${list}.slice(1).reduce((${acc}, w) => ${acc} + w.length, 0)`),
        ),
        mut("js.concat-precedence", swap(code, line, `${list}.reduce((${acc}, w) => ${acc} + w, "")`)),
        mut("js.reduce-no-initial", swap(code, line, `${list}.reduce((${acc}, w) => ${acc} + w.length, "")`)),
      ],
      explanation: `\`${line}\` is the trap: with no initial value, \`reduce\` uses the FIRST item ("${words[0]}") as the starting accumulator and calls the callback only from the second item on. So the string "${words[0]}" is the first \`${acc}\`, and \`+\` then concatenates each length onto it.`,
      trap: line,
    };
  }),

  predict(T, "medium", "flat-one-level", (rng) => {
    const [a, b, c, d, e] = distinctInts(rng, 5, 1, 99);
    const v = rng.pick(["nested", "tree", "groups", "layers"]);
    const code = lines(
      `const ${v} = [${a}, [${b}, [${c}, [${d}]]], ${e}];`,
      `const once = ${v}.flat();`,
      `console.log(once.length);`,
      `console.log(JSON.stringify(once));`,
    );
    return {
      title: "How deep flat() goes",
      code,
      distractors: [
        mut("js.flat-depth", swap(code, `${v}.flat()`, `${v}.flat(Infinity)`)),
        mut("js.flat-depth", swap(code, `${v}.flat()`, `${v}.flat(2)`)),
        mut("js.flat-depth", swap(code, `${v}.flat()`, `${v}.flat(0)`)),
        mut(
          "js.array-length",
          swap(code, `console.log(once.length);`, `console.log(once.flat(Infinity).length);`),
        ),
      ],
      explanation: `\`${v}.flat()\` is the trap: with no argument it flattens only ONE level. The array inside [${b}, …] is lifted out, but its own nested array stays nested, so the result has ${4} items.`,
      trap: `${v}.flat()`,
    };
  }),

  predict(T, "hard", "splice-while-looping", (rng) => {
    // At least one pair of neighbouring even numbers, so the skipped item is visible.
    const odd = () => rng.int(0, 49) * 2 + 1;
    const even = () => rng.int(1, 49) * 2;
    const lead = Array.from({ length: rng.int(0, 1) }, odd);
    const pair = [even(), even()];
    const tail = [odd(), ...(rng.bool() ? [even()] : []), odd()];
    const nums = [...lead, ...pair, ...tail];
    const v = rng.pick(["nums", "values", "queue", "readings"]);
    const c = rng.pick(["visited", "seen", "steps", "calls"]);
    const code = lines(
      `const ${v} = [${nums.join(", ")}];`,
      `let ${c} = 0;`,
      `${v}.forEach((n, i) => {`,
      `  ${c}++;`,
      `  if (n % 2 === 0) ${v}.splice(i, 1);`,
      `});`,
      `console.log(${v}.join(" "));`,
      `console.log(${c});`,
    );
    return {
      title: "Removing items inside forEach",
      code,
      distractors: [
        mut(
          "js.mutate-while-iterating",
          swap(
            swap(code, `${v}.forEach((n, i) => {`, `${v}.slice().forEach((n) => {`),
            `${v}.splice(i, 1)`,
            `${v}.splice(${v}.indexOf(n), 1)`,
          ),
        ),
        mut(
          "js.mutate-while-iterating",
          swap(code, `${v}.forEach((n, i) => {`, `${v}.slice().forEach((n, i) => {`),
        ),
        mut("js.splice-count", swap(code, `${v}.splice(i, 1)`, `${v}.splice(i, i + 1)`)),
        mut("js.off-by-one", swap(code, `${v}.splice(i, 1)`, `${v}.splice(i + 1, 1)`)),
        mut("js.splice-count", swap(code, `${v}.splice(i, 1)`, `${v}.splice(i, 0)`)),
      ],
      explanation: `\`if (n % 2 === 0) ${v}.splice(i, 1);\` is the trap: removing an item shifts every later item down one index, but \`forEach\` moves on to the next index anyway, so the item right after each removal is never visited (and never tested). \`forEach\` also stops at the array's current length, so \`${c}\` ends below ${nums.length}.`,
      trap: `${v}.splice(i, 1)`,
    };
  }),

  predict(T, "hard", "concat-versus-push-nesting", (rng) => {
    const [a, b, c, d, e, f] = distinctInts(rng, 6, 1, 99);
    const [x, y] = rng.pick([
      ["base", "joined"],
      ["left", "merged"],
      ["start", "result"],
      ["xs", "ys"],
    ]);
    const code = lines(
      `const ${x} = [${a}, ${b}];`,
      `const ${y} = ${x}.concat(${c}, [${d}, [${e}]]);`,
      `${x}.push([${f}, ${a}]);`,
      `console.log(${y}.length, ${x}.length);`,
      `console.log(JSON.stringify(${y}));`,
    );
    return {
      title: "concat() and push() with array arguments",
      code,
      distractors: [
        mut("js.concat-spreads", swap(code, `${x}.push([${f}, ${a}]);`, `${x}.push(...[${f}, ${a}]);`)),
        mut(
          "js.concat-spreads",
          swap(code, `${x}.concat(${c}, [${d}, [${e}]])`, `${x}.concat([${c}, [${d}, [${e}]]])`),
        ),
        mut(
          "js.concat-spreads",
          swap(code, `${x}.concat(${c}, [${d}, [${e}]])`, `${x}.concat(${c}, [${d}, [${e}]]).flat(Infinity)`),
        ),
        mut("js.mutating-method", swap(code, `const ${y} = ${x}.concat(`, `const ${y} = ${x};\n${y}.push(`)),
      ],
      explanation: `\`${x}.concat(${c}, [${d}, [${e}]])\` is the trap: \`concat\` spreads each ARRAY argument by one level (the inner [${e}] stays an array) and adds other values as they are, returning a new array. \`push\` adds its argument as ONE item, even when it is an array, so \`${x}\` grows by just 1.`,
      trap: `${x}.concat(${c}, [${d}, [${e}]])`,
    };
  }),

  predict(T, "hard", "every-and-some-on-nothing", (rng) => {
    const [name, one] = rng.pick(COLLECTIONS);
    const nums = Array.from({ length: rng.int(3, 5) }, () => rng.int(1, 60));
    const limit = rng.int(61, 90);
    const big = rng.pick(["big", "over", "high", "top"]);
    const code = lines(
      `const ${name} = [${nums.join(", ")}];`,
      `const ${big} = ${name}.filter((${one}) => ${one} > ${limit});`,
      `console.log(${big}.every((${one}) => ${one} > 1000));`,
      `console.log(${big}.some((${one}) => ${one} > 0));`,
      `console.log(${big}.length === 0 || ${big}[0] > ${limit});`,
    );
    return {
      title: "every() and some() on an empty result",
      code,
      distractors: [
        mut(
          "js.every-empty",
          swap(code, `${big}.every((${one}) => ${one} > 1000)`, `${big}.some((${one}) => ${one} > 1000)`),
        ),
        mut(
          "js.every-empty",
          swap(code, `${big}.some((${one}) => ${one} > 0)`, `${big}.every((${one}) => ${one} > 0)`),
        ),
        mut(
          "js.every-empty",
          swap(code, `const ${big} = ${name}.filter(`, `const ${big} = ${name}.find(`)
            .replace(`${big}.every(`, `[${big}].every(`)
            .replace(`${big}.some(`, `[${big}].some(`),
        ),
        mut(
          "js.every-empty",
          swap(code, `${big}.every((${one}) => ${one} > 1000)`, `${name}.every((${one}) => ${one} > 1000)`),
        ),
      ],
      explanation: `No item is over ${limit}, so \`${big}\` is empty, and \`${big}.every((${one}) => ${one} > 1000)\` is the trap: \`every\` asks "does any item fail?", and with no items nothing fails, so it is true whatever the test. \`some\` asks "does any item pass?", which is false for an empty array, and \`||\` stops at the true \`length === 0\`.`,
      trap: `${big}.every((${one}) => ${one} > 1000)`,
    };
  }),
];
