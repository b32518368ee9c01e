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
          .map(([, fragment]) => ({ fragment, rule: "js.error-type" })),
        { fragment: `input?.[key]?.length`, rule: "js.error-type" },
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
        mut("js.error-propagation", inside),
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
        mut("js.error-propagation", swap(code, `    throw new ${wrap}("bad input");\n`, "")),
        mut("js.error-type", swap(code, `    throw new ${wrap}("bad input");`, `    throw e;`)),
        val("js.finally-runs", `${inner} SyntaxError, ${outer} ${wrap}, ${inner} finally`),
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
        mut("js.async-throw-sync-part", swap(code, `  log.push("${s}");`, `  await null;\n  log.push("${s}");`)),
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
      explanation: `\`const p = ${f}();\` is the trap: throwing inside an async function doesn\'t throw at the call site. The function runs synchronously up to the throw and returns an already-rejected promise. The \`.catch\` callback is queued when it is attached, before the other \`.then\`, so it runs first among the microtasks.`,
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
        mut("js.finally-runs", noFinally),
        val("js.finally-runs", seq.join(" ")),
        mut("js.error-propagation", swap(code, `    if (${i} === ${skip}) continue;\n`, "")),
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
];
