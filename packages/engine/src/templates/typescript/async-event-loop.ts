import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, PREDICT, arr, fillPrompt, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "async-event-loop" } as const;

const WORDS = [
  "start",
  "timer",
  "promise",
  "end",
  "sync",
  "timeout",
  "then",
  "done",
  "boot",
  "tick",
  "ready",
  "one",
  "two",
  "later",
  "soon",
  "open",
  "close",
  "queued",
  "alpha",
  "beta",
  "gamma",
  "delta",
] as const;

const DELAY_TRIPLES: number[][] = [];
for (const a of [10, 20, 30, 40, 50, 60])
  for (const b of [10, 20, 30, 40, 50, 60])
    for (const c of [10, 20, 30, 40, 50, 60])
      if (new Set([a, b, c]).size === 3 && !(a < b && b < c) && a + b !== c && a + c !== b && b + c !== a)
        DELAY_TRIPLES.push([a, b, c]);

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const asyncEventLoopRules: MisconceptionRule[] = [
  {
    id: "ts.unawaited-promise-pauses",
    feedback:
      "Creating a promise does not pause the async function: only an await suspends it, so without one the next line runs at once.",
    requires: { all: ["async"], any: ["Promise.resolve", "new Promise"] },
  },
];

export const asyncEventLoopTemplates: ChallengeTemplate[] = [
  {
    ...base,
    id: "typescript/async-event-loop/timeout-vs-then",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [a, b, c, d] = rng.sample(WORDS, 4) as [string, string, string, string];
      const delay = rng.pick([0, 0, 5, 10]);
      const log = rng.pick(["log", "say", "note", "print"]);
      const timer = `setTimeout(() => ${log}(${q(b)}), ${delay});`;
      const then = `Promise.resolve().then(() => ${log}(${q(c)}));`;
      const code = lines(
        `const ${log} = (msg: string): void => console.log(msg);`,
        `${log}(${q(a)});`,
        timer,
        then,
        `${log}(${q(d)});`,
      );
      return {
        kind: "predict-output",
        title: "A zero-delay timer versus a resolved promise",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.timers-before-microtasks",
            code: swap(code, timer, `queueMicrotask(() => ${log}(${q(b)}));`),
          },
          { rule: "ts.then-is-sync", code: swap(code, then, `${log}(${q(c)});`) },
          { rule: "ts.timeout-zero-sync", code: swap(code, timer, `${log}(${q(b)});`) },
        ],
        explanation: `Synchronous logs run first (${a}, ${d}). The trap is \`${then}\` against \`${timer}\`: a \`then\` callback is a microtask, and the microtask queue is drained as soon as the synchronous code ends, so ${c} prints before the timer's ${b}, whatever the timer's delay.`,
        trap: then,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/async-runs-until-await",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["load", "fetchUser", "readConfig", "compute", "lookup", "resolveId"]);
      const id = rng.int(2, 40);
      const k = rng.int(2, 9);
      const [before, after] = rng.sample(WORDS, 2) as [string, string];
      const awaitLine = `  const value = await Promise.resolve(id * ${k});`;
      const call = `${fn}(${id}).then((v) => console.log(\`done \${v}\`));`;
      const code = lines(
        `async function ${fn}(id: number): Promise<number> {`,
        `  console.log(\`start \${id}\`);`,
        awaitLine,
        `  console.log(\`got \${value}\`);`,
        `  return value + 1;`,
        `}`,
        `console.log(${q(before)});`,
        call,
        `console.log(${q(after)});`,
      );
      return {
        kind: "predict-output",
        title: "An async function runs until its first await",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.async-body-deferred",
            code: swap(
              code,
              call,
              `Promise.resolve().then(() => ${fn}(${id})).then((v) => console.log(\`done \${v}\`));`,
            ),
          },
          { rule: "ts.await-is-sync", code: swap(code, awaitLine, `  const value = id * ${k};`) },
          {
            rule: "ts.then-is-sync",
            value: [before, `start ${id}`, `got ${id * k}`, `done ${id * k + 1}`, after].join("\n"),
          },
          { rule: "ts.await-is-sync", code: swap(code, `  return value + 1;`, `  return value;`) },
        ],
        explanation: `Calling \`${fn}(${id})\` runs its body synchronously, so "start ${id}" prints before "${after}". The trap is \`${awaitLine.trim()}\`: the \`await\` suspends the function even though the promise is already resolved, so "got ${id * k}" and then the \`then\` callback's "done ${id * k + 1}" run as microtasks after the synchronous code finishes.`,
        trap: awaitLine.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/interleaved-chains",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [p, r, t] = rng.sample(["a", "b", "c", "x", "y", "z", "p", "q", "m", "n", "u", "v"], 3) as [
        string,
        string,
        string,
      ];
      const taskName = rng.pick(["task", "worker", "job", "step"]);
      const order = rng.int(0, 2);
      const chainA = `Promise.resolve()\n  .then(() => log.push("${p}1"))\n  .then(() => log.push("${p}2"));`;
      const chainB = `Promise.resolve()\n  .then(() => log.push("${r}1"))\n  .then(() => log.push("${r}2"));`;
      const call = `${taskName}();`;
      const body = [chainA, call, chainB];
      const rotated = [...body.slice(order), ...body.slice(0, order)];
      const awaitLine = `  await null;`;
      const code = lines(
        `const log: string[] = [];`,
        `async function ${taskName}(): Promise<void> {`,
        `  log.push("${t}1");`,
        awaitLine,
        `  log.push("${t}2");`,
        `}`,
        ...rotated,
        `setTimeout(() => console.log(log.join(" ")), 0);`,
      );
      return {
        kind: "predict-output",
        title: "Two promise chains and an async function",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.then-chain-interleave",
            code: swap(
              swap(
                code,
                chainA,
                `Promise.resolve().then(() => {\n  log.push("${p}1");\n  log.push("${p}2");\n});`,
              ),
              chainB,
              `Promise.resolve().then(() => {\n  log.push("${r}1");\n  log.push("${r}2");\n});`,
            ),
          },
          { rule: "ts.await-is-sync", code: swap(code, awaitLine + "\n", "") },
          {
            rule: "ts.async-body-deferred",
            code: swap(code, call, `queueMicrotask(() => void ${taskName}());`),
          },
          {
            rule: "ts.timers-before-microtasks",
            code: swap(code, `  log.push("${t}2");`, `  setTimeout(() => log.push("${t}2"), 0);`),
          },
        ],
        explanation: `The trap is the second step \`.then(() => log.push("${p}2"))\`: a chain's next step is only queued when the previous step runs, so each \`then\` (and the \`await\`) costs one microtask turn and the independent chains advance one step per turn, interleaving. The async function's first line runs synchronously when \`${call}\` is reached. The timer prints only after all microtasks.`,
        trap: `.then(() => log.push("${p}2"))`,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/executor-runs-synchronously",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [w1, w2, w3, w4, w5] = rng.sample(WORDS, 5) as [string, string, string, string, string];
      const p = rng.pick(["p", "ready", "task", "job"]);
      const T = rng.pick(["string", "string | null"]);
      const body = `  console.log(${q(w2)});\n  resolve(${q(w5)});\n  console.log(${q(w3)});`;
      const then = `${p}.then((v) => console.log(v));`;
      const code = lines(
        `console.log(${q(w1)});`,
        `const ${p} = new Promise<${T}>((resolve) => {`,
        body,
        `});`,
        then,
        `console.log(${q(w4)});`,
      );
      return {
        kind: "predict-output",
        title: "When does the Promise executor run?",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.promise-executor-deferred",
            code: swap(code, body, `  queueMicrotask(() => {\n${body.replace(/^/gm, "  ")}\n  });`),
          },
          { rule: "ts.then-is-sync", code: swap(code, then, `console.log(${q(w5)});`) },
          { rule: "ts.resolve-returns", code: swap(code, `\n  console.log(${q(w3)});`, "") },
        ],
        explanation: `The trap is \`new Promise<${T}>((resolve) => {\`: the executor passed to it runs immediately, during construction, and \`resolve\` does not stop it, so "${w2}" and "${w3}" print straight after "${w1}". Only the \`then\` callback is a microtask: it runs after the last synchronous line ("${w4}").`,
        trap: `new Promise<${T}>((resolve) => {`,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/promise-all-keeps-order",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const labels = rng.sample(["a", "b", "c", "x", "y", "z", "red", "blue", "tea", "pie"], 3);
      const picked = rng.sample([10, 20, 30, 40, 50], 3);
      // Already ascending would make "completion order" and "input order" the same answer.
      const delays = picked.every((d, i) => i === 0 || d > picked[i - 1]!) ? [...picked].reverse() : picked;
      const wait = rng.pick(["wait", "delay", "later", "after"]);
      const calls = labels.map((l, i) => `${wait}(${delays[i]}, ${q(l!)})`);
      const byDelay = labels
        .map((l, i) => ({ l: l!, d: delays[i]! }))
        .sort((a, b) => a.d - b.d)
        .map(({ l, d }) => `${wait}(${d}, ${q(l)})`);
      const combinator = `Promise.all([${calls.join(", ")}])`;
      const code = lines(
        `const ${wait} = (ms: number, label: string): Promise<string> =>`,
        `  new Promise((resolve) =>`,
        `    setTimeout(() => {`,
        `      console.log(\`tick \${label}\`);`,
        `      resolve(label);`,
        `    }, ms),`,
        `  );`,
        `${combinator}.then((r) => console.log(String(r)));`,
      );
      return {
        kind: "predict-output",
        title: "Promise.all with timers of different lengths",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.promise-all-order",
            code: swap(code, combinator, `Promise.all([${byDelay.join(", ")}])`),
          },
          { rule: "ts.timer-delay-order", code: swap(code, `}, ms),`, `}, 10),`) },
          { rule: "ts.race-vs-all", code: swap(code, combinator, `Promise.race([${calls.join(", ")}])`) },
        ],
        explanation: `Each timer logs when its own delay expires, so the ticks come out shortest delay first. The trap is \`${combinator}\`: it waits for all of them and resolves with the results in the order of the input array, not the order they finished.`,
        trap: combinator,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/async-foreach-does-not-wait",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      // No delay may equal the sum of two others (equal due times would hinge on timer tie-breaking), and an
      // ascending triple would make the sequential and parallel orders coincide.
      const delays = rng.pick(DELAY_TRIPLES);
      const [fp, sp] = rng.sample(["a", "b", "p", "q", "m", "n", "x", "y"], 2) as [string, string];
      const sleep = rng.pick(["sleep", "pause", "wait"]);
      const list = rng.pick(["delays", "jobs", "durations"]);
      const forEach = `  ${list}.forEach(async (ms) => {\n    await ${sleep}(ms);\n    out.push(\`${fp}\${ms}\`);\n  });`;
      const forOf = `  for (const ms of ${list}) {\n    await ${sleep}(ms);\n    out.push(\`${sp}\${ms}\`);\n  }`;
      const code = lines(
        `const ${sleep} = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));`,
        `const ${list}: number[] = ${arr(delays)};`,
        `async function main(): Promise<void> {`,
        `  const out: string[] = [];`,
        forEach,
        forOf,
        `  console.log(out.join(" "));`,
        `}`,
        `void main();`,
      );
      return {
        kind: "predict-output",
        title: "async callbacks in forEach versus for...of",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.foreach-awaits",
            code: swap(
              code,
              forEach,
              `  for (const ms of ${list}) {\n    await ${sleep}(ms);\n    out.push(\`${fp}\${ms}\`);\n  }`,
            ),
          },
          {
            rule: "ts.await-is-sync",
            code: swap(
              code,
              forOf,
              `  await Promise.all(\n    ${list}.map(async (ms) => {\n      await ${sleep}(ms);\n      out.push(\`${sp}\${ms}\`);\n    }),\n  );`,
            ),
          },
          {
            rule: "ts.async-body-deferred",
            value: [
              ...delays.map((d) => `${sp}${d}`),
              ...[...delays].sort((x, y) => x - y).map((d) => `${fp}${d}`),
            ].join(" "),
          },
        ],
        explanation: `The trap is \`${list}.forEach(async (ms) => {\`: \`forEach\` starts all three async callbacks at once and ignores the promises they return, so their timers run in parallel and the "${fp}" entries finish shortest first. The \`for...of\` loop awaits each sleep in turn (after the parallel ones), so its "${sp}" entries come later, in array order.`,
        trap: `${list}.forEach(async (ms) => {`,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/fill-yield-to-caller",
    difficulty: "easy",
    kind: "fill-in-blank",
    build(rng) {
      const [a, b, c] = rng.sample(WORDS, 3) as [string, string, string];
      const fn = rng.pick(["main", "run", "task", "worker"]);
      const code = lines(
        `async function ${fn}(): Promise<void> {`,
        `  console.log(${q(a)});`,
        `  ${BLANK}`,
        `  console.log(${q(c)});`,
        `}`,
        `void ${fn}();`,
        `console.log(${q(b)});`,
      );
      return {
        kind: "fill-in-blank",
        title: "Letting the caller run first",
        prompt: fillPrompt(),
        code,
        answer: "await Promise.resolve();",
        wrong: [
          { fragment: "Promise.resolve();", rule: "ts.unawaited-promise-pauses" },
          { fragment: "setTimeout(() => {}, 0);", rule: "ts.timeout-zero-sync" },
          { fragment: "void Promise.resolve().then();", rule: "ts.then-is-sync" },
        ],
        explanation: `An async function runs synchronously until its first \`await\`. \`await Promise.resolve();\` suspends it and hands control back to the caller, which logs "${b}"; the rest resumes as a microtask. Creating a promise or scheduling a timer without awaiting it does not pause anything, so "${c}" would print before "${b}".`,
        trap: "await Promise.resolve();",
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/catch-then-finally",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const err = rng.pick(["RangeError", "TypeError", "SyntaxError", "URIError", "EvalError", "Error"]);
      const msg = rng.pick(["bad", "boom", "nope", "fail", "denied"]);
      const v = rng.int(2, 99);
      const log = rng.pick(["log", "say", "print"]);
      const [ok, caught, cleanup, value] = rng.pick([
        ["ok", "caught", "cleanup", "value"],
        ["step", "handled", "finally", "got"],
        ["then", "catch", "done", "result"],
        ["load", "rescued", "closed", "out"],
        ["next", "recovered", "tidy", "final"],
      ] as const);
      const start = `Promise.reject(new ${err}(${q(msg)}))`;
      const fin = `  .finally(() => ${log}(${q(cleanup)}))`;
      const code = lines(
        `const ${log} = (msg: string): void => {`,
        `  console.log(msg);`,
        `};`,
        start,
        `  .then(() => ${log}(${q(ok)}))`,
        `  .catch((e: Error) => {`,
        `    ${log}(\`${caught} \${e.name}\`);`,
        `    return ${v};`,
        `  })`,
        fin,
        `  .then((v) => ${log}(\`${value} \${v}\`));`,
      );
      return {
        kind: "predict-output",
        title: "Recovering from a rejection",
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.finally-value", code: swap(code, fin, `  .then(() => ${log}(${q(cleanup)}))`) },
          { rule: "ts.then-skips-rejection", code: swap(code, start, `Promise.resolve()`) },
          { rule: "ts.catch-recovers", value: [`${caught} ${err}`, cleanup].join("\n") },
          {
            rule: "ts.then-skips-rejection",
            code: swap(
              code,
              `  .then(() => ${log}(${q(ok)}))`,
              `  .then(() => ${log}(${q(ok)}), () => ${log}(${q(ok)}))`,
            ),
          },
        ],
        explanation: `The rejection skips the first \`then\` and reaches \`catch\`. The trap is its \`return ${v};\`: a handler that returns normally turns the chain back into a fulfilled one with that value. \`finally\` then runs its callback but passes ${v} through unchanged, so the last \`then\` runs and logs it.`,
        trap: `return ${v};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/microtasks-inside-microtasks",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const L = rng.sample(["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "P", "Q", "R"], 7) as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const [sa, sb, ma, mb, aa, ta, tb] = L;
      const outer = `queueMicrotask(() => {\n  order.push("${ma}");\n  setTimeout(() => order.push("${tb}"), 0);\n  void Promise.resolve().then(() => order.push("${mb}"));\n});`;
      const awaitLine = `  await null;`;
      const iife = `void (async () => {\n  order.push("${sa}");\n${awaitLine}\n  order.push("${aa}");\n})();`;
      const code = lines(
        `const order: string[] = [];`,
        `setTimeout(() => order.push("${ta}"), 0);`,
        outer,
        iife,
        `order.push("${sb}");`,
        `setTimeout(() => console.log(order.join(" ")), 50);`,
      );
      return {
        kind: "predict-output",
        title: "Microtasks that schedule more work",
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.timers-before-microtasks",
            code: swap(
              code,
              `queueMicrotask(() => {\n  order.push("${ma}");`,
              `setTimeout(() => {\n  order.push("${ma}");`,
            ),
          },
          { rule: "ts.await-is-sync", code: swap(code, awaitLine + "\n", "") },
          {
            rule: "ts.async-body-deferred",
            code: swap(code, iife, `queueMicrotask(() => {\n  ${iife.replace(/\n/g, "\n  ")}\n});`),
          },
          {
            rule: "ts.timers-before-microtasks",
            code: swap(
              code,
              `  void Promise.resolve().then(() => order.push("${mb}"));`,
              `  setTimeout(() => order.push("${mb}"), 0);`,
            ),
          },
        ],
        explanation: `Synchronous code runs first (including the async function up to its \`await\`). The trap is \`void Promise.resolve().then(() => order.push("${mb}"));\`, queued from inside a microtask: the microtask queue drains completely, including microtasks added while draining, before any timer runs. The timers then fire in the order they were scheduled.`,
        trap: `void Promise.resolve().then(() => order.push("${mb}"));`,
      };
    },
  },
];
