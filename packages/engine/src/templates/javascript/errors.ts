import type { ChallengeTemplate, Rng, MisconceptionRule } from "../../types";
import { BLANK, WORDS, fill, lines, mut, predict, swap, val } from "./helpers";

const T = "errors";

/** A statement that throws a built-in error of a known class. */
function thrower(rng: Rng, exclude?: string): { code: string; name: string } {
  const w = rng.pick(WORDS);
  const n = rng.int(1, 9);
  const all = [
    { code: `JSON.parse("{${w}")`, name: "SyntaxError" },
    { code: `null.${w}`, name: "TypeError" },
    { code: `${w}Missing()`, name: "ReferenceError" },
    { code: `new Array(-${n})`, name: "RangeError" },
    { code: `(${n}).toFixed(${100 + n})`, name: "RangeError" },
    { code: `undefined.${w}.length`, name: "TypeError" },
  ].filter((t) => t.name !== exclude);
  return rng.pick(all);
}

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const errorsRules: MisconceptionRule[] = [
  {
    id: "js.async-throw-sync-part",
    feedback:
      "An `async` function's body runs synchronously until its first await or throw, so its first lines run before the caller continues.",
    requires: { all: ["async"] },
  },
  {
    id: "js.rejection-skips-then",
    feedback:
      "A rejection skips every `then` callback until a `catch` handles it; after that, the chain carries on as fulfilled.",
    requires: { all: ["then", "catch"] },
  },
  {
    id: "js.catch-return-value",
    feedback:
      "The value a `catch` callback returns becomes the value the next `then` receives; returning nothing passes on undefined.",
    requires: { all: ["catch", "then"] },
  },
  {
    id: "js.catch-returns-undefined",
    feedback:
      "A `catch` block that doesn't return anything lets the function run to its end, so the call returns undefined.",
    requires: { all: ["catch", "return"] },
  },
  {
    id: "js.throw-any-value",
    feedback:
      "`throw` accepts any value: a thrown string reaches the catch as that string, which is not an Error and has no name.",
    requires: { all: ["throw"] },
  },
  {
    id: "js.finally-no-catch",
    feedback:
      "A `finally` without a catch doesn't handle the error: it runs, then the error keeps travelling to the next catch outward.",
    requires: { all: ["finally"] },
  },
  {
    id: "js.instanceof-order",
    feedback:
      "An instance of a subclass is also an instance of its parent, so a check for `Error` placed first matches every built-in error.",
    requires: { all: ["instanceof", "Error"] },
  },
  {
    id: "js.throw-aborts-assignment",
    feedback:
      "When the right-hand side throws, the assignment never happens: the variable keeps the value it had before the `try`.",
    requires: { all: ["try", "="] },
  },
  {
    id: "js.return-value-fixed",
    feedback:
      "The `return` expression is evaluated before `finally` runs; reassigning the variable there doesn't change the value already returned.",
    requires: { all: ["return", "finally"] },
  },
  {
    id: "js.all-rejects-fast",
    feedback:
      "`Promise.all` rejects as soon as one input rejects, without waiting for the others, which keep running anyway.",
    requires: { all: ["Promise.all"] },
  },
  {
    id: "js.return-without-await",
    feedback:
      "Inside `try`, returning a promise without await hands it back unawaited, so its rejection skips this catch and reaches the caller.",
    requires: { all: ["try", "return", "async"] },
  },
  {
    id: "js.settled-once",
    feedback:
      "A promise settles only once: whatever the executor does after its first resolve or reject (or throw) is ignored.",
    requires: { all: ["new Promise"] },
  },
  {
    id: "js.error-class-by-cause",
    feedback:
      "Each kind of failure has its own built-in class: reading a property of undefined is a TypeError, an undeclared name a ReferenceError, malformed JSON a SyntaxError, an invalid length a RangeError.",
    requires: { all: ["catch"] },
  },
  {
    id: "js.try-around-loop",
    feedback:
      "A `try` around the whole loop means the first throw ends the loop for good; only a try inside the loop body lets it carry on.",
    requires: { all: ["try", "for"] },
  },
  {
    id: "js.finally-on-rethrow",
    feedback:
      "A `finally` block still runs when its catch block throws again, before the new error leaves the function.",
    requires: { all: ["finally", "throw"] },
  },
];

export const errorsTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "try-catch-finally-flow", (rng) => {
    const t = thrower(rng);
    const other = thrower(rng, t.name);
    const [a, b, f, end] = rng.sample(
      ["start", "step", "ok", "next", "cleanup", "done", "end", "after", "bye"],
      4,
    );
    const code = lines(
      `const log = [];`,
      `try {`,
      `  log.push("${a}");`,
      `  ${t.code};`,
      `  log.push("${b}");`,
      `} catch (e) {`,
      `  log.push(e.name);`,
      `} finally {`,
      `  log.push("${f}");`,
      `}`,
      `log.push("${end}");`,
      `console.log(log.join(" "));`,
    );
    return {
      title: "What runs when a try block throws",
      code,
      distractors: [
        mut("js.finally-runs", swap(code, `} finally {\n  log.push("${f}");\n}`, `}`)),
        mut(
          "js.error-propagation",
          swap(
            swap(code, `  log.push("${b}");\n`, ""),
            `  log.push("${a}");`,
            `  log.push("${a}");\n  log.push("${b}");`,
          ),
        ),
        mut("js.error-type", swap(code, `  ${t.code};`, `  ${other.code};`)),
        mut(
          "js.finally-runs",
          swap(
            swap(code, `} finally {\n  log.push("${f}");\n}`, `}`),
            `log.push("${end}");`,
            `log.push("${end}");\nlog.push("${f}");`,
          ),
        ),
      ],
      trap: t.code,
      explanation: `\`${t.code}\` is the trap: it throws a ${t.name}, so the rest of the \`try\` block is skipped and the \`catch\` block runs. \`finally\` runs afterwards in every case, and then execution continues normally after the statement.`,
    };
  }),

  fill(T, "easy", "which-error-class", (rng) => {
    const wanted = rng.pick(["TypeError", "ReferenceError", "SyntaxError", "RangeError"]);
    const w = rng.pick(WORDS);
    const prop = rng.pick(["name", "size", "owner", "items", "meta"]);
    const n = rng.int(1, 99);
    const byClass: Record<string, string> = {
      TypeError: `input[key].length`,
      ReferenceError: `${w}Total + 1`,
      SyntaxError: `JSON.parse(input)`,
      RangeError: `new Array(size)`,
    };
    const label = rng.pick(["caught", "error", "got", "result"]);
    return {
      title: "Which expression throws which error?",
      prompt: "Which expression makes this program print `{{target}}`?",
      code: lines(
        `const input = "${w}";`,
        `const size = -${n};`,
        `const key = "${prop}";`,
        `let ${label} = "no error";`,
        `try {`,
        `  ${BLANK};`,
        `} catch (e) {`,
        `  ${label} = e.name;`,
        `}`,
        `console.log(${label});`,
      ),
      answer: byClass[wanted]!,
      wrong: [
        ...Object.entries(byClass)
          .filter(([k]) => k !== wanted)
          .map(([, fragment], i) => ({
            fragment,
            rule: i === 0 ? "js.error-class-by-cause" : "js.error-type",
          })),
        { fragment: `input?.[key]?.length`, rule: "js.error-class-by-cause" },
      ],
      trap: byClass[wanted]!,
      explanation: `\`${byClass[wanted]}\` is the one that throws a ${wanted}. Reading a property of \`undefined\` is a TypeError, using an undeclared name is a ReferenceError, \`JSON.parse\` reports malformed text as a SyntaxError, and an invalid length such as a negative array size is a RangeError. Optional chaining (\`?.\`) short-circuits instead of throwing.`,
    };
  }),

  predict(T, "easy", "throw-stops-the-loop", (rng) => {
    const good = Array.from({ length: rng.int(1, 2) }, () => String(rng.int(1, 99)));
    const bad = rng.pick(WORDS);
    const after = String(rng.int(1, 99));
    const out = rng.pick(["out", "values", "parsed", "seen"]);
    const code = lines(
      `const ${out} = [];`,
      `try {`,
      `  for (const s of [${[...good, bad, after].map((s) => `"${s}"`).join(", ")}]) {`,
      `    ${out}.push(JSON.parse(s));`,
      `  }`,
      `} catch (e) {`,
      `  ${out}.push(e.name);`,
      `}`,
      `console.log(${out}.join(" "));`,
    );
    const inside = lines(
      `const ${out} = [];`,
      `for (const s of [${[...good, bad, after].map((s) => `"${s}"`).join(", ")}]) {`,
      `  try {`,
      `    ${out}.push(JSON.parse(s));`,
      `  } catch (e) {`,
      `    ${out}.push(e.name);`,
      `  }`,
      `}`,
      `console.log(${out}.join(" "));`,
    );
    return {
      title: "An error inside a loop",
      code,
      distractors: [
        mut("js.try-around-loop", inside),
        mut("js.error-type", swap(code, `${out}.push(JSON.parse(s));`, `${out}.push(Number(s));`)),
        mut("js.error-type", swap(code, `  ${out}.push(e.name);`, `  ${out}.push("Error");`)),
        val("js.error-propagation", `SyntaxError`),
      ],
      trap: "JSON.parse(s)",
      explanation: `\`JSON.parse(s)\` throws a SyntaxError when \`s\` is "${bad}", and the trap is where it is caught: the \`try\` wraps the whole loop, so the throw leaves the loop for good. Values parsed before it are kept, and "${after}" is never reached.`,
    };
  }),

  predict(T, "medium", "custom-error-class", (rng) => {
    const E = rng.pick(["ValidationError", "NotFoundError", "QuotaError", "ParseError", "AuthError"]);
    const f = rng.pick(["check", "load", "validate", "read"]);
    const n = rng.int(1, 99);
    const x = rng.pick(["n", "value", "size", "count"]);
    const code = lines(
      `class ${E} extends Error {`,
      `  constructor(message) {`,
      `    super(message);`,
      `    this.name = "${E}";`,
      `  }`,
      `}`,
      `function ${f}(${x}) {`,
      `  if (${x} > ${n - 1}) throw new ${E}("too big: " + ${x});`,
      `  return ${x};`,
      `}`,
      `try {`,
      `  ${f}(${n});`,
      `} catch (e) {`,
      `  console.log(e.name, e instanceof ${E}, e instanceof Error);`,
      `}`,
    );
    return {
      title: "A custom error class",
      code,
      distractors: [
        mut("js.error-type", swap(code, `    this.name = "${E}";\n`, "")),
        mut(
          "js.prototype-chain",
          swap(code, `e instanceof Error)`, `Object.getPrototypeOf(e) === Error.prototype)`),
        ),
        mut(
          "js.error-type",
          swap(code, `throw new ${E}("too big: " + ${x});`, `throw { name: "${E}", message: "too big" };`),
        ),
        mut(
          "js.off-by-one",
          swap(code, `if (${x} > ${n - 1})`, `if (${x} > ${n})`).replace(
            `  ${f}(${n});`,
            `  console.log(${f}(${n}));`,
          ),
        ),
      ],
      trap: `this.name = "${E}";`,
      explanation: `\`${E}\` extends \`Error\`, so its instances are both \`${E}\`s and \`Error\`s (\`instanceof\` walks the prototype chain). The trap is \`this.name = "${E}";\`: without it, \`e.name\` would be inherited from \`Error.prototype\` as "Error".`,
    };
  }),

  predict(T, "medium", "finally-and-return", (rng) => {
    const [f, g] = rng.pick([
      ["first", "second"],
      ["load", "save"],
      ["open", "close"],
      ["read", "write"],
    ]);
    const [r1, r2, r3] = rng.sample(WORDS, 3);
    const c = rng.pick(["cleanup", "closing", "tidy up", "release"]);
    const code = lines(
      `function ${f}() {`,
      `  try {`,
      `    return "${r1}";`,
      `  } finally {`,
      `    console.log("${c}");`,
      `  }`,
      `}`,
      `function ${g}() {`,
      `  try {`,
      `    return "${r2}";`,
      `  } finally {`,
      `    return "${r3}";`,
      `  }`,
      `}`,
      `console.log(${f}());`,
      `console.log(${g}());`,
    );
    return {
      title: "return inside try with finally",
      code,
      distractors: [
        mut(
          "js.finally-runs",
          swap(
            code,
            `  } finally {\n    console.log("${c}");\n  }`,
            `  } catch (e) {\n    console.log("${c}");\n  }`,
          ),
        ),
        mut(
          "js.finally-runs",
          swap(code, `  } finally {\n    return "${r3}";\n  }`, `  } catch (e) {\n    return "${r3}";\n  }`),
        ),
        val("js.finally-runs", `${r1}\n${c}\n${r3}`),
        mut(
          "js.finally-runs",
          swap(code, `console.log(${f}());`, `const x = ${f}();\nconsole.log(x);`).replace(
            `    console.log("${c}");`,
            `    Promise.resolve().then(() => console.log("${c}"));`,
          ),
        ),
      ],
      trap: `return "${r3}";`,
      explanation: `A \`finally\` block runs even when the \`try\` block returns; it runs before the function actually hands back its value, so "${c}" prints first. The trap is \`return "${r3}";\` inside \`finally\`: it replaces the pending return value "${r2}".`,
    };
  }),

  predict(T, "medium", "rethrow-through-layers", (rng) => {
    const f = rng.pick(["parse", "decode", "readConfig", "load"]);
    const w = rng.pick(WORDS);
    const n = rng.int(1, 99);
    const [inner, outer] = rng.pick([
      ["inner", "outer"],
      ["parse", "caller"],
      ["low", "top"],
      ["deep", "main"],
    ]);
    const wrap = rng.pick(["TypeError", "RangeError", "Error"]);
    const code = lines(
      `const log = [];`,
      `function ${f}(text) {`,
      `  try {`,
      `    return JSON.parse(text).value;`,
      `  } catch (e) {`,
      `    log.push("${inner} " + e.name);`,
      `    throw new ${wrap}("bad input");`,
      `  } finally {`,
      `    log.push("${inner} finally");`,
      `  }`,
      `}`,
      `try {`,
      `  ${f}("{${w}: ${n}");`,
      `  log.push("after call");`,
      `} catch (e) {`,
      `  log.push("${outer} " + e.name);`,
      `}`,
      `console.log(log.join(", "));`,
    );
    return {
      title: "Catching, wrapping and rethrowing",
      code,
      distractors: [
        mut(
          "js.finally-on-rethrow",
          swap(code, `  } finally {\n    log.push("${inner} finally");\n  }\n`, `  }\n`),
        ),
        mut("js.error-propagation", swap(code, `    throw new ${wrap}("bad input");\n`, "")),
        mut("js.error-type", swap(code, `    throw new ${wrap}("bad input");`, `    throw e;`)),
        val("js.error-propagation", `${inner} SyntaxError, ${outer} ${wrap}, ${inner} finally`),
      ],
      trap: `throw new ${wrap}("bad input");`,
      explanation: `\`JSON.parse\` throws a SyntaxError, which the inner \`catch\` logs; the trap is \`throw new ${wrap}("bad input");\`, which replaces it with a new ${wrap}. The inner \`finally\` runs before that error leaves \`${f}\`, and the outer \`catch\` then receives the ${wrap}; "after call" is skipped.`,
    };
  }),

  predict(T, "hard", "async-rejection-order", (rng) => {
    const f = rng.pick(["fail", "explode", "reject", "broken"]);
    const s = rng.pick(["start", "enter", "begin"]);
    const a = rng.pick(["after call", "caller", "sync"]);
    const k = rng.pick(["tick", "later", "next"]);
    const t = thrower(rng);
    const code = lines(
      `const log = [];`,
      `async function ${f}() {`,
      `  log.push("${s}");`,
      `  ${t.code};`,
      `}`,
      `const p = ${f}();`,
      `log.push("${a}");`,
      `p.catch((e) => log.push("caught " + e.name));`,
      `Promise.resolve().then(() => log.push("${k}"));`,
      `setTimeout(() => console.log(log.join(", ")), 50);`,
    );
    return {
      title: "Errors thrown inside async functions",
      code,
      distractors: [
        mut(
          "js.async-returns-promise",
          swap(
            swap(code, `async function ${f}() {`, `function ${f}() {`),
            `const p = ${f}();`,
            `let p = Promise.resolve();\ntry {\n  p = ${f}();\n} catch (e) {\n  log.push("thrown " + e.name);\n}`,
          ),
        ),
        mut(
          "js.async-throw-sync-part",
          swap(code, `  log.push("${s}");`, `  await null;\n  log.push("${s}");`),
        ),
        mut(
          "js.async-order",
          swap(
            swap(code, `p.catch((e) => log.push("caught " + e.name));\n`, ""),
            `Promise.resolve().then(() => log.push("${k}"));`,
            `Promise.resolve().then(() => log.push("${k}"));\np.catch((e) => log.push("caught " + e.name));`,
          ),
        ),
        val("js.async-order", `${s}, caught ${t.name}, ${a}, ${k}`),
      ],
      trap: `const p = ${f}();`,
      explanation: `\`const p = ${f}();\` is the trap: throwing inside an async function doesn't throw at the call site. The function runs synchronously up to the throw and returns an already-rejected promise. The \`.catch\` callback is queued when it is attached, before the other \`.then\`, so it runs first among the microtasks.`,
    };
  }),

  predict(T, "hard", "finally-with-continue-and-break", (rng) => {
    const skip = rng.int(1, 2);
    const stop = rng.int(skip + 2, 5);
    const i = rng.pick(["i", "n", "k"]);
    const [tp, fp] = rng.sample([..."abcdefghkmnpqrstuvwxyz"], 2);
    const code = lines(
      `const log = [];`,
      `for (let ${i} = 0; ${i} < 6; ${i}++) {`,
      `  try {`,
      `    if (${i} === ${skip}) continue;`,
      `    if (${i} === ${stop}) break;`,
      "    log.push(`" + tp + "${" + i + "}`);",
      `  } finally {`,
      "    log.push(`" + fp + "${" + i + "}`);",
      `  }`,
      `}`,
      `console.log(log.join(" "));`,
    );
    const noFinally = lines(
      `const log = [];`,
      `for (let ${i} = 0; ${i} < 6; ${i}++) {`,
      `  if (${i} === ${skip}) continue;`,
      `  if (${i} === ${stop}) break;`,
      "  log.push(`" + tp + "${" + i + "}`);",
      "  log.push(`" + fp + "${" + i + "}`);",
      `}`,
      `console.log(log.join(" "));`,
    );
    const seq: string[] = [];
    for (let x = 0; x < 6; x++) {
      if (x === skip) {
        seq.push(`${fp}${x}`);
        continue;
      }
      if (x === stop) break;
      seq.push(`${tp}${x}`, `${fp}${x}`);
    }
    return {
      title: "finally with continue and break",
      code,
      distractors: [
        mut("js.finally-on-jump", noFinally),
        val("js.finally-on-jump", seq.join(" ")),
        mut("js.finally-on-jump", swap(code, `    if (${i} === ${skip}) continue;\n`, "")),
        mut(
          "js.off-by-one",
          swap(code, `    if (${i} === ${stop}) break;`, `    if (${i} === ${stop + 1}) break;`),
        ),
      ],
      trap: `if (${i} === ${skip}) continue;`,
      explanation: `\`if (${i} === ${skip}) continue;\` and the \`break\` leave the \`try\` block early, but the \`finally\` block still runs on the way out, so every iteration that starts — including the skipped one and the one that breaks — logs its "${fp}" entry.`,
    };
  }),

  predict(T, "hard", "promise-chain-recovery", (rng) => {
    const start = rng.int(1, 9);
    const fallback = rng.int(10, 99);
    const t = rng.pick(["RangeError", "TypeError", "Error"]);
    const got = rng.pick(["got", "value", "result", "then"]);
    const sep = rng.pick([", ", " | ", " -> "]);
    const code = lines(
      `const log = [];`,
      `Promise.resolve(${start})`,
      `  .then((v) => {`,
      `    throw new ${t}("bad " + v);`,
      `  })`,
      `  .then((v) => log.push("skipped " + v))`,
      `  .catch((e) => {`,
      `    log.push(e.name);`,
      `    return ${fallback};`,
      `  })`,
      `  .then((v) => log.push("${got} " + v))`,
      `  .finally(() => console.log(log.join("${sep}")));`,
    );
    return {
      title: "Recovering from an error in a promise chain",
      code,
      distractors: [
        mut(
          "js.rejection-skips-then",
          swap(code, `    throw new ${t}("bad " + v);`, `    return v;`).replace(
            `    log.push(e.name);\n    return ${fallback};`,
            `    log.push(e.name);\n    return ${fallback};`,
          ),
        ),
        mut("js.catch-return-value", swap(code, `    return ${fallback};\n`, "")),
        val("js.rejection-skips-then", [`skipped ${start}`, t, `${got} ${fallback}`].join(sep)),
        val("js.rejection-skips-then", `${t}`),
        mut(
          "js.rejection-skips-then",
          swap(
            code,
            `  .then((v) => log.push("${got} " + v))\n`,
            `  .then((v) => log.push("${got} " + v), () => log.push("still failing"))\n`,
          ).replace(`    return ${fallback};`, `    throw e;`),
        ),
      ],
      trap: `return ${fallback};`,
      explanation: `A throw inside \`.then\` rejects the chain, so the next \`.then\` callback is skipped until a \`.catch\` handles it. The trap is \`return ${fallback};\` in the \`.catch\`: returning a value turns the chain back into a fulfilled one, so the following \`.then\` receives ${fallback}.`,
    };
  }),
  predict(T, "easy", "catch-without-return", (rng) => {
    const f = rng.pick(["safeParse", "tryParse", "readJson", "parseOr"]);
    const n = rng.int(1, 99);
    const w = rng.pick(WORDS);
    const msg = rng.pick(["bad input", "skipped", "invalid", "oops"]);
    const code = lines(
      `function ${f}(text) {`,
      `  try {`,
      `    return JSON.parse(text);`,
      `  } catch (e) {`,
      `    console.log("${msg}");`,
      `  }`,
      `}`,
      `const results = [${f}("${n}"), ${f}("${w}")];`,
      `console.log(results[0], results[1]);`,
    );
    return {
      title: "What a function returns after its catch block",
      code,
      distractors: [
        mut(
          "js.catch-returns-undefined",
          swap(code, `    console.log("${msg}");`, `    console.log("${msg}");\n    return e.name;`),
        ),
        mut(
          "js.catch-returns-undefined",
          swap(code, `    console.log("${msg}");`, `    console.log("${msg}");\n    return null;`),
        ),
        mut(
          "js.catch-returns-undefined",
          swap(code, `    console.log("${msg}");`, `    console.log("${msg}");\n    return text;`),
        ),
        mut(
          "js.error-propagation",
          swap(code, `    console.log("${msg}");`, `    console.log("${msg}");\n    throw e;`),
        ),
      ],
      explanation: `\`${f}("${w}")\` is the trap: \`JSON.parse\` throws, the \`catch\` block logs "${msg}" and then simply ends, and a function that reaches its end without a \`return\` returns \`undefined\`. The error is handled, so nothing propagates.`,
      trap: `${f}("${w}")`,
    };
  }),

  predict(T, "easy", "throwing-a-string", (rng) => {
    const code0 = rng.pick(["E42", "oops", "failed", "nope", "bad"]);
    const f = rng.pick(["check", "validate", "guard", "verify"]);
    const n = rng.int(1, 9);
    const code = lines(
      `function ${f}(n) {`,
      `  if (n > ${n - 1}) throw "${code0}";`,
      `  return n;`,
      `}`,
      `try {`,
      `  ${f}(${n});`,
      `} catch (e) {`,
      `  console.log(typeof e, e instanceof Error, e.name);`,
      `}`,
    );
    return {
      title: "Throwing something that isn't an Error",
      code,
      distractors: [
        mut("js.throw-any-value", swap(code, `throw "${code0}";`, `throw new Error("${code0}");`)),
        mut("js.throw-any-value", swap(code, `throw "${code0}";`, `throw new TypeError("${code0}");`)),
        mut("js.throw-any-value", swap(code, `throw "${code0}";`, `throw { name: "${code0}" };`)),
        mut(
          "js.off-by-one",
          swap(code, `if (n > ${n - 1})`, `if (n > ${n})`).replace(
            `  ${f}(${n});`,
            `  console.log(${f}(${n}));`,
          ),
        ),
      ],
      explanation: `\`throw "${code0}";\` is the trap: \`throw\` accepts ANY value, and here it throws a plain string, not an Error object. The \`catch\` receives exactly that string, so its type is "string", it isn't an \`Error\`, and it has no \`name\` property.`,
      trap: `throw "${code0}";`,
    };
  }),

  predict(T, "easy", "finally-without-catch", (rng) => {
    const t = thrower(rng);
    const [a, b, c] = rng.sample(["inner", "cleanup", "outer", "after", "close", "tidy"], 3);
    const code = lines(
      `const log = [];`,
      `try {`,
      `  try {`,
      `    ${t.code};`,
      `  } finally {`,
      `    log.push("${a}");`,
      `  }`,
      `  log.push("${b}");`,
      `} catch (e) {`,
      `  log.push("${c} " + e.name);`,
      `}`,
      `console.log(log.join(", "));`,
    );
    return {
      title: "try with finally but no catch",
      code,
      distractors: [
        mut(
          "js.finally-no-catch",
          swap(
            code,
            `  } finally {\n    log.push("${a}");\n  }`,
            `  } catch (e) {\n    log.push("${a}");\n  }`,
          ),
        ),
        mut(
          "js.finally-no-catch",
          swap(
            code,
            `  } finally {\n    log.push("${a}");\n  }`,
            `  } catch (e) {\n    log.push("${a}");\n    throw e;\n  }`,
          ),
        ),
        mut(
          "js.finally-no-catch",
          swap(
            code,
            `  } finally {\n    log.push("${a}");\n  }`,
            `  } finally {\n    log.push("${a}");\n    return;\n  }`,
          )
            .replace("const log = [];", "const log = [];\n(() => {")
            .replace(`console.log(log.join(", "));`, `})();\nconsole.log(log.join(", "));`),
        ),
        mut("js.error-type", swap(code, `  log.push("${c} " + e.name);`, `  log.push("${c} Error");`)),
      ],
      explanation: `The inner \`try\` has a \`finally\` but no \`catch\`, and that is the trap: \`finally\` runs ("${a}"), but it doesn't handle the error. The ${t.name} keeps travelling outward, skipping \`log.push("${b}")\`, until the outer \`catch\` receives it.`,
      trap: `log.push("${b}")`,
    };
  }),

  predict(T, "medium", "instanceof-checks-in-order", (rng) => {
    const t = thrower(rng, "SyntaxError");
    const f = rng.pick(["classify", "kindOf", "describe", "label"]);
    const code = lines(
      `function ${f}(e) {`,
      `  if (e instanceof Error) return "generic";`,
      `  if (e instanceof ${t.name}) return "specific";`,
      `  return "other";`,
      `}`,
      `try {`,
      `  ${t.code};`,
      `} catch (e) {`,
      `  console.log(${f}(e), e.name, e instanceof ${t.name});`,
      `}`,
    );
    return {
      title: "Checking error classes in the wrong order",
      code,
      distractors: [
        mut(
          "js.instanceof-order",
          swap(
            code,
            `  if (e instanceof Error) return "generic";`,
            `  if (e.constructor === Error) return "generic";`,
          ),
        ),
        mut(
          "js.instanceof-order",
          swap(
            code,
            `  if (e instanceof Error) return "generic";`,
            `  if (Object.getPrototypeOf(e) === Error.prototype) return "generic";`,
          ),
        ),
        mut("js.instanceof-order", swap(code, `e.name, e instanceof`, `"Error", e instanceof`)),
        mut("js.instanceof-order", swap(code, `  ${t.code};`, `  throw "${t.name}";`)),
      ],
      explanation: `\`if (e instanceof Error) return "generic";\` is the trap: a ${t.name} is a subclass of \`Error\`, and \`instanceof\` walks the whole prototype chain, so this first check already matches and the more specific check below it never runs. Put the subclass checks first.`,
      trap: `if (e instanceof Error) return "generic";`,
    };
  }),

  predict(T, "medium", "throw-skips-the-assignment", (rng) => {
    const r = rng.pick(["result", "parsed", "values", "out"]);
    const start = rng.pick(["unset", "none", "empty", "initial"]);
    const nums = Array.from({ length: rng.int(1, 2) }, () => String(rng.int(1, 99)));
    const bad = rng.pick(WORDS);
    const c = rng.pick(["calls", "tried", "seen", "count"]);
    const code = lines(
      `let ${r} = "${start}";`,
      `let ${c} = 0;`,
      `try {`,
      `  ${r} = [${[...nums, bad, "7"].map((s) => `"${s}"`).join(", ")}].map((s) => {`,
      `    ${c}++;`,
      `    return JSON.parse(s);`,
      `  });`,
      `} catch (e) {`,
      `  console.log(e.name);`,
      `}`,
      `console.log(${r}, ${c});`,
    );
    return {
      title: "An error thrown while computing an assignment",
      code,
      distractors: [
        mut(
          "js.throw-aborts-assignment",
          swap(
            code,
            `    return JSON.parse(s);`,
            `    try { return JSON.parse(s); } catch { return null; }`,
          ).replace(`console.log(${r}, ${c});`, `console.log(String(${r}), ${c});`),
        ),
        mut(
          "js.throw-aborts-assignment",
          swap(
            code,
            `} catch (e) {\n  console.log(e.name);`,
            `} catch (e) {\n  console.log(e.name);\n  ${r} = undefined;`,
          ),
        ),
        mut(
          "js.throw-aborts-assignment",
          swap(
            code,
            `} catch (e) {\n  console.log(e.name);`,
            `} catch (e) {\n  console.log(e.name);\n  ${r} = [${nums.join(", ")}].join();`,
          ),
        ),
        mut(
          "js.throw-aborts-assignment",
          swap(code, `    ${c}++;\n    return JSON.parse(s);`, `    return JSON.parse(s);\n    ${c}++;`),
        ),
      ],
      explanation: `\`JSON.parse(s)\` throws on "${bad}", and the trap is the assignment \`${r} = [...].map(...)\`: the whole \`map\` call is abandoned, so it never produces an array and the assignment never happens. \`${r}\` keeps "${start}", while \`${c}\` shows how many items were tried before the throw.`,
      trap: `${r} = [`,
    };
  }),

  predict(T, "medium", "return-value-fixed-before-finally", (rng) => {
    const f = rng.pick(["take", "grab", "read", "pull"]);
    const v = rng.pick(["value", "x", "count", "level"]);
    const a = rng.int(1, 40);
    const b = rng.int(41, 99);
    const o = rng.pick(["box", "state", "holder", "cell"]);
    const code = lines(
      `function ${f}() {`,
      `  let ${v} = ${a};`,
      `  const ${o} = { ${v}: ${a} };`,
      `  try {`,
      `    return [${v}, ${o}];`,
      `  } finally {`,
      `    ${v} = ${b};`,
      `    ${o}.${v} = ${b};`,
      `  }`,
      `}`,
      `const [got, obj] = ${f}();`,
      `console.log(got, obj.${v});`,
    );
    return {
      title: "Changing a variable in finally after return",
      code,
      distractors: [
        mut(
          "js.return-value-fixed",
          swap(code, `    ${v} = ${b};`, `    ${v} = ${b};\n    return [${v}, ${o}];`),
        ),
        mut("js.alias-as-copy", swap(code, `    return [${v}, ${o}];`, `    return [${v}, { ...${o} }];`)),
        mut(
          "js.return-value-fixed",
          swap(code, `  try {\n    return [${v}, ${o}];\n  } finally {`, `  try {\n  } finally {`).replace(
            `    ${o}.${v} = ${b};\n  }`,
            `    ${o}.${v} = ${b};\n  }\n  return [${v}, ${o}];`,
          ),
        ),
        mut("js.return-value-fixed", swap(code, `    ${o}.${v} = ${b};\n`, "")),
      ],
      explanation: `\`return [${v}, ${o}];\` is the trap: the return expression is evaluated BEFORE \`finally\` runs, so the returned array already holds the number ${a}. Reassigning \`${v}\` in \`finally\` can't change that copy, but \`${o}\` is an object the array refers to, so mutating it there is visible to the caller.`,
      trap: `return [${v}, ${o}];`,
    };
  }),

  predict(T, "hard", "promise-all-rejects-fast", (rng) => {
    const picked = rng.shuffle([10, 20, 30, 40, 50, 60]).slice(0, 3) as [number, number, number];
    const [dFail, dA, dB] = [Math.min(...picked), ...picked.filter((x) => x !== Math.min(...picked))] as [
      number,
      number,
      number,
    ];
    const [la, lb] = rng.sample([..."abcdefghkmnpqrstuvwxyz"], 2);
    const t = rng.pick(["RangeError", "TypeError", "Error"]);
    const code = lines(
      `const log = [];`,
      `const ok = (ms, v) => new Promise((res) => setTimeout(() => { log.push(v); res(v); }, ms));`,
      `const fail = (ms) => new Promise((_, rej) => setTimeout(() => rej(new ${t}("x")), ms));`,
      `Promise.all([ok(${dA}, "${la}"), fail(${dFail}), ok(${dB}, "${lb}")])`,
      `  .then((vs) => log.push("all " + vs.join("")))`,
      `  .catch((e) => log.push("caught " + e.name));`,
      `setTimeout(() => console.log(log.join(", ")), 100);`,
    );
    return {
      title: "Promise.all when one input rejects",
      code,
      distractors: [
        mut("js.all-rejects-fast", swap(code, `Promise.all([`, `Promise.allSettled([`)),
        mut(
          "js.all-rejects-fast",
          swap(
            code,
            `setTimeout(() => console.log(log.join(", ")), 100);`,
            `setTimeout(() => console.log(log.join(", ")), ${dFail + 1});`,
          ),
        ),
        mut("js.all-rejects-fast", swap(code, `fail(${dFail})`, `fail(${Math.max(dA, dB) + 5})`)),
        mut(
          "js.rejection-skips-then",
          swap(
            code,
            `  .catch((e) => log.push("caught " + e.name));`,
            `  .catch((e) => log.push("caught " + e.name))\n  .then(() => log.push("all ${la}${lb}"));`,
          ),
        ),
      ],
      explanation: `\`fail(${dFail})\` is the trap: \`Promise.all\` rejects as soon as ONE input rejects, at ${dFail} ms, without waiting for the others, so the \`.catch\` runs first and the \`.then\` never does. The other timers were already started, so they still run and log afterwards.`,
      trap: `fail(${dFail})`,
    };
  }),

  predict(T, "hard", "return-without-await-in-try", (rng) => {
    const g = rng.pick(["load", "fetchUser", "readFile", "query"]);
    const f = rng.pick(["safeLoad", "guarded", "wrapper", "attempt"]);
    const t = rng.pick(["TypeError", "RangeError", "SyntaxError"]);
    const [inner, outer] = rng.pick([
      ["inner", "outer"],
      ["handled", "escaped"],
      ["here", "caller"],
      ["local", "top"],
    ]);
    const code = lines(
      `async function ${g}() {`,
      `  await null;`,
      `  throw new ${t}("x");`,
      `}`,
      `async function ${f}() {`,
      `  try {`,
      `    return ${g}();`,
      `  } catch (e) {`,
      `    return "${inner} " + e.name;`,
      `  }`,
      `}`,
      `${f}()`,
      `  .then((v) => console.log("ok", v))`,
      `  .catch((e) => console.log("${outer}", e.name));`,
    );
    return {
      title: "return inside try without await",
      code,
      distractors: [
        mut("js.return-without-await", swap(code, `    return ${g}();`, `    return await ${g}();`)),
        mut(
          "js.return-without-await",
          swap(code, `  await null;\n  throw new ${t}("x");`, `  throw new ${t}("x");`).replace(
            `async function ${g}() {`,
            `function ${g}() {`,
          ),
        ),
        mut(
          "js.error-type",
          swap(
            code,
            `.catch((e) => console.log("${outer}", e.name))`,
            `.catch((e) => console.log("${outer}", "Error"))`,
          ),
        ),
        mut(
          "js.async-returns-promise",
          swap(
            code,
            `  .then((v) => console.log("ok", v))`,
            `  .then((v) => console.log("ok", typeof v))`,
          ).replace(`    return ${g}();`, `    return "${g}";`),
        ),
      ],
      explanation: `\`return ${g}();\` is the trap: it hands the PROMISE back without awaiting it, so \`${f}\` has already left its \`try\` block when that promise rejects, and its \`catch\` never sees the error. The rejection passes straight to the caller's \`.catch\`. \`return await ${g}();\` would wait inside the \`try\` and catch it there.`,
      trap: `return ${g}();`,
    };
  }),

  predict(T, "hard", "promise-settles-once", (rng) => {
    const [va, vb] = rng.sample(WORDS, 2);
    const [e1, e2, e3] = rng.shuffle(["TypeError", "RangeError", "SyntaxError"]);
    const code = lines(
      `const p1 = new Promise((resolve) => {`,
      `  resolve("${va}");`,
      `  throw new ${e1}("late");`,
      `});`,
      `const p2 = new Promise((resolve, reject) => {`,
      `  reject(new ${e2}("first"));`,
      `  resolve("${vb}");`,
      `});`,
      `const p3 = new Promise(() => {`,
      `  throw new ${e3}("boom");`,
      `});`,
      `Promise.allSettled([p1, p2, p3]).then((rs) =>`,
      `  console.log(rs.map((r) => (r.status === "fulfilled" ? r.value : r.reason.name)).join(" ")),`,
      `);`,
    );
    return {
      title: "A promise settles only once",
      code,
      distractors: [
        mut(
          "js.settled-once",
          swap(
            code,
            `  resolve("${va}");\n  throw new ${e1}("late");`,
            `  throw new ${e1}("late");\n  resolve("${va}");`,
          ),
        ),
        mut(
          "js.settled-once",
          swap(
            code,
            `  reject(new ${e2}("first"));\n  resolve("${vb}");`,
            `  resolve("${vb}");\n  reject(new ${e2}("first"));`,
          ),
        ),
        mut(
          "js.settled-once",
          swap(
            code,
            `const p3 = new Promise(() => {\n  throw new ${e3}("boom");\n});`,
            `const p3 = new Promise((resolve) => {\n  setTimeout(() => resolve("${e3}"), 0);\n});`,
          ),
        ),
        mut(
          "js.executor-async",
          swap(
            code,
            `const p3 = new Promise(() => {\n  throw new ${e3}("boom");\n});`,
            `const p3 = Promise.resolve(undefined);`,
          ),
        ),
      ],
      explanation: `\`throw new ${e1}("late");\` is the trap: the promise was already fulfilled by \`resolve("${va}")\`, and a promise settles only ONCE, so the later throw is silently ignored (likewise \`resolve("${vb}")\` after the rejection). A throw BEFORE anything settles, as in \`p3\`, rejects the promise with that error.`,
      trap: `throw new ${e1}("late");`,
    };
  }),
];
