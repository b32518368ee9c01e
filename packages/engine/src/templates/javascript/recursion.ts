import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, distinctInts, fill, lines, madeUpWord, mut, predict, swap, val } from "./helpers";

const T = "recursion";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const recursionRules: MisconceptionRule[] = [
  {
    id: "js.recursion-combine-order",
    feedback:
      "What a call adds AFTER its recursive call's result ends up behind everything that call returned, so the first item comes out last.",
    requires: { any: ["function", "=>"] },
  },
  {
    id: "js.default-param-fresh",
    feedback:
      "A default parameter is evaluated anew on every call that omits the argument, so each top-level call starts with its own new array.",
    requires: { all: ["= []"] },
  },
  {
    id: "js.pass-accumulator",
    feedback:
      "The accumulator reaches the base case only because each call passes `acc` on; a call that omits it starts a new empty array.",
    requires: { all: ["acc"] },
  },
  {
    id: "js.max-of-nothing",
    feedback: "`Math.max` with no arguments is -Infinity, so a leaf needs the extra 0 to count as depth 1.",
    requires: { all: ["Math.max"] },
  },
  {
    id: "js.reduce-initial-value",
    feedback:
      "The initial value of `reduce` is where this node's own value enters the sum; the children only add theirs.",
    requires: { all: ["reduce"] },
  },
  {
    id: "js.missing-return",
    feedback:
      "A call that reaches the end of a function without a `return` gives undefined, however much work its last line did.",
    requires: { all: ["return"] },
  },
  {
    id: "js.digits-order",
    feedback:
      "The recursive call handles the higher digits, so its result comes first and this call's own digit (`n % 2`) goes at the end.",
    requires: { all: ["n % 2"] },
  },
  {
    id: "js.string-base-case",
    feedback: "The base case returns a string, so every `+` above it joins digits instead of adding numbers.",
    requires: { all: ["String", "+"] },
  },
  {
    id: "js.keys-ignore-kind",
    feedback:
      'Comparing only `Object.keys` can\'t tell an array from a plain object with the keys "0", "1", …; both pass the same checks.',
    requires: { all: ["Object.keys"] },
  },
  {
    id: "js.empty-product",
    feedback:
      "The base case returns 1, the empty product, so an exponent of 0 gives 1, and each level multiplies in one more factor.",
    requires: { all: ["return 1"] },
  },
  {
    id: "js.edge-is-one-path",
    feedback:
      "Once either coordinate reaches 0 there is exactly ONE way left (straight along the edge), so the base case must return 1 there.",
    requires: { all: ["||"] },
  },
  {
    id: "js.throw-unwinds-finally",
    feedback:
      "A throw at the bottom unwinds every call: the code after each recursive call is skipped, but each call's `finally` still runs, innermost first.",
    requires: { all: ["finally", "throw"] },
  },
  {
    id: "js.base-case-call-counts",
    feedback: "The call that reaches the base case is a call too: it increments `calls` before it returns.",
    requires: { all: ["calls++"] },
  },
  {
    id: "js.fib-two-base-cases",
    feedback:
      "Fibonacci needs exactly fib(0) = 0 and fib(1) = 1 as base cases; any other cut-off returns a wrong value for a small n and shifts everything built on it.",
    requires: { all: ["return n"] },
  },
  {
    id: "js.mutual-base-case",
    feedback:
      "Whichever function reaches 0 answers: `isEven` says true there and `isOdd` says false, and that answer passes up unchanged.",
    requires: { all: ["isEven", "isOdd"] },
  },
];

export const recursionTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "sum-with-base-case", (rng) => {
    const f = rng.pick(["sumTo", "total", "addDown", "series"]);
    const step = rng.pick([1, 1, 2]);
    const label = rng.pick(["sum", "total", "result", "value", "answer", "out"]);
    const n0 = rng.int(3, 12);
    const m = rng.int(2, 9);
    const term = rng.pick(["n", `n * ${m}`, `n + ${m}`]);
    const code = lines(
      `let calls = 0;`,
      `function ${f}(n) {`,
      `  calls++;`,
      `  if (n <= 0) return 0;`,
      `  return ${term} + ${f}(n - ${step});`,
      `}`,
      "console.log(`" + label + " ${" + f + "(" + n0 + ")} after ${calls} calls`);",
    );
    return {
      title: "A recursive sum and its base case",
      code,
      distractors: [
        mut("js.recursion-base-case", swap(code, `if (n <= 0) return 0;`, `if (n <= 1) return 0;`)),
        mut("js.recursion-base-case", swap(code, `if (n <= 0) return 0;`, `if (n <= 0) return 1;`)),
        mut("js.recursion-base-case", swap(code, `if (n <= 0) return 0;`, `if (n < 0) return 0;`)),
        mut("js.base-case-call-counts", swap(code, "${calls} calls", "${calls - 1} calls")),
      ],
      explanation: `\`\${calls}\` is read after \`${f}(${n0})\` has run, because the parts of a template literal are evaluated left to right; by then every call has incremented \`calls\`, including the last one, where \`n <= 0\` returns 0 without recursing. So the count is ${Math.ceil(n0 / step) + 1}, one more than the number of terms added.`,
      trap: "${calls}",
    };
  }),

  fill(T, "easy", "fibonacci-base-case", (rng) => {
    const f = rng.pick(["fib", "fibonacci", "seq", "rabbits"]);
    const ks = rng.sample([3, 4, 5, 6, 7, 8, 9, 10, 11, 12], rng.int(3, 4)).sort((a, b) => a - b);
    const sep = rng.pick([" ", ", ", " | ", " / "]);
    return {
      title: "Choosing the base case",
      prompt: "Which condition makes this program print `{{target}}`?",
      code: lines(
        `function ${f}(n) {`,
        `  if (${BLANK}) return n;`,
        `  return ${f}(n - 1) + ${f}(n - 2);`,
        `}`,
        `console.log([${ks.join(", ")}].map(${f}).join("${sep}"));`,
      ),
      answer: "n < 2",
      wrong: [
        { fragment: "n < 1", rule: "js.recursion-base-case" },
        { fragment: "n <= 2", rule: "js.fib-two-base-cases" },
        { fragment: "n < 4", rule: "js.recursion-base-case" },
        { fragment: "n <= 0", rule: "js.off-by-one" },
      ],
      explanation:
        "Fibonacci needs two base cases, fib(0) = 0 and fib(1) = 1, and `n < 2` is the condition that returns exactly those as `n` itself. The trap is the cut-off: `n < 1` lets `n = 1` recurse into fib(0) + fib(-1), and `n <= 2` returns 2 for fib(2), so either one shifts or distorts the whole sequence.",
      trap: "n < 2",
    };
  }),

  predict(T, "easy", "enter-and-leave-order", (rng) => {
    const f = rng.pick(["walk", "visit", "descend", "dive"]);
    const max = rng.int(2, 4);
    const [inL, outL] = rng.sample([..."abcdefghkmnpqrstuvwxyz"], 2);
    const start = rng.int(1, 3);
    const code = lines(
      `const log = [];`,
      `function ${f}(n) {`,
      `  if (n > ${start + max - 1}) return;`,
      "  log.push(`" + inL + "${n}`);",
      `  ${f}(n + 1);`,
      "  log.push(`" + outL + "${n}`);",
      `}`,
      `${f}(${start});`,
      `console.log(log.join(" "));`,
    );
    const ns = Array.from({ length: max }, (_, i) => start + i);
    return {
      title: "Code before and after a recursive call",
      code,
      distractors: [
        mut(
          "js.recursion-order",
          swap(
            swap(code, "  log.push(`" + outL + "${n}`);\n", ""),
            `  ${f}(n + 1);`,
            "  log.push(`" + outL + "${n}`);\n  " + f + "(n + 1);",
          ),
        ),
        mut(
          "js.recursion-base-case",
          swap(code, `if (n > ${start + max - 1})`, `if (n >= ${start + max - 1})`),
        ),
        val(
          "js.recursion-order",
          [...ns.map((n) => `${inL}${n}`), ...ns.map((n) => `${outL}${n}`)].join(" "),
        ),
        mut("js.recursion-base-case", swap(code, `if (n > ${start + max - 1})`, `if (n > ${start + max})`)),
      ],
      explanation: `The second \`log.push\` comes after \`${f}(n + 1);\`, so it waits until that call, and every call below it, has returned. The "${inL}" entries are pushed on the way down (${start} to ${start + max - 1}); the "${outL}" entries are pushed only while the calls unwind, innermost first, so they come out in reverse order.`,
      trap: `${f}(n + 1);`,
    };
  }),

  predict(T, "medium", "naive-fibonacci-calls", (rng) => {
    const f = rng.pick(["fib", "fibonacci", "seq"]);
    const k = rng.int(4, 10);
    const c = rng.pick(["calls", "count", "work", "steps"]);
    const label = rng.pick(["fib", "result", "value", "answer", "n"]);
    const j = rng.int(2, k - 1);
    const unit = rng.pick(["calls", "call(s)", "invocations"]);
    const code = lines(
      `let ${c} = 0;`,
      `function ${f}(n) {`,
      `  ${c}++;`,
      `  if (n < 2) return n;`,
      `  return ${f}(n - 1) + ${f}(n - 2);`,
      `}`,
      `${f}(${j});`,
      "console.log(`" + label + "=${" + f + "(" + k + ")} ${" + c + "} " + unit + "`);",
    );
    const memo = lines(
      `let ${c} = 0;`,
      `const cache = new Map();`,
      `function ${f}(n) {`,
      `  if (cache.has(n)) return cache.get(n);`,
      `  ${c}++;`,
      `  const result = n < 2 ? n : ${f}(n - 1) + ${f}(n - 2);`,
      `  cache.set(n, result);`,
      `  return result;`,
      `}`,
      `${f}(${j});`,
      "console.log(`" + label + "=${" + f + "(" + k + ")} ${" + c + "} " + unit + "`);",
    );
    return {
      title: "How many calls does naive Fibonacci make?",
      code,
      distractors: [
        mut("js.recursion-repeats", memo),
        mut("js.recursion-base-case", swap(code, `if (n < 2) return n;`, `if (n <= 2) return n;`)),
        mut(
          "js.recursion-repeats",
          swap(code, `  ${c}++;\n  if (n < 2) return n;`, `  if (n < 2) return n;\n  ${c}++;`),
        ),
        mut("js.off-by-one", swap(code, `${f}(${k})}`, `${f}(${k + 1})}`)),
      ],
      explanation: `\`${c}\` is never reset, so the earlier \`${f}(${j});\` already leaves ${2 * fibOf(j + 1) - 1} calls on the counter before \`${f}(${k})\` adds its own ${2 * fibOf(k + 1) - 1}. Each of those counts includes every call that hits the base case, and the naive version recomputes the same values again and again, so the total is ${2 * fibOf(j + 1) - 1 + 2 * fibOf(k + 1) - 1}.`,
      trap: `${f}(${j});`,
    };
  }),

  predict(T, "medium", "flatten-to-depth", (rng) => {
    const f = rng.pick(["flatten", "flat", "unnest", "spreadOut"]);
    const [a, b, c, d, e] = Array.from({ length: 5 }, () => rng.int(1, 99));
    const depth = rng.int(1, 2);
    const input = `[${a}, [${b}, [${c}, [${d}]]], ${e}]`;
    const code = lines(
      `function ${f}(items, depth) {`,
      `  const out = [];`,
      `  for (const x of items) {`,
      `    if (Array.isArray(x) && depth > 0) out.push(...${f}(x, depth - 1));`,
      `    else out.push(x);`,
      `  }`,
      `  return out;`,
      `}`,
      `console.log(JSON.stringify(${f}(${input}, ${depth})));`,
    );
    return {
      title: "Flattening to a given depth",
      code,
      distractors: [
        mut("js.off-by-one", swap(code, "depth > 0", "depth >= 0")),
        mut("js.return-value", swap(code, `out.push(...${f}(x, depth - 1))`, `out.push(${f}(x, depth - 1))`)),
        mut("js.recursion-base-case", swap(code, `${f}(x, depth - 1)`, `${f}(x, depth)`)),
        mut("js.off-by-one", swap(code, "depth > 0", "depth > 1")),
      ],
      explanation: `The test \`depth > 0\` decides whether a nested array is opened. Each recursive call handles one level of nesting and passes \`depth - 1\`, so once \`depth\` reaches 0 the test fails and deeper arrays are pushed as they are: exactly ${depth} level(s) of brackets are removed.`,
      trap: "depth > 0",
    };
  }),

  predict(T, "medium", "backtracking-paths", (rng) => {
    const f = rng.pick(["paths", "choices", "routes", "combos"]);
    const [l, r] = rng.sample([..."ABCDEFGHJKLMNPRSTUVWXYZ"], 2);
    const n = rng.int(2, 3);
    const sep = rng.pick([" ", ",", " | "]);
    const code = lines(
      `function ${f}(n, path = [], out = []) {`,
      `  if (n === 0) {`,
      `    out.push(path.join(""));`,
      `    return out;`,
      `  }`,
      `  path.push("${l}");`,
      `  ${f}(n - 1, path, out);`,
      `  path.pop();`,
      `  path.push("${r}");`,
      `  ${f}(n - 1, path, out);`,
      `  path.pop();`,
      `  return out;`,
      `}`,
      `const all = ${f}(${n});`,
      `console.log(all.length, all.slice(0, 4).join("${sep}"));`,
    );
    return {
      title: "Backtracking with a shared path",
      code,
      distractors: [
        mut("js.alias-as-copy", code.split("  path.pop();\n").join("")),
        mut("js.recursion-base-case", swap(code, "if (n === 0) {", "if (n === 1) {")),
        mut(
          "js.recursion-order",
          swap(
            swap(code, `  path.push("${l}");`, `  path.push("#");`),
            `  path.push("${r}");`,
            `  path.push("${l}");`,
          ).replace(`path.push("#")`, `path.push("${r}")`),
        ),
        mut(
          "js.alias-as-copy",
          code
            .split("  path.pop();\n")
            .join("")
            .replace(`  path.push("${r}");`, `  path.pop();\n  path.push("${r}");`),
        ),
      ],
      explanation: `All calls share ONE \`path\` array, so \`path.pop();\` is what keeps it correct: each branch pushes its choice, recurses, and pops it again so the next branch starts clean. Without the pops, earlier choices would pile up. Results are recorded as strings at depth 0, ${l}-branches before ${r}-branches, ${2 ** n} in all.`,
      trap: "path.pop();",
    };
  }),

  predict(T, "hard", "mutual-recursion-trace", (rng) => {
    const n = rng.int(3, 12);
    const [E, O] = rng.sample([..."ABCDEFGHJKLMNPRSTUVWXYZ"], 2);
    const start = rng.pick(["isEven", "isOdd"]);
    const code = lines(
      `const trace = [];`,
      `function isEven(n) {`,
      `  trace.push("${E}" + n);`,
      `  return n === 0 ? true : isOdd(n - 1);`,
      `}`,
      `function isOdd(n) {`,
      `  trace.push("${O}" + n);`,
      `  return n === 0 ? false : isEven(n - 1);`,
      `}`,
      `const answer = ${start}(${n});`,
      `console.log(answer, trace.length, trace.slice(-3).join(" "));`,
    );
    return {
      title: "Mutual recursion",
      code,
      distractors: [
        mut("js.mutual-base-case", swap(code, "n === 0 ? false", "n === 0 ? true")),
        mut(
          "js.recursion-order",
          swap(
            swap(
              code,
              `  trace.push("${E}" + n);\n  return n === 0 ? true : isOdd(n - 1);`,
              `  const r = n === 0 ? true : isOdd(n - 1);\n  trace.push("${E}" + n);\n  return r;`,
            ),
            `  trace.push("${O}" + n);\n  return n === 0 ? false : isEven(n - 1);`,
            `  const r = n === 0 ? false : isEven(n - 1);\n  trace.push("${O}" + n);\n  return r;`,
          ),
        ),
        mut(
          "js.off-by-one",
          swap(code, `const answer = ${start}(${n});`, `const answer = ${start}(${n - 1});`),
        ),
        mut("js.recursion-base-case", swap(code, "n === 0 ? true", "n === 0 ? false")),
      ],
      explanation: `\`return n === 0 ? true : isOdd(n - 1);\` hands the question to the other function with \`n - 1\`, so \`isEven\` and \`isOdd\` alternate, one call per value from ${n} down to 0 (${n + 1} trace entries). Whichever function sees 0 decides the answer with its base case, and that answer passes unchanged back up the chain of calls.`,
      trap: "return n === 0 ? true : isOdd(n - 1);",
    };
  }),

  predict(T, "hard", "memoize-recursive-function", (rng) => {
    const k = rng.int(6, 20);
    const k2 = k + rng.int(1, 3);
    const c = rng.pick(["calls", "work", "evals", "computed", "misses"]);
    const f = rng.pick(["fib", "steps", "ways", "seq", "count"]);
    const w = rng.int(2, 5);
    const code = lines(
      `function memo(fn) {`,
      `  const cache = new Map();`,
      `  return (n) => {`,
      `    if (!cache.has(n)) cache.set(n, fn(n));`,
      `    return cache.get(n);`,
      `  };`,
      `}`,
      `let ${c} = 0;`,
      `const ${f} = memo((n) => {`,
      `  ${c}++;`,
      `  return n < 2 ? n : ${f}(n - 1) + ${f}(n - 2);`,
      `});`,
      `${f}(${w});`,
      `console.log(${f}(${k}), ${c});`,
      `console.log(${f}(${k2}), ${c});`,
    );
    const rawRec = lines(
      `function memo(fn) {`,
      `  const cache = new Map();`,
      `  return (n) => {`,
      `    if (!cache.has(n)) cache.set(n, fn(n));`,
      `    return cache.get(n);`,
      `  };`,
      `}`,
      `let ${c} = 0;`,
      `const raw = (n) => {`,
      `  ${c}++;`,
      `  return n < 2 ? n : raw(n - 1) + raw(n - 2);`,
      `};`,
      `const ${f} = memo(raw);`,
      `${f}(${w});`,
      `console.log(${f}(${k}), ${c});`,
      `console.log(${f}(${k2}), ${c});`,
    );
    return {
      title: "Memoizing a recursive function",
      code,
      distractors: [
        mut("js.recursion-repeats", rawRec),
        mut(
          "js.recursion-base-case",
          swap(
            code,
            `  ${c}++;\n  return n < 2 ? n : ${f}(n - 1) + ${f}(n - 2);`,
            `  if (n < 2) return n;\n  ${c}++;\n  return ${f}(n - 1) + ${f}(n - 2);`,
          ),
        ),
        mut(
          "js.closure-shared-state",
          swap(
            code,
            `    if (!cache.has(n)) cache.set(n, fn(n));\n    return cache.get(n);`,
            `    return fn(n);`,
          ),
        ),
        val("js.recursion-repeats", `${fibOf(k)} ${k + 1}\n${fibOf(k2)} ${2 * k + 2 + (k2 - k)}`),
      ],
      explanation: `The recursive calls in \`${f}(n - 1) + ${f}(n - 2)\` go through the memoized \`${f}\`, not the raw function, so each \`n\` is computed only once. The warm-up \`${f}(${w})\` computes 0 to ${w}; \`${f}(${k})\` adds the rest up to ${k} (${k + 1} calls in all). The later call, ${f}(${k2}), only evaluates the ${k2 - k} new value(s) because everything up to ${k} is already cached.`,
      trap: `${f}(n - 1) + ${f}(n - 2)`,
    };
  }),

  predict(T, "hard", "recursive-generator", (rng) => {
    const g = rng.pick(["walk", "leaves", "visit", "items"]);
    const nums = Array.from({ length: 6 }, () => rng.int(1, 99));
    const tree = `[${nums[0]}, [${nums[1]}, [${nums[2]}, ${nums[3]}]], [${nums[4]}], ${nums[5]}]`;
    const code = lines(
      `function* ${g}(tree, depth = 0) {`,
      `  if (Array.isArray(tree)) {`,
      `    for (const t of tree) yield* ${g}(t, depth + 1);`,
      `  } else {`,
      "    yield `${tree}@${depth}`;",
      `  }`,
      `}`,
      `const found = [...${g}(${tree})];`,
      `console.log(found.slice(0, 4).join(" "));`,
      `console.log(found.length);`,
    );
    return {
      title: "A recursive generator",
      code,
      distractors: [
        mut("js.yield-star", swap(code, `yield* ${g}(t, depth + 1)`, `yield ${g}(t, depth + 1)`)),
        mut("js.off-by-one", swap(code, `yield* ${g}(t, depth + 1)`, `yield* ${g}(t, depth)`)),
        mut(
          "js.recursion-order",
          swap(code, "for (const t of tree)", "for (const t of [...tree].reverse())"),
        ),
        mut(
          "js.off-by-one",
          swap(code, "function* " + g + "(tree, depth = 0)", "function* " + g + "(tree, depth = 1)"),
        ),
      ],
      explanation: `\`yield* ${g}(t, depth + 1)\` hands every value of the inner generator through to the caller (a plain \`yield\` would hand over the generator object itself), so leaves come out depth-first, left to right. The depth is 1 for top-level items because the outer array itself is depth 0.`,
      trap: `yield* ${g}(t, depth + 1)`,
    };
  }),

  predict(T, "easy", "recursive-string-reverse", (rng) => {
    const f = rng.pick(["rev", "reverse", "backwards", "flip"]);
    const word = madeUpWord(rng, 2) + rng.pick(["", "x", "r", "n"]);
    const code = lines(
      `function ${f}(s) {`,
      `  if (s === "") return "";`,
      `  return ${f}(s.slice(1)) + s[0];`,
      `}`,
      `console.log(${f}("${word}"));`,
    );
    return {
      title: "Reversing a string recursively",
      code,
      distractors: [
        mut("js.recursion-combine-order", swap(code, `${f}(s.slice(1)) + s[0]`, `s[0] + ${f}(s.slice(1))`)),
        mut("js.off-by-one", swap(code, `s.slice(1)`, `s.slice(2)`)),
        mut(
          "js.recursion-base-case",
          swap(code, `if (s === "") return "";`, `if (s.length <= 1) return "";`),
        ),
        mut("js.recursion-combine-order", swap(code, `+ s[0]`, `+ s[s.length - 1]`)),
      ],
      explanation: `\`${f}(s.slice(1)) + s[0]\` reverses the REST of the string first and only then appends the first character, so "${word[0]}" ends up last; each call does the same with what is left, down to the empty string. The result is "${[...word].reverse().join("")}".`,
      trap: `${f}(s.slice(1)) + s[0]`,
    };
  }),

  predict(T, "medium", "accumulator-default-parameter", (rng) => {
    const f = rng.pick(["collect", "gather", "countDown", "listDown"]);
    const n1 = rng.int(3, 5);
    const n2 = rng.int(1, n1 - 1);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["first", "second"],
      ["big", "small"],
      ["one", "two"],
    ]);
    const code = lines(
      `function ${f}(n, acc = []) {`,
      `  if (n === 0) return acc;`,
      `  acc.push(n);`,
      `  return ${f}(n - 1, acc);`,
      `}`,
      `const ${a} = ${f}(${n1});`,
      `const ${b} = ${f}(${n2});`,
      `console.log(${a}.join(","), ${b}.join(","), ${a} === ${b});`,
    );
    const down = (n: number) => Array.from({ length: n }, (_, i) => n - i);
    const shared = [...down(n1), ...down(n2)].join(",");
    return {
      title: "An accumulator with a default value",
      code,
      distractors: [
        mut(
          "js.default-param-fresh",
          swap(code, `function ${f}(n, acc = []) {`, `const shared = [];\nfunction ${f}(n, acc = shared) {`),
        ),
        mut("js.pass-accumulator", swap(code, `return ${f}(n - 1, acc);`, `return ${f}(n - 1);`)),
        mut("js.array-ends", swap(code, `acc.push(n);`, `acc.unshift(n);`)),
        val("js.default-param-fresh", `${shared} ${shared} true`),
      ],
      explanation: `\`acc = []\` is evaluated on EVERY call that leaves \`acc\` out, so \`${f}(${n1})\` and \`${f}(${n2})\` each start with a new array (unlike Python's shared default). Within one top-level call the same array is passed down, so it collects ${n1} down to 1; the two results are different arrays.`,
      trap: "acc = []",
    };
  }),

  predict(T, "hard", "tree-depth-and-sum", (rng) => {
    const v = () => rng.int(1, 20);
    const shape = rng.int(0, 2);
    const leaf = () => `{ v: ${v()}, kids: [] }`;
    const tree =
      shape === 0
        ? `{ v: ${v()}, kids: [${leaf()}, { v: ${v()}, kids: [${leaf()}] }] }`
        : shape === 1
          ? `{ v: ${v()}, kids: [{ v: ${v()}, kids: [{ v: ${v()}, kids: [${leaf()}] }] }, ${leaf()}] }`
          : `{ v: ${v()}, kids: [${leaf()}, ${leaf()}, ${leaf()}] }`;
    const [d, s] = rng.pick([
      ["depth", "sum"],
      ["height", "total"],
      ["levels", "weight"],
    ]);
    const code = lines(
      `const tree = ${tree};`,
      `function ${d}(t) {`,
      `  return 1 + Math.max(0, ...t.kids.map(${d}));`,
      `}`,
      `function ${s}(t) {`,
      `  return t.kids.reduce((acc, k) => acc + ${s}(k), t.v);`,
      `}`,
      `console.log(${d}(tree), ${s}(tree));`,
    );
    return {
      title: "Depth and sum of a tree",
      code,
      distractors: [
        mut(
          "js.max-of-nothing",
          swap(code, `Math.max(0, ...t.kids.map(${d}))`, `Math.max(...t.kids.map(${d}))`),
        ),
        mut("js.recursion-base-case", swap(code, `return 1 + Math.max(0,`, `return Math.max(0,`)),
        mut("js.reduce-initial-value", swap(code, `acc + ${s}(k), t.v)`, `acc + ${s}(k), 0)`)),
        mut("js.reduce-initial-value", swap(code, `acc + ${s}(k), t.v)`, `acc + k.v, t.v)`)),
      ],
      explanation: `In \`Math.max(0, ...t.kids.map(${d}))\` the 0 is what makes a leaf work: a leaf has no children, so without it \`Math.max\` would get no arguments and return -Infinity. With it, a leaf has depth 1 and each level adds 1. The sum starts each node's \`reduce\` at its own \`t.v\` and adds every child's whole subtree.`,
      trap: `Math.max(0, ...t.kids.map(${d}))`,
    };
  }),

  predict(T, "easy", "recursive-case-without-return", (rng) => {
    const [f, op, base] = rng.pick([
      ["fact", "*", 1],
      ["product", "*", 1],
      ["sumTo", "+", 0],
      ["total", "+", 0],
    ] as const);
    const n = rng.int(3, 6);
    const code = lines(
      `function ${f}(n) {`,
      `  if (n <= 1) return ${base === 1 ? 1 : "n"};`,
      `  n ${op} ${f}(n - 1);`,
      `}`,
      `console.log(${f}(${n}), ${f}(1));`,
    );
    const full =
      op === "*" ? Array.from({ length: n }, (_, i) => i + 1).reduce((a, b) => a * b, 1) : (n * (n + 1)) / 2;
    return {
      title: "A recursive case that forgets to return",
      code,
      distractors: [
        mut("js.missing-return", swap(code, `  n ${op} ${f}(n - 1);`, `  return n ${op} ${f}(n - 1);`)),
        val("js.missing-return", `NaN 1`),
        mut(
          "js.recursion-base-case",
          swap(code, `if (n <= 1) return ${base === 1 ? 1 : "n"};`, `if (n <= 1) return;`),
        ),
        val("js.missing-return", `${full} undefined`),
      ],
      explanation: `\`n ${op} ${f}(n - 1);\` computes a value and throws it away: there is no \`return\` in front of it, so every call with n > 1 ends without returning and gives undefined. Only \`${f}(1)\` reaches the base case's \`return\`, so it prints 1.`,
      trap: `n ${op} ${f}(n - 1);`,
    };
  }),

  predict(T, "medium", "binary-digits-recursively", (rng) => {
    const f = rng.pick(["bin", "toBinary", "bits", "base2"]);
    const n = rng.int(5, 60);
    const code = lines(
      `function ${f}(n) {`,
      `  if (n < 2) return String(n);`,
      `  return ${f}(Math.floor(n / 2)) + (n % 2);`,
      `}`,
      `const s = ${f}(${n});`,
      `console.log(s, s.length);`,
    );
    return {
      title: "Building binary digits recursively",
      code,
      distractors: [
        mut(
          "js.digits-order",
          swap(code, `${f}(Math.floor(n / 2)) + (n % 2)`, `(n % 2) + ${f}(Math.floor(n / 2))`),
        ),
        mut(
          "js.recursion-base-case",
          swap(code, `if (n < 2) return String(n);`, `if (n < 1) return String(n);`),
        ),
        mut("js.integer-division", swap(code, `${f}(Math.floor(n / 2))`, `${f}(Math.round(n / 2))`)),
        mut("js.string-base-case", swap(code, `if (n < 2) return String(n);`, `if (n < 2) return n;`)),
        val("js.digits-order", `${[...n.toString(2)].reverse().join("")} ${n.toString(2).length}`),
      ],
      explanation: `\`${f}(Math.floor(n / 2)) + (n % 2)\` puts the recursive result FIRST: the call on \`Math.floor(n / 2)\` produces the higher bits, and this call's own remainder, the lowest bit, is appended at the end. The base case returns a string, so \`+\` concatenates all the way up, giving ${n.toString(2)} for ${n}.`,
      trap: `${f}(Math.floor(n / 2)) + (n % 2)`,
    };
  }),

  predict(T, "hard", "recursive-deep-equality", (rng) => {
    const f = rng.pick(["same", "deepEqual", "alike", "equalish"]);
    const [a, b, c] = distinctInts(rng, 3, 1, 60);
    const k = rng.pick(["x", "items", "list", "data"]);
    const code = lines(
      `function ${f}(a, b) {`,
      `  if (a === b) return true;`,
      `  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;`,
      `  const ka = Object.keys(a);`,
      `  if (ka.length !== Object.keys(b).length) return false;`,
      `  return ka.every((key) => ${f}(a[key], b[key]));`,
      `}`,
      `console.log(${f}({ ${k}: [${a}, ${b}] }, { ${k}: [${a}, ${b}] }));`,
      `console.log(${f}([${a}, [${c}]], { 0: ${a}, 1: [${c}] }));`,
      `console.log(${f}(NaN, NaN), ${f}([], {}));`,
    );
    return {
      title: "A recursive deep-equality check",
      code,
      distractors: [
        mut(
          "js.nan-equality",
          swap(code, `  if (a === b) return true;`, `  if (Object.is(a, b)) return true;`),
        ),
        mut(
          "js.keys-ignore-kind",
          swap(
            code,
            `  if (ka.length !== Object.keys(b).length) return false;`,
            `  if (ka.length !== Object.keys(b).length || Array.isArray(a) !== Array.isArray(b)) return false;`,
          ),
        ),
        val("js.reference-equality", `false\ntrue\nfalse true`),
        val("js.keys-ignore-kind", `true\nfalse\nfalse false`),
      ],
      explanation: `The function only compares \`Object.keys\` and values, recursing into each key. So equal nested arrays count as equal, but so does an array and a plain object with the keys "0" and "1" (and \`[]\` with \`{}\`): \`const ka = Object.keys(a);\` can't see the difference between the two kinds of object. NaN fails because \`a === b\` is false for NaN and a number is not an object.`,
      trap: "const ka = Object.keys(a);",
    };
  }),

  predict(T, "easy", "power-with-exponent-zero", (rng) => {
    const f = rng.pick(["pow", "power", "raise", "exp"]);
    const b = rng.int(2, 5);
    const e = rng.int(2, 5);
    const z = rng.int(3, 9);
    const code = lines(
      `function ${f}(b, e) {`,
      `  if (e === 0) return 1;`,
      `  return b * ${f}(b, e - 1);`,
      `}`,
      `console.log(${f}(${b}, ${e}), ${f}(${z}, 0));`,
    );
    return {
      title: "A recursive power and an exponent of 0",
      code,
      distractors: [
        mut("js.empty-product", swap(code, `if (e === 0) return 1;`, `if (e === 0) return 0;`)),
        mut("js.recursion-base-case", swap(code, `if (e === 0) return 1;`, `if (e === 0) return b;`)),
        val("js.empty-product", `${b ** e} 0`),
        val("js.empty-product", `${b * e} 1`),
      ],
      explanation: `\`if (e === 0) return 1;\` is the base case: b to the power 0 is 1, the empty product, so \`${f}(${z}, 0)\` returns 1 without recursing. Each other call multiplies one more \`b\` into that 1, so \`${f}(${b}, ${e})\` is ${b} multiplied ${e} times: ${b ** e}.`,
      trap: "if (e === 0) return 1;",
    };
  }),

  predict(T, "medium", "counting-grid-paths", (rng) => {
    const f = rng.pick(["paths", "routes", "ways", "walks"]);
    const r1 = rng.int(2, 3);
    const c1 = rng.int(2, 3);
    const r2 = rng.int(1, 4);
    const code = lines(
      `function ${f}(r, c) {`,
      `  if (r === 0 || c === 0) return 1;`,
      `  return ${f}(r - 1, c) + ${f}(r, c - 1);`,
      `}`,
      `console.log(${f}(${r1}, ${c1}), ${f}(${r2}, 1));`,
    );
    const choose = (r: number, c: number) => {
      let x = 1;
      for (let i = 1; i <= c; i++) x = (x * (r + i)) / i;
      return Math.round(x);
    };
    return {
      title: "Counting paths through a grid",
      code,
      distractors: [
        mut(
          "js.edge-is-one-path",
          swap(code, `if (r === 0 || c === 0) return 1;`, `if (r === 0 || c === 0) return 0;`),
        ),
        mut(
          "js.recursion-base-case",
          swap(code, `if (r === 0 || c === 0) return 1;`, `if (r === 1 || c === 1) return 1;`),
        ),
        val("js.edge-is-one-path", `${r1 * c1} ${r2}`),
        val("js.edge-is-one-path", `${choose(r1, c1)} 1`),
      ],
      explanation: `\`if (r === 0 || c === 0) return 1;\` says that on an edge there is exactly one way left, straight along it. Every other cell adds the ways from the cell above and the cell to the left, so the counts build up like Pascal's triangle: ${choose(r1, c1)} for ${r1} × ${c1}, and ${r2 + 1} for a strip ${r2} × 1.`,
      trap: "if (r === 0 || c === 0) return 1;",
    };
  }),

  predict(T, "hard", "throw-through-recursive-calls", (rng) => {
    const f = rng.pick(["down", "descend", "dig", "dive"]);
    const n = rng.int(2, 4);
    const [a, fin] = rng.pick([
      ["after", "fin"],
      ["back", "done"],
      ["up", "end"],
    ]);
    const code = lines(
      `const log = [];`,
      `function ${f}(n) {`,
      `  try {`,
      `    if (n === 0) throw new Error("bottom");`,
      `    ${f}(n - 1);`,
      "    log.push(`" + a + "${n}`);",
      `  } finally {`,
      "    log.push(`" + fin + "${n}`);",
      `  }`,
      `}`,
      `try {`,
      `  ${f}(${n});`,
      `} catch (e) {`,
      `  log.push(e.name);`,
      `}`,
      `console.log(log.join(" "));`,
    );
    const ns = Array.from({ length: n + 1 }, (_, i) => i);
    return {
      title: "An error thrown at the bottom of a recursion",
      code,
      distractors: [
        val(
          "js.throw-unwinds-finally",
          [`${fin}0`, ...ns.slice(1).flatMap((i) => [`${a}${i}`, `${fin}${i}`]), "Error"].join(" "),
        ),
        val("js.recursion-order", [...ns.map((i) => `${fin}${i}`).reverse(), "Error"].join(" ")),
        mut("js.finally-runs", swap(code, `  } finally {`, `  } catch (e) {`)),
        mut(
          "js.throw-unwinds-finally",
          swap(code, `if (n === 0) throw new Error("bottom");`, `if (n === 0) return;`),
        ),
      ],
      explanation: `The throw at n = 0 unwinds every pending call: in each one, the line after \`${f}(n - 1);\` is skipped, so no "${a}" entry is ever logged, but each call's \`finally\` still runs as the error passes through it, innermost first (${fin}0 up to ${fin}${n}). Only then does the outer \`catch\` see the Error.`,
      trap: `${f}(n - 1);`,
    };
  }),
];

function fibOf(n: number): number {
  let [a, b] = [0, 1];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}
