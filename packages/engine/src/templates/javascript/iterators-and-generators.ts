import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import {
  BLANK,
  FRUITS,
  WORDS,
  distinctInts,
  fill,
  lines,
  madeUpWord,
  mut,
  predict,
  strArray,
  swap,
  val,
} from "./helpers";

const T = "iterators-and-generators";

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const iteratorsAndGeneratorsRules: MisconceptionRule[] = [
  {
    id: "js.generator-resume-point",
    feedback:
      "Each `next()` runs the body from where it paused up to the next `yield`, so a line just before a `yield` runs in the same `next()` that returns that value.",
    requires: { all: ["yield", "next"] },
  },
  {
    id: "js.set-insertion-order",
    feedback: "A Set keeps each value once and iterates in the order values were FIRST added, not sorted.",
    requires: { all: ["Set"] },
  },
  {
    id: "js.set-size",
    feedback: "A Set reports how many values it holds in `size`; only arrays have a length property.",
    requires: { all: ["size"] },
  },
  {
    id: "js.iterable-restarts",
    feedback:
      "Each spread or for...of calls `[Symbol.iterator]()` again, so an iterable object starts over every time and reads its properties afresh.",
    requires: { all: ["Symbol.iterator"] },
  },
  {
    id: "js.generator-throw",
    feedback:
      "Calling `throw` on a generator raises the error at the paused `yield`, so the generator's own `catch` can handle it and keep yielding.",
    requires: { all: ["throw", "yield", "catch"] },
  },
  {
    id: "js.map-iterates-entries",
    feedback:
      "Iterating a Map directly yields [key, value] pairs in insertion order, and setting an existing key keeps its original place.",
    requires: { all: ["Map"] },
  },
  {
    id: "js.generator-return-method",
    feedback:
      "Calling `return` on a generator finishes it at once: it hands back the given value with done: true, and every later `next()` is done too.",
    requires: { all: ["return", "next"] },
  },
  {
    id: "js.zip-pulls-extra",
    feedback:
      "Both `next()` calls run before the `done` test, so the longer source is advanced once more than the shorter one has values.",
    requires: { all: ["next", "done"] },
  },
  {
    id: "js.stop-at-shorter",
    feedback: "A zip must stop as soon as EITHER side is done; with `||` it stops at the shorter source.",
    requires: { all: ["||", "done"] },
  },
  {
    id: "js.array-from-callback",
    feedback:
      "`Array.from` calls its mapping function with (value, index), and an object that only has a `length` supplies undefined values.",
    requires: { all: ["Array.from", "length"] },
  },
  {
    id: "js.destructuring-closes",
    feedback:
      "Array destructuring pulls only as many values as its pattern has slots, then closes the iterator, which runs its `finally`.",
    requires: { all: ["finally", "yield"] },
  },
  {
    id: "js.hole-consumes",
    feedback:
      "A hole in a destructuring pattern still takes a value from the iterator; it just doesn't bind it to a name.",
    requires: { all: [", ,"] },
  },
  {
    id: "js.generator-object-one-shot",
    feedback:
      "Calling the `function*` again gives a fresh iterator; spreading the same generator object a second time does not restart it.",
    requires: { all: ["function*"] },
  },
  {
    id: "js.code-after-return",
    feedback: "Nothing after `return` runs in a generator: the `yield` below it is never reached.",
    requires: { all: ["return", "yield"] },
  },
];

export const iteratorsAndGeneratorsTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "countdown-spread", (rng) => {
    const g = rng.pick(["countdown", "descend", "down", "ticks", "remaining"]);
    const v = rng.pick(["values", "seen", "steps", "out"]);
    const n = rng.int(3, 9);
    const done = rng.pick([...WORDS, ...FRUITS]);
    const sep = rng.pick([" ", ",", "-", " > "]);
    const code = lines(
      `function* ${g}(n) {`,
      `  while (n > 0) {`,
      `    yield n--;`,
      `  }`,
      `  return "${done}";`,
      `}`,
      `const ${v} = [...${g}(${n})];`,
      `console.log(${v}.join("${sep}"));`,
    );
    const seq = Array.from({ length: n }, (_, i) => n - i);
    return {
      title: "Spreading a generator",
      code,
      distractors: [
        mut("js.postfix-increment", swap(code, "yield n--", "yield --n")),
        mut("js.off-by-one", swap(code, "n > 0", "n >= 0")),
        val("js.generator-return", [...seq, done].join(sep)),
        mut("js.postfix-increment", swap(swap(code, "yield n--", "yield --n"), "n > 0", "n >= 0")),
      ],
      explanation: `\`yield n--\` yields the current value of \`n\` and only then decrements it (postfix), so the values run from ${n} down to 1; the loop stops once \`n\` reaches 0. The \`return\` value "${done}" arrives with \`done: true\`, which spread ignores.`,
      trap: "yield n--",
    };
  }),

  predict(T, "medium", "lazy-generator-body", (rng) => {
    const g = rng.pick(["steps", "pipeline", "tasks", "stages", "phases"]);
    const it = rng.pick(["it", "gen", "iter", "run"]);
    const [a, b, c] = rng.sample(["open", "read", "parse", "check", "save", "close", "load", "send"], 3);
    const [y1, y2] = [rng.int(1, 50), rng.int(51, 99)];
    const nexts = rng.int(1, 2);
    const code = lines(
      `const log = [];`,
      `function* ${g}() {`,
      `  log.push("${a}");`,
      `  yield ${y1};`,
      `  log.push("${b}");`,
      `  yield ${y2};`,
      `  log.push("${c}");`,
      `}`,
      `const ${it} = ${g}();`,
      `log.push("created");`,
      ...Array.from({ length: nexts }, () => `log.push(${it}.next().value);`),
      `console.log(log.join(" "));`,
    );
    const startEager = [a, "created", y1, ...(nexts === 2 ? [b, y2] : [])];
    const runsToYieldAfter = ["created", a, y1, b, ...(nexts === 2 ? [y2, c] : [])];
    return {
      title: "When does a generator body run?",
      code,
      distractors: [
        mut("js.generator-lazy", swap(code, `log.push("created");`, `${it}.next(); log.push("created");`)),
        val("js.generator-lazy", startEager.join(" ")),
        val("js.generator-lazy", runsToYieldAfter.join(" ")),
        mut(
          "js.generator-resume-point",
          swap(code, `  log.push("${a}");\n  yield ${y1};`, `  yield ${y1};\n  log.push("${a}");`),
        ),
      ],
      explanation: `\`const ${it} = ${g}();\` only creates the generator object; none of its body runs yet, so "created" is logged first. Each \`next()\` then runs the body up to the next \`yield\` and pauses there, so code after the last reached \`yield\` has not run yet.`,
      trap: `const ${it} = ${g}();`,
    };
  }),

  predict(T, "hard", "next-argument-feeds-yield", (rng) => {
    const g = rng.pick(["accumulator", "running", "tally", "summer", "collector"]);
    const t = rng.pick(["total", "acc", "sum", "state"]);
    const op = rng.pick(["+", "*"]);
    const init = op === "+" ? rng.int(0, 10) : rng.int(1, 3);
    const args = Array.from({ length: rng.int(3, 4) }, () => rng.int(2, op === "+" ? 20 : 5));
    const code = lines(
      `function* ${g}() {`,
      `  let ${t} = ${init};`,
      `  while (true) {`,
      `    const x = yield ${t};`,
      `    ${t} = ${t} ${op} x;`,
      `  }`,
      `}`,
      `const it = ${g}();`,
      `const seen = [${args.map((a) => `it.next(${a}).value`).join(", ")}];`,
      `console.log(seen.join(" "));`,
    );
    const f = (acc: number, x: number) => (op === "+" ? acc + x : acc * x);
    // A learner who thinks the first next() argument is used too.
    let acc = f(init, args[0]!);
    const firstCounts = [acc];
    for (const a of args.slice(1)) firstCounts.push((acc = f(acc, a)));
    return {
      title: "Passing values into next()",
      code,
      distractors: [
        val("js.generator-next-arg", firstCounts.join(" ")),
        mut("js.generator-next-arg", swap(code, `const seen = [`, `it.next();\nconst seen = [`)),
        mut("js.generator-next-arg", swap(code, `const x = yield ${t};`, `const x = (yield ${t}, ${t});`)),
        val("js.generator-next-arg", args.map((a) => f(init, a)).join(" ")),
        val("js.generator-next-arg", [init, ...firstCounts.slice(0, -1)].join(" ")),
      ],
      explanation: `In \`const x = yield ${t};\` the \`yield\` expression evaluates to the argument of the NEXT \`next()\` call, the one that resumes it. The first \`next(${args[0]})\` only starts the generator and runs it to the first \`yield\` (yielding ${init}), so its argument is discarded. Each later \`next(v)\` resumes the paused \`yield\`, which evaluates to \`v\`, and the loop yields the updated ${t}.`,
      trap: `const x = yield ${t};`,
    };
  }),

  fill(T, "easy", "keys-values-entries", (rng) => {
    const v = rng.pick(["colors", "fruits", "tags", "names", "days"]);
    const items = rng.sample(FRUITS, rng.int(2, 3));
    const sep = rng.pick([" ", " | ", "; ", " / "]);
    const kinds = [`${v}.keys()`, `${v}.values()`, `${v}.entries()`];
    const answer = rng.pick(kinds);
    return {
      title: "keys(), values() and entries()",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `const ${v} = ${strArray(items)};`,
        `const out = [];`,
        `for (const x of ${BLANK}) {`,
        `  out.push(String(x));`,
        `}`,
        `console.log(out.join("${sep}"));`,
      ),
      answer,
      wrong: [
        ...kinds.filter((k) => k !== answer).map((fragment) => ({ fragment, rule: "js.iterator-kinds" })),
        { fragment: `${v}.slice(1)`, rule: "js.off-by-one" },
        { fragment: `Object.keys(${v}).reverse()`, rule: "js.iterator-kinds" },
      ],
      explanation: `\`${answer}\` is the one iterator that gives this output. Arrays offer three: \`keys()\` yields the indices, \`values()\` the items (the same as iterating the array directly) and \`entries()\` [index, item] pairs, which \`String\` turns into "0,item".`,
      trap: answer,
    };
  }),

  predict(T, "medium", "iterator-used-twice", (rng) => {
    const g = rng.pick(["range", "upTo", "numbers", "stepper", "series"]);
    const it = rng.pick(["it", "seq", "gen", "source", "values"]);
    const n = rng.int(3, 6);
    const step = rng.int(1, 3);
    const start = rng.int(0, 9);
    const end = start + n * step;
    const [label, consume] = rng.pick([
      ["total", `[...${it}].reduce((a, b) => a + b, 0)`],
      ["biggest", `Math.max(...${it})`],
      ["count", `[...${it}].length`],
    ]);
    const code = lines(
      `function* ${g}(from, to, step) {`,
      `  for (let i = from; i < to; i += step) yield i;`,
      `}`,
      `const ${it} = ${g}(${start}, ${end}, ${step});`,
      `const ${label} = ${consume};`,
      `const again = [...${it}];`,
      `console.log(${label}, again.length);`,
    );
    const fresh = `const again = [...${g}(${start}, ${end}, ${step})];`;
    return {
      title: "Iterating a generator twice",
      code,
      distractors: [
        mut("js.iterator-exhausted", swap(code, `const again = [...${it}];`, fresh)),
        mut("js.off-by-one", swap(code, "i < to", "i <= to")),
        mut(
          "js.generator-object-one-shot",
          swap(swap(code, `const again = [...${it}];`, fresh), "i < to", "i <= to"),
        ),
      ],
      explanation: `\`const again = [...${it}];\` spreads the SAME generator object a second time. A generator object is a one-shot iterator: consuming it once takes every value (${start} up to but not including ${end}), so the second spread finds it already finished and gets nothing, and \`again.length\` is 0.`,
      trap: `const again = [...${it}];`,
    };
  }),

  predict(T, "hard", "break-closes-generator", (rng) => {
    const g = rng.pick(["source", "stream", "feed", "reader"]);
    const vals = distinctInts(rng, 4, 10, 99);
    const stop = vals[2]!;
    const word = rng.pick(["cleanup", "closed", "finally", "released"]);
    const code = lines(
      `const log = [];`,
      `function* ${g}() {`,
      `  try {`,
      ...vals.map((v) => `    yield ${v};`),
      `  } finally {`,
      `    log.push("${word}");`,
      `  }`,
      `}`,
      `const it = ${g}();`,
      `for (const v of it) {`,
      `  log.push(v);`,
      `  if (v === ${stop}) break;`,
      `}`,
      `log.push(...it);`,
      `console.log(log.join(" "));`,
    );
    const upto = vals.slice(0, vals.indexOf(stop) + 1);
    const rest = vals.slice(vals.indexOf(stop) + 1);
    return {
      title: "break inside for...of over a generator",
      code,
      distractors: [
        mut(
          "js.break-closes-iterator",
          swap(
            code,
            `for (const v of it) {`,
            `for (const v of { [Symbol.iterator]: () => ({ next: () => it.next() }) }) {`,
          ),
        ),
        mut(
          "js.break-closes-iterator",
          swap(
            code,
            `  } finally {\n    log.push("${word}");\n  }`,
            `  } catch (e) {\n    log.push("${word}");\n  }`,
          ),
        ),
        val("js.break-closes-iterator", [...upto, word, ...rest].join(" ")),
        val("js.break-closes-iterator", [...upto, ...rest].join(" ")),
      ],
      explanation: `\`if (v === ${stop}) break;\` leaves the loop early, and \`break\` makes \`for...of\` call the generator's \`return()\`, which finishes it right there, running its \`finally\` block. The later spread then gets nothing from the closed generator, not the remaining values.`,
      trap: `if (v === ${stop}) break;`,
    };
  }),

  predict(T, "easy", "for-in-versus-for-of", (rng) => {
    const v = rng.pick(["letters", "items", "codes", "marks", "parts"]);
    const items = rng
      .sample([..."abcdefghkmnpqrstuvwxyz"], rng.int(3, 5))
      .map((c) => (rng.bool() ? c : c.toUpperCase()));
    const [a, b] = rng.pick([
      ["keys", "vals"],
      ["a", "b"],
      ["left", "right"],
      ["byIn", "byOf"],
    ]);
    const code = lines(
      `const ${v} = ${strArray(items)};`,
      `let ${a} = "";`,
      `let ${b} = "";`,
      `for (const k in ${v}) ${a} += k;`,
      `for (const x of ${v}) ${b} += x;`,
      `console.log(${a}, ${b}, typeof ${a}[0]);`,
    );
    return {
      title: "for...in versus for...of on an array",
      code,
      distractors: [
        mut(
          "js.for-in-keys",
          swap(
            swap(code, `for (const k in ${v})`, `for (const k of ${v})`),
            `for (const x of ${v})`,
            `for (const x in ${v})`,
          ),
        ),
        mut("js.for-in-keys", swap(code, `for (const k in ${v})`, `for (const k of ${v})`)),
        val("js.for-in-keys", `${items.map((_, i) => i).join("")} ${items.join("")} number`),
        mut("js.off-by-one", swap(code, `${a} += k;`, `${a} += Number(k) + 1;`)),
      ],
      explanation: `\`for (const k in ${v})\` walks the array's keys, and those are the indices as STRINGS ("0", "1", …), so \`${a}\` concatenates digits and \`typeof ${a}[0]\` is "string". \`for...of\` uses the array's iterator and yields the values.`,
      trap: `for (const k in ${v})`,
    };
  }),

  predict(T, "medium", "return-inside-generator", (rng) => {
    const g = rng.pick(["gen", "steps", "series", "seq"]);
    const [a, b, r, z] = distinctInts(rng, 4, 1, 99);
    const it = rng.pick(["it", "iter", "cursor", "walker"]);
    const code = lines(
      `function* ${g}() {`,
      `  yield ${a};`,
      `  yield ${b};`,
      `  return ${r};`,
      `  yield ${z};`,
      `}`,
      `console.log([...${g}()].join(","));`,
      `const ${it} = ${g}();`,
      `const got = [${it}.next(), ${it}.next(), ${it}.next(), ${it}.next()];`,
      `console.log(got.map((s) => \`\${s.value}/\${s.done}\`).join(" "));`,
    );
    return {
      title: "return inside a generator",
      code,
      distractors: [
        mut("js.generator-return", swap(code, `  return ${r};`, `  yield ${r};\n  return;`)),
        mut("js.generator-return", swap(code, `  return ${r};`, `  yield ${r};`)),
        mut("js.code-after-return", swap(code, `  return ${r};\n  yield ${z};`, `  yield ${r};`)),
        val("js.generator-return", `${a},${b}\n${a}/false ${b}/false ${r}/true ${z}/false`),
      ],
      explanation: `\`return ${r};\` ends the generator: \`next()\` delivers ${r} once with \`done: true\` (spread ignores it), the \`yield ${z}\` after it never runs, and every later \`next()\` gives \`undefined\` with \`done: true\`.`,
      trap: `return ${r};`,
    };
  }),

  fill(T, "hard", "lazy-take", (rng) => {
    const g = rng.pick(["naturals", "counter", "ids", "ticker"]);
    const start = rng.int(1, 20);
    const k = rng.int(2, 4);
    const tk = rng.pick(["take", "first", "limit", "head"]);
    const step = rng.int(1, 5);
    const sep = rng.pick([",", " ", " -> ", "|"]);
    return {
      title: "Taking from an infinite generator",
      prompt: "Which condition makes this program print `{{target}}`?",
      code: lines(
        `const produced = [];`,
        `function* ${g}() {`,
        `  let n = ${start};`,
        `  while (true) {`,
        `    produced.push(n);`,
        `    yield n;`,
        `    n += ${step};`,
        `  }`,
        `}`,
        `function* ${tk}(it, k) {`,
        `  for (const x of it) {`,
        `    if (${BLANK}) return;`,
        `    yield x;`,
        `  }`,
        `}`,
        `console.log([...${tk}(${g}(), ${k})].join("${sep}"));`,
        `console.log(produced.length);`,
      ),
      answer: "k-- <= 0",
      wrong: [
        { fragment: "--k <= 0", rule: "js.postfix-increment" },
        { fragment: "k-- < 0", rule: "js.off-by-one" },
        { fragment: "k-- <= 1", rule: "js.off-by-one" },
        { fragment: "k-- === 1", rule: "js.off-by-one" },
      ],
      explanation: `\`k-- <= 0\` compares the OLD value of k (postfix), so exactly ${k} values are yielded. The generators are lazy: \`${g}\` only produces a value when asked, so it produces ${k + 1} values; the last one is pulled by the loop before the check stops it.`,
      trap: "k-- <= 0",
    };
  }),

  predict(T, "medium", "yield-star-delegation", (rng) => {
    const [a, b, r, c] = distinctInts(rng, 4, 1, 99);
    const [inner, outer] = rng.pick([
      ["inner", "outer"],
      ["part", "whole"],
      ["child", "parent"],
      ["sub", "main"],
    ]);
    const got = rng.pick(["got", "result", "ret", "value"]);
    const sep = rng.pick([" ", ",", " | ", "-"]);
    const code = lines(
      `function* ${inner}() {`,
      `  yield ${a};`,
      `  yield ${b};`,
      `  return ${r};`,
      `}`,
      `function* ${outer}() {`,
      `  const ${got} = yield* ${inner}();`,
      `  yield ${got};`,
      `  yield ${c};`,
      `}`,
      `console.log([...${outer}()].join("${sep}"));`,
    );
    return {
      title: "Delegating with yield*",
      code,
      distractors: [
        mut("js.yield-star", swap(code, `yield* ${inner}()`, `yield ${inner}()`)),
        mut("js.generator-return", swap(code, `  yield ${got};`, `  yield ${b};`)),
        mut("js.generator-return", swap(code, `  return ${r};`, `  yield ${r};`)),
        mut("js.generator-return", swap(code, `  yield ${got};\n`, "")),
      ],
      explanation: `In \`const ${got} = yield* ${inner}();\` the \`yield*\` passes each value of \`${inner}()\` straight through, and the whole \`yield*\` expression then evaluates to \`${inner}\`'s RETURN value (${r}), which \`${outer}\` yields next; the return value itself is not among the delegated values.`,
      trap: `const ${got} = yield* ${inner}();`,
    };
  }),

  predict(T, "easy", "spreading-a-set", (rng) => {
    const v = rng.pick(["seen", "unique", "ids", "tags"]);
    const base = distinctInts(rng, 4, 1, 30);
    const extra = rng.sample(base.slice(0, 3), 2);
    const items = [...base.slice(0, 2), extra[0]!, ...base.slice(2), extra[1]!];
    const sep = rng.pick([" ", ",", "-"]);
    const code = lines(
      `const ${v} = new Set([${items.join(", ")}]);`,
      `${v}.add(${base[0]});`,
      `console.log([...${v}].join("${sep}"));`,
      `console.log(${v}.size);`,
    );
    return {
      title: "Spreading a Set built from repeats",
      code,
      distractors: [
        mut("js.set-insertion-order", swap(code, `[...${v}].join`, `[...${v}].sort((a, b) => a - b).join`)),
        mut("js.set-size", swap(code, `${v}.size);`, `${v}.length);`)),
        mut(
          "js.set-insertion-order",
          swap(code, `new Set([${items.join(", ")}])`, `new Set([${[...items].reverse().join(", ")}])`),
        ),
        val("js.set-insertion-order", `${items.join(sep)}\n${items.length}`),
        val("js.set-insertion-order", `${[...base.slice(1), base[0]].join(sep)}\n${base.length}`),
      ],
      explanation: `\`new Set([${items.join(", ")}])\` keeps each value once, at the position where it FIRST appeared; the repeats are simply skipped, and \`add\` of a value that is already there changes nothing (it doesn't move to the end). Spreading the Set iterates in that insertion order (not sorted), and \`size\` counts the ${base.length} distinct values.`,
      trap: `new Set([${items.join(", ")}])`,
    };
  }),

  predict(T, "medium", "iterable-object-restarts", (rng) => {
    const o = rng.pick(["range", "span", "interval", "window"]);
    const from = rng.int(1, 9);
    const to = from + rng.int(2, 4);
    const more = rng.int(1, 3);
    const code = lines(
      `const ${o} = {`,
      `  from: ${from},`,
      `  to: ${to},`,
      `  [Symbol.iterator]() {`,
      `    let cur = this.from;`,
      `    const last = this.to;`,
      `    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }) };`,
      `  },`,
      `};`,
      `console.log([...${o}].join(","), Math.max(...${o}));`,
      `${o}.to += ${more};`,
      `console.log([...${o}].length);`,
    );
    const n = to - from + 1;
    const seq = Array.from({ length: n }, (_, i) => from + i);
    return {
      title: "An iterable object spread three times",
      code,
      distractors: [
        mut("js.off-by-one", swap(code, `cur <= last ?`, `cur < last ?`)),
        mut("js.postfix-increment", swap(code, `value: cur++`, `value: ++cur`)),
        val("js.iterable-restarts", `${seq.join(",")} -Infinity\n0`),
        val("js.iterable-restarts", `${seq.join(",")} ${to}\n${n}`),
      ],
      explanation: `Every spread calls \`[Symbol.iterator]()\` again, which starts a fresh iterator at \`this.from\` and reads \`this.to\` at that moment. So \`Math.max\` sees all ${n} values again (the object is not "used up" like a generator), and after \`${o}.to += ${more}\` the last spread yields ${n + more} values.`,
      trap: "[Symbol.iterator]()",
    };
  }),

  predict(T, "hard", "throw-into-a-generator", (rng) => {
    const g = rng.pick(["worker", "task", "job", "reader"]);
    const [a, b, c] = distinctInts(rng, 3, 1, 99);
    const err = rng.pick(["oops", "stop", "bad", "fail"]);
    const fin = rng.pick(["fin", "done", "closed", "end"]);
    const code = lines(
      `const log = [];`,
      `function* ${g}() {`,
      `  try {`,
      `    yield ${a};`,
      `    yield ${b};`,
      `  } catch (e) {`,
      `    yield "caught " + e;`,
      `  } finally {`,
      `    log.push("${fin}");`,
      `  }`,
      `  yield ${c};`,
      `}`,
      `const it = ${g}();`,
      `it.next();`,
      `const r1 = it.throw("${err}");`,
      `log.push(r1.value);`,
      `const r2 = it.next();`,
      `log.push(r2.value, r2.done);`,
      `console.log(log.join(" | "));`,
    );
    return {
      title: "Throwing into a paused generator",
      code,
      distractors: [
        mut("js.generator-throw", swap(code, `    yield "caught " + e;`, `    return "caught " + e;`)),
        mut(
          "js.finally-runs",
          swap(code, `  } finally {\n    log.push("${fin}");\n  }`, `  }\n  log.push("${fin}");`),
        ),
        val("js.generator-throw", `${b} | ${fin} | ${c} | false`),
        val("js.finally-runs", `caught ${err} | ${c} | false`),
        val("js.generator-throw", `caught ${err} | ${fin} | undefined | true`),
      ],
      explanation: `\`it.throw("${err}")\` raises the error where the generator is paused, at \`yield ${a}\`, so the generator's own \`catch\` handles it and its \`yield\` hands "caught ${err}" back as the result of \`throw()\`. The next \`next()\` resumes there: leaving the catch runs \`finally\` (logging "${fin}") and then reaches \`yield ${c}\`, so the generator is not done.`,
      trap: `it.throw("${err}")`,
    };
  }),

  predict(T, "easy", "iterating-a-map", (rng) => {
    const m = rng.pick(["prices", "stock", "scores", "ages"]);
    const [k1, k2, k3] = rng.sample(FRUITS, 3);
    const [v1, v2, v3, v4] = distinctInts(rng, 4, 1, 99);
    const code = lines(
      `const ${m} = new Map([["${k1}", ${v1}], ["${k2}", ${v2}]]);`,
      `${m}.set("${k3}", ${v3});`,
      `${m}.set("${k1}", ${v4});`,
      `for (const entry of ${m}) console.log(String(entry));`,
    );
    return {
      title: "What for...of gives for a Map",
      code,
      distractors: [
        mut("js.map-iterates-entries", swap(code, `of ${m})`, `of ${m}.keys())`)),
        mut("js.map-iterates-entries", swap(code, `of ${m})`, `of ${m}.values())`)),
        val("js.map-iterates-entries", `${k2},${v2}\n${k3},${v3}\n${k1},${v4}`),
        val("js.map-iterates-entries", `${k1},${v1}\n${k2},${v2}\n${k3},${v3}\n${k1},${v4}`),
      ],
      explanation: `\`for (const entry of ${m})\` iterates the Map's entries: each one is a [key, value] pair, which \`String\` prints as "key,value". They come in insertion order, and \`set("${k1}", ${v4})\` on a key that already exists only replaces the value; "${k1}" keeps its first place.`,
      trap: `for (const entry of ${m})`,
    };
  }),

  predict(T, "medium", "return-method-closes-generator", (rng) => {
    const g = rng.pick(["counter", "ids", "ticker", "serial"]);
    const start = rng.int(0, 9);
    const pulls = rng.int(1, 3);
    const r = rng.int(40, 99);
    const code = lines(
      `function* ${g}() {`,
      `  let i = ${start};`,
      `  while (true) yield i++;`,
      `}`,
      `const it = ${g}();`,
      ...Array.from({ length: pulls }, () => `it.next();`),
      `const closed = it.return(${r});`,
      `const after = it.next();`,
      `console.log(closed.value, closed.done, after.value, after.done);`,
    );
    const nextVal = start + pulls;
    return {
      title: "Calling return() on a running generator",
      code,
      distractors: [
        val("js.generator-return-method", `${r} false ${nextVal} false`),
        val("js.generator-return-method", `${nextVal} false ${nextVal + 1} false`),
        val("js.generator-return-method", `${r} true ${nextVal} false`),
        val("js.generator-return-method", `undefined true undefined true`),
      ],
      explanation: `\`it.return(${r})\` finishes the generator right where it is paused, even inside an endless loop: it comes back as { value: ${r}, done: true }, and the generator never resumes, so the following \`next()\` gives undefined with done: true.`,
      trap: `it.return(${r})`,
    };
  }),

  predict(T, "hard", "zipping-two-generators", (rng) => {
    const [ta, tb] = rng.sample([..."abcdkmpqrsxyz"], 2);
    const na = rng.int(3, 4);
    const nb = rng.int(1, na - 1);
    const op = rng.pick(["*", "+"]);
    const code = lines(
      `const log = [];`,
      `function* nums(tag, n) {`,
      `  for (let i = 1; i <= n; i++) {`,
      `    log.push(tag + i);`,
      `    yield i;`,
      `  }`,
      `}`,
      `function* zip(a, b) {`,
      `  while (true) {`,
      `    const x = a.next();`,
      `    const y = b.next();`,
      `    if (x.done || y.done) return;`,
      `    yield x.value ${op} y.value;`,
      `  }`,
      `}`,
      `const out = [...zip(nums("${ta}", ${na}), nums("${tb}", ${nb}))];`,
      `console.log(out.join(" "));`,
      `console.log(log.join(" "));`,
    );
    const pairs = Array.from({ length: nb }, (_, i) => i + 1);
    const outs = pairs.map((i) => (op === "*" ? i * i : i + i)).join(" ");
    const inter = pairs.map((i) => `${ta}${i} ${tb}${i}`).join(" ");
    return {
      title: "Zipping two generators of different lengths",
      code,
      distractors: [
        val("js.zip-pulls-extra", `${outs}\n${inter}`),
        mut("js.stop-at-shorter", swap(code, `x.done || y.done`, `x.done && y.done`)),
        val(
          "js.generator-lazy",
          `${outs}\n${[...Array.from({ length: na }, (_, i) => `${ta}${i + 1}`), ...pairs.map((i) => `${tb}${i}`)].join(" ")}`,
        ),
        mut(
          "js.zip-pulls-extra",
          swap(
            code,
            `    const x = a.next();\n    const y = b.next();`,
            `    const y = b.next();\n    const x = a.next();`,
          ),
        ),
      ],
      explanation: `Both generators are lazy, so their log entries interleave as \`zip\` pulls them. After ${nb} pair(s), \`const x = a.next();\` runs once more (logging "${ta}${nb + 1}") BEFORE \`b.next()\` reports done, and only then does \`if (x.done || y.done) return;\` stop the zip. So "${ta}" is advanced one step more than the output uses.`,
      trap: "const x = a.next();",
    };
  }),

  predict(T, "easy", "array-from-with-a-mapper", (rng) => {
    const word = madeUpWord(rng, 2);
    const n = rng.int(3, 5);
    const k = rng.int(2, 9);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["chars", "steps"],
      ["tagged", "multiples"],
    ]);
    const code = lines(
      `const ${a} = Array.from("${word}", (c, i) => c + i);`,
      `const ${b} = Array.from({ length: ${n} }, (_, i) => i * ${k});`,
      `console.log(${a}.join(" "));`,
      `console.log(${b}.join(" "));`,
    );
    return {
      title: "Array.from with a mapping function",
      code,
      distractors: [
        mut("js.array-from-callback", swap(code, `(_, i) => i * ${k}`, `(x) => x * ${k}`)),
        mut("js.off-by-one", swap(code, `(c, i) => c + i`, `(c, i) => c + (i + 1)`)),
        val("js.array-from-callback", `${[...word].map((c, i) => c + i).join(" ")}\n`),
        mut("js.array-from-callback", swap(code, `(_, i) => i * ${k}`, `(_, i) => (i + 1) * ${k}`)),
      ],
      explanation: `\`Array.from\` iterates its first argument and passes each (value, index) to the mapper. A string yields its characters; \`{ length: ${n} }\` isn't iterable but is array-like, so \`Array.from({ length: ${n} }, (_, i) => i * ${k})\` makes ${n} slots whose values are undefined and uses only the index: 0 to ${(n - 1) * k}.`,
      trap: `Array.from({ length: ${n} }, (_, i) => i * ${k})`,
    };
  }),

  predict(T, "hard", "destructuring-an-infinite-generator", (rng) => {
    const g = rng.pick(["naturals", "counter", "ids", "ticker"]);
    const start = rng.int(0, 9);
    const [a, b] = rng.pick([
      ["a", "b"],
      ["first", "third"],
      ["head", "next"],
    ]);
    const holes = rng.int(1, 2);
    const pattern = `[${a}, ${", ".repeat(holes)}${b}]`;
    const code = lines(
      `const log = [];`,
      `function* ${g}() {`,
      `  let i = ${start};`,
      `  try {`,
      `    while (true) {`,
      "      log.push(`y${i}`);",
      `      yield i++;`,
      `    }`,
      `  } finally {`,
      `    log.push("closed");`,
      `  }`,
      `}`,
      `const ${pattern} = ${g}();`,
      `console.log(${a}, ${b}, log.join(" "));`,
    );
    const pulled = holes + 2;
    const ys = Array.from({ length: pulled }, (_, i) => `y${start + i}`);
    return {
      title: "Destructuring values from an endless generator",
      code,
      distractors: [
        mut(
          "js.destructuring-closes",
          swap(
            code,
            `const ${pattern} = ${g}();`,
            `const it = ${g}();\nconst ${pattern} = { [Symbol.iterator]: () => ({ next: () => it.next() }) };`,
          ),
        ),
        mut("js.hole-consumes", swap(code, `const ${pattern} =`, `const [${a}, ${b}] =`)),
        val(
          "js.destructuring-closes",
          `${start} ${start + holes + 1} ${[...ys, `y${start + pulled}`, "closed"].join(" ")}`,
        ),
        val("js.hole-consumes", `${start} ${start + 1} ${ys.join(" ")} closed`),
      ],
      explanation: `\`const ${pattern} = ${g}()\` pulls exactly ${pulled} values, one per slot, holes included, even though the generator would go on forever. Then destructuring closes the iterator (it calls \`return()\`), so the paused generator's \`finally\` runs and logs "closed".`,
      trap: `const ${pattern} = ${g}()`,
    };
  }),
];
