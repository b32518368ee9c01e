import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, FRUITS, PEOPLE, PREDICT, distinctInts, fillPrompt, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "iterators-and-generators" } as const;

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const iteratorsAndGeneratorsRules: MisconceptionRule[] = [
  {
    id: "ts.destructuring-closes",
    feedback:
      "Array destructuring takes only as many values as it has names and then closes the generator (it calls its return method), so the next `it.next()` finds it finished.",
    requires: { all: ["yield", "it.next()"] },
  },
  {
    id: "ts.next-stops-at-yield",
    feedback:
      "`g.next()` runs the body only up to the next `yield` and pauses there; the lines after it run only if something asks for another value.",
    requires: { all: ["g.next()", "yield"] },
  },
  {
    id: "ts.map-set-keeps-position",
    feedback:
      "`set` on a key the Map already has only replaces its value; the key keeps its original place in the iteration order.",
    requires: { all: [".set(", "new Map"] },
  },
  {
    id: "ts.map-key-once",
    feedback: "A Map holds each key once: `set` on an existing key adds no entry, so `size` does not grow.",
    requires: { all: [".set(", "size"] },
  },
  {
    id: "ts.entries-index-first",
    feedback: "`xs.entries()` yields pairs with the index first and the item second, so `i` is the number.",
    requires: { all: ["xs.entries()"] },
  },
  {
    id: "ts.entries-index-number",
    feedback:
      "`xs.entries()` gives the index as a number, so `i + 1` adds; only Object.entries would give string keys.",
    requires: { all: ["xs.entries()", "i + 1"] },
  },
  {
    id: "ts.entries-start-zero",
    feedback: "`xs.entries()` numbers the first item 0, so `i + 1` labels it 1.",
    requires: { all: ["xs.entries()", "i + 1"] },
  },
  {
    id: "ts.pipeline-pulls-one",
    feedback:
      "Each loop step pulls one value through both generators, so the log alternates between the stages and stops at the `break`; the source is not run to the end first.",
    requires: { all: ["break", "yield"] },
  },
  {
    id: "ts.return-reaches-next",
    feedback:
      "A generator's `return` value does reach `next`: the call that finishes the generator gets it as its value, with done: true; only the calls after that give undefined.",
    requires: { all: ["return", "yield", ".next("] },
  },
  {
    id: "ts.iterable-fresh-iterator",
    feedback:
      "Each spread of an object with a `[Symbol.iterator]` method calls that method again and gets a fresh generator; only an iterator already taken from it, like `it`, gets used up.",
    requires: { all: ["*[Symbol.iterator]", "const it ="] },
  },
  {
    id: "ts.generator-reads-later",
    feedback:
      "A generator's body first runs when it is iterated, so its loop reads the array as it is by then: items pushed after the generator was created are included.",
    requires: { all: ["yield", ".push("] },
  },
  {
    id: "ts.throw-resumes-at-yield",
    feedback:
      "`throw` on a generator raises the error at the paused `yield`, inside the generator, so its own `catch` handles it, and the value that catch yields is what the `throw` call returns.",
    requires: { all: [".throw(", "yield", "catch"] },
  },
  {
    id: "ts.error-message-text",
    feedback: "`message` is only the text passed to `new Error`; the error's name is not part of it.",
    requires: { all: [".message", "new Error("] },
  },
  {
    id: "ts.return-closes-source",
    feedback:
      "Returning from inside a for...of loop closes the iterator it is looping over, so once the first `take` ends, `nums` is finished and yields nothing more.",
    requires: { all: ["for", "of", "return;", "yield", "nums"] },
  },
  {
    id: "ts.take-pulls-extra",
    feedback:
      "`take` only notices it has enough after pulling the next value: the loop asks `source` for one more item before `return` ends it.",
    requires: { all: ["i++ >= count", "source"] },
  },
  {
    id: "ts.array-iterator-no-return",
    feedback:
      "An array's iterator has no return method, so `break` cannot close it: the same iterator goes on later from where the loop stopped.",
    requires: { all: [".values()", "break"] },
  },
  {
    id: "ts.break-closes-generator",
    feedback:
      "Leaving a for...of loop over a generator with `break` calls the generator's return method, so it is finished and a later spread gets nothing.",
    requires: { all: ["yield", "break", "for", "of"] },
  },
  {
    id: "ts.return-runs-finally",
    feedback:
      "Calling `return` on the generator resumes it at the paused `yield` as if that line were a return statement, so the `finally` block runs, and prints, before the call hands back its result.",
    requires: { all: [".return(", "finally", "yield"] },
  },
  {
    id: "ts.return-ends-generator",
    feedback:
      "After `return` has been called the generator is finished: a later `next` gets only done: true and no value, whatever it is passed.",
    requires: { all: [".return(", ".next("] },
  },
];

export const iteratorsAndGeneratorsTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/iterators-and-generators/next-then-spread",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [a, b, c, d] = distinctInts(rng, 4, 10, 99);
      const fn = rng.pick(["numbers", "readings", "ticks", "samples"]);
      const it = rng.pick(["it", "gen", "source"]);
      const ret = `  return ${d};`;
      const code = lines(
        `function* ${fn}(): Generator<number, number> {`,
        `  yield ${a};`,
        `  yield ${b};`,
        `  yield ${c};`,
        ret,
        `}`,
        `const ${it} = ${fn}();`,
        `const first = ${it}.next().value;`,
        `const rest: number[] = [...${it}];`,
        `console.log(first, rest.join(","));`,
      );
      return {
        kind: "predict-output",
        title: "next() and then spread the same generator",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.iterator-reusable", code: swap(code, `[...${it}]`, `[...${fn}()]`) },
          {
            rule: "ts.generator-eager",
            code: swap(
              code,
              `const first = ${it}.next().value;`,
              `${it}.next();\nconst first = ${it}.next().value;`,
            ),
          },
          { rule: "ts.generator-return-iterated", code: swap(code, ret, `  yield ${d};`) },
        ],
        explanation: `\`[...${it}]\` is the trap: it does not restart the generator. \`next()\` already took the first yielded value (${a}), so the spread continues from where the generator paused and collects only the remaining yields. The \`return\` value (${d}) comes with \`done: true\`, so spread ignores it.`,
        trap: `[...${it}]`,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/lazy-pipeline-break",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const items = distinctInts(rng, 6, 1, 14).sort((x, y) => x - y);
      const k = rng.int(2, 3);
      const limit = items[rng.int(2, 3)]! * k;
      const [s, m] = rng.pick([
        ["s", "m"],
        ["r", "x"],
        ["in", "out"],
      ] as const);
      const mapName = rng.pick(["scaled", "mapped", "times"]);
      const src = `source([${items.join(", ")}])`;
      const code = lines(
        `const log: string[] = [];`,
        `function* source(items: number[]): Generator<number> {`,
        `  for (const x of items) {`,
        `    log.push(\`${s}\${x}\`);`,
        `    yield x;`,
        `  }`,
        `}`,
        `function* ${mapName}(src: Iterable<number>): Generator<number> {`,
        `  for (const x of src) {`,
        `    log.push(\`${m}\${x}\`);`,
        `    yield x * ${k};`,
        `  }`,
        `}`,
        `for (const v of ${mapName}(${src})) {`,
        `  if (v >= ${limit}) break;`,
        `}`,
        `console.log(log.join(" "));`,
      );
      return {
        kind: "predict-output",
        title: "A lazy generator pipeline with break",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.pipeline-pulls-one", code: swap(code, src, `[...${src}]`) },
          {
            rule: "ts.generator-eager",
            code: swap(code, `${mapName}(${src})) {`, `[...${mapName}(${src})]) {`),
          },
          { rule: "ts.off-by-one", code: swap(code, `v >= ${limit}`, `v > ${limit}`) },
        ],
        explanation: `\`if (v >= ${limit}) break;\` is the trap: generators are lazy, so each loop step pulls one value through both stages (the log alternates between them), and the \`break\` stops the pipeline as soon as a value reaches ${limit}; later source items are never produced or logged.`,
        trap: `if (v >= ${limit}) break;`,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/next-argument-flow",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const x0 = rng.int(2, 9);
      const a = rng.int(2, 9);
      const b = rng.int(2, 9);
      const c = rng.int(2, 9);
      const limit = a + b;
      const fn = rng.pick(["accumulator", "runningTotal", "adder", "tally"]);
      const v = rng.pick(["acc", "gen", "t"]);
      const code = lines(
        `function* ${fn}(limit: number): Generator<number, string, number> {`,
        `  let total = 0;`,
        `  while (total < limit) {`,
        `    const n = yield total;`,
        `    total += n;`,
        `  }`,
        `  return \`done at \${total}\`;`,
        `}`,
        `const ${v} = ${fn}(${limit});`,
        `console.log(${v}.next(${x0}).value);`,
        `console.log(${v}.next(${a}).value);`,
        `console.log(${v}.next(${b}).value);`,
        `console.log(String(${v}.next(${c}).value));`,
      );
      return {
        kind: "predict-output",
        title: "Sending values into a generator with next(v)",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.off-by-one", code: swap(code, `total < limit`, `total <= limit`) },
          { rule: "ts.yield-value-flow", code: swap(code, `  let total = 0;`, `  let total = ${x0};`) },
          {
            rule: "ts.return-reaches-next",
            value: ["0", String(a), "undefined", "undefined"].join("\n"),
          },
          {
            rule: "ts.yield-value-flow",
            code: swap(code, `    total += n;`, `    total += n;\n    yield total;`),
          },
        ],
        explanation: `\`const n = yield total;\` is the trap: the first \`next(${x0})\` only starts the generator and runs it to this \`yield\`, so ${x0} is discarded and 0 is yielded. Each later \`next(v)\` makes the paused \`yield\` evaluate to \`v\`. Once the total reaches ${limit} the loop ends and the \`return\` value becomes \`value\` (with \`done: true\`); after that, \`next\` gives undefined.`,
        trap: "const n = yield total;",
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/fill-map-iteration",
    difficulty: "easy",
    kind: "fill-in-blank",
    build(rng) {
      const keys = rng.sample(FRUITS, 3);
      const vals = distinctInts(rng, 3, 0, 30);
      const map = rng.pick(["stock", "prices", "counts", "inventory"]);
      const [k, v] = rng.pick([
        ["name", "qty"],
        ["key", "value"],
        ["fruit", "n"],
      ] as const);
      const code = lines(
        `const ${map} = new Map<string, number>([${keys.map((key, i) => `[${q(key)}, ${vals[i]}]`).join(", ")}]);`,
        `const parts: string[] = [];`,
        `for (const [${k}, ${v}] of ${BLANK}) {`,
        `  parts.push(\`\${${k}}=\${${v}}\`);`,
        `}`,
        `console.log(\`\${parts.length}: \${parts.join(" ")}\`);`,
      );
      return {
        kind: "fill-in-blank",
        title: "Iterating the entries of a Map",
        prompt: fillPrompt(),
        code,
        answer: `${map}.entries()`,
        wrong: [
          { fragment: `Object.entries(${map})`, rule: "ts.map-iteration" },
          { fragment: `${map}.keys()`, rule: "ts.map-iteration" },
          { fragment: `[...${map}.values()].entries()`, rule: "ts.map-iteration" },
          { fragment: `Object.keys(${map}).entries()`, rule: "ts.map-iteration" },
        ],
        explanation: `\`${map}.entries()\` yields \`[key, value]\` pairs in insertion order (iterating \`${map}\` itself is the same), which is what the destructuring needs. \`Object.entries\` only sees ordinary properties, and a Map keeps its entries elsewhere, so it finds nothing.`,
        trap: `${map}.entries()`,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/iterator-consumed-once",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const vals = distinctInts(rng, rng.int(3, 4), 1, 40);
      const map = rng.pick(["scores", "laps", "readings", "bids"]);
      const keys = rng.sample(PEOPLE, vals.length);
      const it = rng.pick(["it", "values", "source"]);
      const useSum = rng.bool();
      const first = useSum
        ? `const total = [...${it}].reduce((a, b) => a + b, 0);`
        : `const total = Array.from(${it}).length;`;
      const code = lines(
        `const ${map} = new Map<string, number>([${keys.map((key, i) => `[${q(key)}, ${vals[i]}]`).join(", ")}]);`,
        `const ${it}: Iterator<number> & Iterable<number> = ${map}.values();`,
        first,
        `const best = Math.max(...${it});`,
        `console.log(\`total=\${total} best=\${best}\`);`,
      );
      return {
        kind: "predict-output",
        title: "Reading the same iterator twice",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.iterator-reusable",
            code: swap(code, `Math.max(...${it})`, `Math.max(...${map}.values())`),
          },
          { rule: "ts.empty-max", code: swap(code, `Math.max(...${it})`, `Math.max(0, ...${it})`) },
          {
            rule: "ts.empty-max",
            value: `total=${useSum ? vals.reduce((a, b) => a + b, 0) : vals.length} best=NaN`,
          },
          {
            rule: "ts.iterator-reusable",
            code: swap(
              swap(code, `${first}\n`, ""),
              `const best = Math.max(...${it});`,
              `const best = Math.max(...${it});\n${first}`,
            ),
          },
        ],
        explanation: `\`Math.max(...${it})\` is the trap: \`values()\` returns a one-shot iterator and the line before already consumed it, so this spread gets no values at all, and \`Math.max\` with no arguments is -Infinity.`,
        trap: `Math.max(...${it})`,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/finally-on-break",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const res = rng.pick(["db", "file", "socket", "lock", "cursor"]);
      const fn = rng.pick(["resource", "openRows", "readAll", "stream"]);
      const items = distinctInts(rng, 4, 1, 30);
      const stopAt = items[rng.int(1, 2)]!;
      const loop = `for (const n of ${fn}(${q(res)})) {`;
      const code = lines(
        `function* ${fn}(name: string): Generator<number> {`,
        `  console.log(\`open \${name}\`);`,
        `  try {`,
        ...items.map((n) => `    yield ${n};`),
        `  } finally {`,
        `    console.log(\`close \${name}\`);`,
        `  }`,
        `}`,
        loop,
        `  if (n === ${stopAt}) break;`,
        `  console.log(\`use \${n}\`);`,
        `}`,
        `console.log("after");`,
      );
      return {
        kind: "predict-output",
        title: "break out of a generator with try/finally",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.break-skips-finally",
            code: swap(
              code,
              loop,
              `const gen = ${fn}(${q(res)});\nfor (const n of { [Symbol.iterator]: () => ({ next: () => gen.next() }) }) {`,
            ),
          },
          {
            rule: "ts.off-by-one",
            code: swap(
              code,
              `  if (n === ${stopAt}) break;\n  console.log(\`use \${n}\`);`,
              `  console.log(\`use \${n}\`);\n  if (n === ${stopAt}) break;`,
            ),
          },
          {
            rule: "ts.generator-eager",
            code: swap(
              swap(code, `  console.log(\`open \${name}\`);\n`, ""),
              loop,
              `console.log(\`open ${res}\`);\n${loop}`,
            ),
          },
          {
            rule: "ts.break-skips-finally",
            code: swap(code, `  if (n === ${stopAt}) break;`, `  if (n === ${stopAt}) continue;`),
          },
        ],
        explanation: `\`if (n === ${stopAt}) break;\` is the trap: \`break\` leaves the loop early, and the loop then calls the generator's \`return()\`, which resumes it at the paused \`yield\` as if it returned there, so the \`finally\` block prints "close ${res}" before "after".`,
        trap: `if (n === ${stopAt}) break;`,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/spread-string-into-set",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      // Made-up words from a few syllables: they always repeat letters, and vary widely.
      const syllables = [
        "ba",
        "na",
        "ko",
        "ri",
        "ta",
        "lo",
        "mi",
        "pe",
        "zu",
        "sa",
        "do",
        "ke",
        "vu",
        "ne",
        "fi",
        "go",
      ];
      const picked = rng.sample(syllables, rng.int(2, 3));
      const word = rng.shuffle([...picked, rng.pick(picked)]).join("");
      const v = rng.pick(["word", "text", "input", "label"]);
      const lettersDecl = `const letters: string[] = [...${v}];`;
      const setDecl = `const unique = new Set<string>(letters);`;
      const code = lines(
        `const ${v}: string = ${q(word)};`,
        lettersDecl,
        setDecl,
        `console.log(letters.length, [...unique].length);`,
        `console.log([...unique].join(""));`,
      );
      return {
        kind: "predict-output",
        title: "Spreading a string into a Set",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.set-dedupes", code: swap(code, lettersDecl, `const letters: string[] = [${v}];`) },
          { rule: "ts.set-dedupes", code: swap(code, setDecl, `const unique = letters.slice();`) },
          {
            rule: "ts.entries-order",
            code: swap(code, `[...unique].join("")`, `[...unique].sort().join("")`),
          },
        ],
        explanation: `\`new Set<string>(letters)\` is the trap: spreading the string gave ${word.length} characters, and a Set keeps each value once, in the order it first appeared, so repeated letters collapse but the order is not sorted.`,
        trap: "new Set<string>(letters)",
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/fill-yield-star",
    difficulty: "medium",
    kind: "fill-in-blank",
    build(rng) {
      const groups = Array.from({ length: rng.int(2, 3) }, () => distinctInts(rng, rng.int(1, 3), 1, 40));
      const fn = rng.pick(["flatten", "concatAll", "chain", "merge"]);
      const g = rng.pick(["group", "chunk", "part"]);
      const code = lines(
        `function* ${fn}(groups: number[][]): Generator<number> {`,
        `  for (const ${g} of groups) {`,
        `    ${BLANK}`,
        `  }`,
        `}`,
        `const flat = [...${fn}(${JSON.stringify(groups).replace(/,/g, ", ")})];`,
        `console.log(flat.length, JSON.stringify(flat));`,
      );
      return {
        kind: "fill-in-blank",
        title: "Delegating to another iterable",
        prompt: fillPrompt(),
        code,
        answer: `yield* ${g};`,
        wrong: [
          { fragment: `yield ${g};`, rule: "ts.yield-star" },
          { fragment: `return yield* ${g};`, rule: "ts.generator-return-iterated" },
          { fragment: `yield* ${g}.slice(1);`, rule: "ts.off-by-one" },
          { fragment: `yield ${g}.length;`, rule: "ts.yield-star" },
        ],
        explanation: `\`yield*\` is the trap: it delegates to the inner iterable and yields each of its items in turn. Plain \`yield ${g}\` would produce each array as a single value, and \`return\` would end the generator after the first group.`,
        trap: "yield*",
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/destructuring-closes-generator",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["ids", "tickets", "serials", "counter", "numbers"]);
      const step = rng.int(2, 60);
      const take = rng.int(2, 3);
      const p0 = rng.int(0, 20);
      const names = rng
        .pick([
          ["a", "b", "c"],
          ["first", "second", "third"],
          ["x", "y", "z"],
        ] as const)
        .slice(0, take);
      const destructure = `const [${names.join(", ")}] = it;`;
      const code = lines(
        `let produced = ${p0};`,
        `function* ${fn}(): Generator<number> {`,
        `  while (true) {`,
        `    produced++;`,
        `    yield produced * ${step};`,
        `  }`,
        `}`,
        `const it = ${fn}();`,
        destructure,
        `const after = it.next();`,
        `console.log(${names.join(", ")}, produced);`,
        `console.log(after.done, String(after.value));`,
      );
      return {
        kind: "predict-output",
        title: "Array destructuring from a generator",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.iterator-reusable",
            code: swap(code, destructure, names.map((n) => `const ${n} = it.next().value;`).join("\n")),
          },
          // Believing destructuring pulls one value past the last name before it stops.
          {
            rule: "ts.destructuring-closes",
            code: swap(code, destructure, `const [${names.join(", ")}, , ] = it;`),
          },
          {
            rule: "ts.destructuring-closes",
            value: [
              [...names.map((_, i) => (p0 + i + 1) * step), p0 + take].join(" "),
              `false ${(p0 + take + 1) * step}`,
            ].join("\n"),
          },
          {
            rule: "ts.generator-eager",
            code: swap(code, destructure, `const [${names.join(", ")}] = it;\nit.next();`).replace(
              `const after = it.next();`,
              `const after = ${fn}().next();`,
            ),
          },
        ],
        explanation: `\`${destructure}\` is the trap: destructuring pulls exactly ${take} values (so the body runs ${take} times), then closes the iterator by calling its \`return()\`. The generator is finished, so \`it.next()\` reports \`done: true\` with an undefined value.`,
        trap: destructure,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/body-waits-for-next",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["steps", "job", "task", "worker"]);
      const [s, e] = rng.pick([
        ["start", "end"],
        ["begin", "finish"],
        ["open", "close"],
      ] as const);
      const made = rng.pick(["created", "ready", "made"]);
      const v = rng.int(1, 99);
      const read = `console.log(g.next().value);`;
      const code = lines(
        `function* ${fn}(): Generator<number> {`,
        `  console.log(${q(s)});`,
        `  yield ${v};`,
        `  console.log(${q(e)});`,
        `}`,
        `const g = ${fn}();`,
        `console.log(${q(made)});`,
        read,
        `console.log("after");`,
      );
      return {
        kind: "predict-output",
        title: "When a generator body starts running",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.generator-eager", value: [s, made, v, "after"].join("\n") },
          { rule: "ts.next-stops-at-yield", code: swap(code, read, `console.log([...g][0]);`) },
          { rule: "ts.next-stops-at-yield", value: [made, s, v, e, "after"].join("\n") },
          { rule: "ts.generator-eager", value: [s, e, made, v, "after"].join("\n") },
        ],
        explanation: `\`const g = ${fn}();\` is the trap: calling a generator function runs none of its body, so "${made}" prints first. \`g.next()\` then runs the body only up to the first \`yield\`, which hands back ${v}; the line after it never runs because nothing asks for another value.`,
        trap: `const g = ${fn}();`,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/map-set-existing-key-order",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [k1, k2, k3, k4] = rng.sample(FRUITS, 4) as [string, string, string, string];
      const [v1, v2, v3, v4] = distinctInts(rng, 4, 1, 9);
      const nv = rng.int(10, 99);
      const m = rng.pick(["m", "stock", "tally"]);
      const reset = `${m}.set(${q(k1)}, ${nv});`;
      const code = lines(
        `const ${m} = new Map<string, number>([[${q(k1)}, ${v1}], [${q(k2)}, ${v2}], [${q(k3)}, ${v3}]]);`,
        reset,
        `${m}.set(${q(k4)}, ${v4});`,
        `console.log([...${m}.keys()].join(","), ${m}.get(${q(k1)}), ${m}.size);`,
      );
      return {
        kind: "predict-output",
        title: "Setting an existing key of a Map",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.map-set-keeps-position",
            code: swap(code, reset, `${m}.delete(${q(k1)});\n${reset}`),
          },
          { rule: "ts.map-key-once", value: `${[k1, k2, k3, k1, k4].join(",")} ${nv} 5` },
          { rule: "ts.map-set-keeps-position", value: `${[k1, k2, k3, k4].join(",")} ${v1} 4` },
          { rule: "ts.map-key-once", value: `${[k2, k3, k1, k4].join(",")} ${nv} 5` },
        ],
        explanation: `\`${reset}\` is the trap: the key already exists, so \`set\` only replaces its value with ${nv}; the key keeps its first place in the iteration order and the Map still holds each key once (${m}.size is 4 after adding "${k4}").`,
        trap: reset,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/array-entries-index-first",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const xs = rng.sample(FRUITS, rng.int(2, 3));
      const label = rng.pick([". ", ") ", ": "]);
      const line = `for (const [i, v] of xs.entries()) out.push(\`\${i + 1}${label}\${v}\`);`;
      const code = lines(
        `const xs: string[] = ${JSON.stringify(xs).replace(/,/g, ", ")};`,
        `const out: string[] = [];`,
        line,
        `console.log(out.join(" | "));`,
      );
      return {
        kind: "predict-output",
        title: "Numbering items with entries()",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.entries-index-first", code: swap(code, `const [i, v]`, `const [v, i]`) },
          { rule: "ts.entries-index-number", code: swap(code, `xs.entries()`, `Object.entries(xs)`) },
          { rule: "ts.entries-start-zero", code: swap(code, `i + 1`, `i + 2`) },
        ],
        explanation: `\`xs.entries()\` is the trap: on an array it yields pairs of index and item, index first, numbered from 0 and as numbers, so \`i + 1\` gives 1 for "${xs[0]}".`,
        trap: "xs.entries()",
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/iterable-class-fresh-iterator",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const c = rng.pick(["Range", "Span", "Interval", "Steps"]);
      const from = rng.int(1, 6);
      const to = from + rng.int(2, 4);
      const r = rng.pick(["r", "range", "span", "seq"]);
      const make = `const ${r} = new ${c}(${from}, ${to});`;
      const again = `console.log([...it].length, [...it].length);`;
      const code = lines(
        `class ${c} implements Iterable<number> {`,
        `  constructor(private from: number, private to: number) {}`,
        `  *[Symbol.iterator](): Generator<number> {`,
        `    for (let i = this.from; i < this.to; i++) yield i;`,
        `  }`,
        `}`,
        make,
        `const it = ${r}[Symbol.iterator]();`,
        `console.log([...${r}].join(","), [...${r}].length);`,
        again,
      );
      return {
        kind: "predict-output",
        title: "An iterable class and one of its iterators",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.iterable-fresh-iterator",
            code: swap(code, make, `const ${r} = new ${c}(${from}, ${to})[Symbol.iterator]();`),
          },
          {
            rule: "ts.iterator-reusable",
            code: swap(code, again, `console.log([...it].length, [...${r}[Symbol.iterator]()].length);`),
          },
          { rule: "ts.off-by-one", code: swap(code, "i < this.to", "i <= this.to") },
        ],
        explanation: `\`[...${r}]\` is the trap: \`${r}\` is not itself an iterator but an object whose \`[Symbol.iterator]\` method makes a new generator each time, so every spread starts from ${from} again. \`it\` is one such generator: the first spread drains it and the second finds it finished. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: `[...${r}]`,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/generator-reads-array-later",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const xs = rng.pick(["xs", "values", "nums", "items"]);
      const fn = rng.pick(["doubled", "scaled", "times", "grown"]);
      const k = rng.int(2, 3);
      const [a, b, c, p1, p2] = distinctInts(rng, 5, 1, 12);
      const create = `const g = ${fn}(${xs});`;
      const snapshot = `const now = ${xs}.map((x) => x * ${k});`;
      const code = lines(
        `function* ${fn}(arr: number[]): Generator<number> {`,
        `  for (const x of arr) yield x * ${k};`,
        `}`,
        `const ${xs}: number[] = [${a}, ${b}, ${c}];`,
        create,
        `${xs}.push(${p1});`,
        snapshot,
        `${xs}.push(${p2});`,
        `console.log([...g].join(","), [...g].length);`,
        `console.log(now.join(","));`,
      );
      return {
        kind: "predict-output",
        title: "A generator reads its array when it runs",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.generator-reads-later", code: swap(code, create, `const g = ${fn}([...${xs}]);`) },
          {
            rule: "ts.value-is-live",
            code: swap(code, `${snapshot}\n${xs}.push(${p2});`, `${xs}.push(${p2});\n${snapshot}`),
          },
          {
            rule: "ts.iterator-reusable",
            code: swap(code, "[...g].length", `[...${fn}(${xs})].length`),
          },
        ],
        explanation: `\`${create}\` is the trap: calling the generator function runs none of its body, so its loop over \`arr\` starts only at the first spread, when both pushes have happened: it sees all five items. \`map\` ran at once and keeps the four it saw, and the second spread of the used-up \`g\` is empty. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: create,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/throw-into-generator",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["worker", "ticker", "pump", "loop"]);
      const label = rng.pick(["tick", "step", "beat", "run"]);
      const n0 = rng.int(0, 5);
      // One throw: a second one right after it would hit the catch block's own yield, outside the try.
      const ops = rng.pick([
        ["next", "throw", "next"],
        ["next", "next", "throw", "next"],
        ["next", "throw", "next", "next"],
      ]);
      const messages = rng.sample(["x", "boom", "oops", "bad", "stop", "fail"], ops.length);
      const caught = "      yield `caught ${(e as Error).message}`;";
      const code = lines(
        `function* ${fn}(): Generator<string> {`,
        `  let n = ${n0};`,
        `  while (true) {`,
        `    try {`,
        `      yield \`${label} \${n++}\`;`,
        `    } catch (e) {`,
        caught,
        `    }`,
        `  }`,
        `}`,
        `const g = ${fn}();`,
        ...ops.map((op, i) =>
          op === "next"
            ? `console.log(g.next().value);`
            : `console.log(g.throw(new Error(${q(messages[i]!)})).value);`,
        ),
      );
      return {
        kind: "predict-output",
        title: "Throwing an error into a generator",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.throw-resumes-at-yield", code: swap(code, caught, "      continue;") },
          { rule: "ts.off-by-one", code: swap(code, "n++", "++n") },
          { rule: "ts.error-message-text", code: swap(code, "(e as Error).message", "String(e)") },
        ],
        explanation: `\`g.throw(\` is the trap: it does not end the generator from outside, it raises the error at the paused \`yield\`, so the generator's own \`catch\` handles it and the value it yields there is what \`throw\` returns. The \`while (true)\` loop then carries on, and \`n++\` has already counted the tick that was interrupted. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "g.throw(",
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/take-closes-its-source",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const s0 = rng.int(0, 9);
      const k1 = rng.int(2, 4);
      const k2 = rng.int(2, 3);
      const src = rng.pick(["naturals", "counter", "upFrom", "ids"]);
      const first = `take(nums, ${k1})`;
      const check = "    if (i++ >= count) return;\n    yield x;";
      const wrapped = "{ [Symbol.iterator]: () => ({ next: () => nums.next() }) }";
      const code = lines(
        `function* ${src}(from: number): Generator<number> {`,
        `  let n = from;`,
        `  while (true) yield n++;`,
        `}`,
        `function* take<T>(source: Iterable<T>, count: number): Generator<T> {`,
        `  let i = 0;`,
        `  for (const x of source) {`,
        check,
        `  }`,
        `}`,
        `const nums = ${src}(${s0});`,
        `console.log(JSON.stringify([...${first}]));`,
        `console.log(JSON.stringify([...take(nums, ${k2})]));`,
      );
      const open = swap(code, first, `take(${wrapped}, ${k1})`);
      return {
        kind: "predict-output",
        title: "A take helper that closes its source",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.return-closes-source", code: open },
          {
            rule: "ts.take-pulls-extra",
            code: swap(open, check, "    yield x;\n    if (++i >= count) return;"),
          },
          {
            rule: "ts.iterator-reusable",
            code: swap(code, `take(nums, ${k2})`, `take(${src}(${s0}), ${k2})`),
          },
        ],
        explanation: `\`if (i++ >= count) return;\` is the trap: \`take\` pulls one value too many before it notices it is done, and its \`return\` leaves the \`for...of\` loop, which calls the return method of \`nums\`. That closes the endless generator for good, so the second \`take\` gets nothing. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: "if (i++ >= count) return;",
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/break-generator-vs-array-iterator",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const items = distinctInts(rng, 4, 1, 20);
      const stop = items[rng.int(1, 2)]!;
      const fn = rng.pick(["source", "produce", "emit", "feed"]);
      const list = `[${items.join(", ")}]`;
      const arrayIt = `${list}.values()`;
      const loopG = `for (const x of g) if (x === ${stop}) break;`;
      const loopIt = `for (const x of it) if (x === ${stop}) break;`;
      const code = lines(
        `function* ${fn}(): Generator<number> {`,
        `  yield* ${list};`,
        `}`,
        `const g = ${fn}();`,
        `const it = ${arrayIt};`,
        loopG,
        loopIt,
        `console.log("g:", JSON.stringify([...g]), "it:", JSON.stringify([...it]));`,
      );
      return {
        kind: "predict-output",
        title: "break out of a generator and out of an array iterator",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.array-iterator-no-return",
            code: swap(code, `const it = ${arrayIt};`, `const it = ${fn}();`),
          },
          {
            rule: "ts.break-closes-generator",
            code: swap(
              code,
              loopG,
              `for (const x of { [Symbol.iterator]: () => ({ next: () => g.next() }) }) if (x === ${stop}) break;`,
            ),
          },
          {
            rule: "ts.iterator-reusable",
            code: swap(code, "JSON.stringify([...g])", `JSON.stringify([...${fn}()])`),
          },
        ],
        explanation: `\`${loopIt}\` is the trap: \`break\` acts differently on the two loops. Leaving a loop calls the iterator's return method if it has one. A generator has one, so \`g\` is closed and yields nothing more. An array iterator from \`values()\` has none, so \`it\` is not closed and the spread collects the items after ${stop}. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: loopIt,
      };
    },
  },
  {
    ...base,
    id: "typescript/iterators-and-generators/return-runs-finally",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["session", "shell", "repl", "terminal"]);
      const cmds = rng.sample(["ls", "cd", "add", "pop", "run", "pwd", "ping"], rng.int(2, 3));
      const [ignored, late] = rng.sample(["first", "hello", "start", "later", "again", "more"], 2) as [
        string,
        string,
      ];
      const bye = rng.pick(["bye", "done", "quit", "exit"]);
      const closing = '    console.log(`closing after ${log.join(",")}`);';
      const ret = `s.return(${q(bye)})`;
      const code = lines(
        `function* ${fn}(): Generator<string, string, string> {`,
        `  const log: string[] = [];`,
        `  try {`,
        `    while (true) {`,
        `      const cmd = yield \`ready \${log.length}\`;`,
        `      log.push(cmd);`,
        `    }`,
        `  } finally {`,
        closing,
        `  }`,
        `}`,
        `const s = ${fn}();`,
        `console.log(s.next(${q(ignored)}).value);`,
        ...cmds.map((c) => `console.log(s.next(${q(c)}).value);`),
        `console.log(JSON.stringify(${ret}));`,
        `console.log(JSON.stringify(s.next(${q(late)})));`,
      );
      return {
        kind: "predict-output",
        title: "return() on a paused generator",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.yield-value-flow",
            code: swap(code, "const log: string[] = [];", `const log: string[] = [${q(ignored)}];`),
          },
          { rule: "ts.return-runs-finally", code: swap(code, `${closing}\n`, "") },
          { rule: "ts.return-ends-generator", code: swap(code, ret, `s.next(${q(bye)})`) },
        ],
        explanation: `\`${ret}\` is the trap: it resumes the generator at the paused \`yield\` as if that line were a return statement, so the \`finally\` block prints first, and only then does the call hand back "${bye}" with done: true. The generator is finished, so the last \`next\` gets no value. The first \`next\` only starts the body: its argument "${ignored}" is never logged. Output:\n\n\`\`\`\n{{output}}\n\`\`\``,
        trap: ret,
      };
    },
  },
];
