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
  {
    id: "ts.async-returns-promise",
    feedback:
      "Calling an `async` function always returns a promise, even when its body returns a plain value.",
    requires: { all: ["async"] },
  },
  {
    id: "ts.then-block-no-return",
    feedback:
      "A `then` callback with a block body and no return statement returns undefined, and that is what the next `then` receives.",
    requires: { all: [".then", "=> {"] },
  },
  {
    id: "ts.timer-due-order",
    feedback:
      "Timers run in order of their due time, not in the order `setTimeout` was called, and only after the synchronous code.",
    requires: { all: ["setTimeout"] },
  },
  {
    id: "ts.race-rejects-first",
    feedback:
      "`Promise.race` settles the way its first settled promise does, so an earlier rejection wins over a later fulfilment; only Promise.any skips rejections.",
    requires: { all: ["Promise.race"] },
  },
  {
    id: "ts.race-no-cancel",
    feedback:
      "A race does not cancel the promises that lose: they still settle, and their own callbacks still run.",
    requires: { all: ["Promise.race"] },
  },
  {
    id: "ts.catch-callback-deferred",
    feedback:
      "A `catch` callback never runs during the call that registers it: even for an already rejected promise it waits until the synchronous code is done.",
    requires: { all: [".catch"] },
  },
  {
    id: "ts.async-throw-rejects",
    feedback:
      "A `throw` inside an `async` function does not escape the call: it rejects the returned promise, and the code after the call keeps running.",
    requires: { all: ["async", "throw"] },
  },
  {
    id: "ts.async-starts-sync",
    feedback:
      "An `async` function's body starts running at the call, synchronously, until its first await or its end.",
    requires: { all: ["async"] },
  },
  {
    id: "ts.settle-once",
    feedback:
      "A promise settles only once: after the first `resolve`, later `resolve` and `reject` calls are ignored.",
    requires: { all: ["resolve", "reject"] },
  },
  {
    id: "ts.returned-promise-extra-ticks",
    feedback:
      "Returning a promise from a `then` callback does not pass its value on at once: adopting it costs two extra microtask turns.",
    requires: { all: [".then", "return Promise.resolve"] },
  },
  {
    id: "ts.microtasks-between-timers",
    feedback:
      "After each timer callback the microtask queue is drained, so a promise callback queued inside one `setTimeout` runs before the next timer.",
    requires: { all: ["setTimeout", ".then"] },
  },
  {
    id: "ts.then-second-arg-scope",
    feedback:
      "The second argument of `then` handles only a rejection of the promise before it, never an error thrown by the first argument of the same `then`.",
    requires: { all: [".then", "throw"] },
  },
  {
    id: "ts.then-handler-recovers",
    feedback:
      "A rejection handler given to `then` that returns normally fulfils the next promise, so the later `then` callbacks run.",
    requires: { all: [".then"] },
  },
  {
    id: "ts.chain-steps-queued-later",
    feedback:
      "A chain's next `then` callback is queued only when the previous one has run, so it waits behind callbacks queued in the meantime.",
    requires: { all: [".then"] },
  },
  {
    id: "ts.queue-microtask-before-timers",
    feedback:
      "`queueMicrotask` callbacks are microtasks: they run before any timer, in one queue with the promise callbacks.",
    requires: { all: ["queueMicrotask", "setTimeout"] },
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
            rule: "ts.chain-steps-queued-later",
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
            rule: "ts.queue-microtask-before-timers",
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
  {
    ...base,
    id: "typescript/async-event-loop/async-function-returns-promise",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["getCount", "loadSize", "readTotal", "fetchScore"]);
      const v = rng.int(2, 60);
      const k = rng.int(1, 9);
      const [end] = rng.sample(WORDS, 1) as [string];
      const decl = `async function ${fn}(): Promise<number> {`;
      const code = lines(
        decl,
        `  return ${v};`,
        `}`,
        `const r = ${fn}();`,
        `console.log(r instanceof Promise, typeof r);`,
        `r.then((n) => console.log(n + ${k}));`,
        `console.log(${q(end)});`,
      );
      return {
        kind: "predict-output",
        title: `What ${fn}() returns when its body returns ${v}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.async-returns-promise", code: swap(code, decl, `function ${fn}(): Promise<number> {`) },
          {
            rule: "ts.then-is-sync",
            code: swap(code, `r.then((n) => console.log(n + ${k}));`, `console.log(${v} + ${k});`),
          },
          { rule: "ts.async-returns-promise", value: [`false number`, `${v + k}`, end].join("\n") },
        ],
        explanation: `The trap is \`${decl}\`: calling an async function always returns a promise, even when the body returns the plain number ${v}, so \`r\` is a Promise (typeof "object"). Its \`then\` callback runs as a microtask, after "${end}" has been logged.`,
        trap: decl,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/then-block-body-passes-undefined",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const v = rng.int(2, 30);
      const k = rng.int(2, 5);
      const add = rng.int(1, 9);
      const mid = `  .then((x) => {\n    x + ${add};\n  })`;
      const code = lines(
        `Promise.resolve(${v})`,
        `  .then((x) => x * ${k})`,
        mid,
        `  .then((x) => console.log(String(x)));`,
      );
      return {
        kind: "predict-output",
        title: `A then step with braces around x + ${add}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.then-block-no-return", code: swap(code, mid, `  .then((x) => x + ${add})`) },
          { rule: "ts.then-block-no-return", code: swap(code, mid + "\n", "") },
          { rule: "ts.then-block-no-return", value: String(v + add) },
        ],
        explanation: `The first step passes ${v * k} on. The trap is \`x + ${add};\` inside braces: a block-bodied arrow without a return statement returns undefined, so the next \`then\` receives undefined, not ${v * k + add} and not ${v * k}.`,
        trap: `x + ${add};`,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/timers-by-due-time",
    difficulty: "easy",
    kind: "predict-output",
    build(rng) {
      const [a, b, c, s] = rng.sample(WORDS, 4) as [string, string, string, string];
      const ds = rng.pick([
        [30, 10, 20],
        [20, 30, 10],
        [50, 5, 20],
        [10, 40, 20],
        [40, 20, 30],
      ]);
      const [da, db, dc] = ds as [number, number, number];
      const first = `setTimeout(() => console.log(${q(a)}), ${da});`;
      const mk = (x: number, y: number, z: number): string =>
        lines(
          `setTimeout(() => console.log(${q(a)}), ${x});`,
          `setTimeout(() => console.log(${q(b)}), ${y});`,
          `setTimeout(() => console.log(${q(c)}), ${z});`,
          `console.log(${q(s)});`,
        );
      const hi = Math.max(da, db, dc) + Math.min(da, db, dc);
      const code = lines(
        first,
        `setTimeout(() => console.log(${q(b)}), ${db});`,
        `setTimeout(() => console.log(${q(c)}), ${dc});`,
        `console.log(${q(s)});`,
      );
      const byDue = [
        [a, da],
        [b, db],
        [c, dc],
      ]
        .sort((x, y) => (x[1] as number) - (y[1] as number))
        .map((x) => x[0] as string);
      return {
        kind: "predict-output",
        title: `Three timers of ${da}, ${db} and ${dc} ms`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.timer-due-order", code: mk(10, 10, 10) },
          { rule: "ts.timeout-zero-sync", code: lines(...[a, b, c, s].map((w) => `console.log(${q(w)});`)) },
          { rule: "ts.timer-due-order", code: mk(hi - da, hi - db, hi - dc) },
          { rule: "ts.timeout-zero-sync", code: lines(...[...byDue, s].map((w) => `console.log(${q(w)});`)) },
        ],
        explanation: `The trap is \`${first}\`, scheduled first but not due first: timers run in order of their due time, not in the order \`setTimeout\` was called, and none runs before the synchronous "${s}". So the shortest delay fires first.`,
        trap: first,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/race-settles-with-first-rejection",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const err = rng.pick(["RangeError", "TypeError", "URIError"]);
      const slow = rng.pick([30, 40, 50]);
      const fast = rng.pick([10, 20]);
      const label = rng.pick(["slow", "data", "late"]);
      const failLine = `const fail = new Promise<string>((_, reject) => setTimeout(() => reject(new ${err}()), ${fast}));`;
      const race = `Promise.race([ok, fail]).then(`;
      const code = lines(
        `const ok = new Promise<string>((resolve) => setTimeout(() => resolve(${q(label)}), ${slow}));`,
        failLine,
        race,
        `  (v) => console.log(\`value \${v}\`),`,
        `  (e: Error) => console.log(\`caught \${e.name}\`),`,
        `);`,
        `void ok.then(() => console.log("ok settled too"));`,
      );
      return {
        kind: "predict-output",
        title: `Promise.race between a ${slow} ms value and a ${fast} ms ${err}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.race-rejects-first", code: swap(code, race, `Promise.any([ok, fail]).then(`) },
          {
            rule: "ts.race-rejects-first",
            code: swap(code, failLine, failLine.replace(`), ${fast}));`, `), ${slow + 10}));`)),
          },
          {
            rule: "ts.race-rejects-first",
            value: [`caught ${err}`, `value ${label}`, `ok settled too`].join("\n"),
          },
          { rule: "ts.race-no-cancel", value: `caught ${err}` },
        ],
        explanation: `The trap is \`${race}\`: a race settles the way its first settled promise does, fulfilled or rejected. \`fail\` rejects after ${fast} ms, before \`ok\` fulfils at ${slow} ms, so the race rejects and the second callback runs. \`ok\` still fulfils later, but the race has already settled.`,
        trap: race,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/async-throw-rejects",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const fn = rng.pick(["load", "parse", "connect", "verify"]);
      const err = rng.pick(["TypeError", "RangeError", "SyntaxError"]);
      const [inside, after, sync] = rng.pick([
        ["in", "after", "sync catch"],
        ["start", "next", "caught now"],
        ["enter", "later", "try caught"],
      ] as const);
      const decl = `async function ${fn}(): Promise<void> {`;
      const code = lines(
        decl,
        `  console.log(${q(inside)});`,
        `  throw new ${err}();`,
        `}`,
        `try {`,
        `  ${fn}().catch((e: Error) => console.log(\`caught \${e.name}\`));`,
        `} catch {`,
        `  console.log(${q(sync)});`,
        `}`,
        `console.log(${q(after)});`,
      );
      return {
        kind: "predict-output",
        title: `A ${err} thrown inside async ${fn}()`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.async-throw-rejects", code: swap(code, decl, `function ${fn}(): Promise<void> {`) },
          { rule: "ts.catch-callback-deferred", value: [inside, `caught ${err}`, after].join("\n") },
          {
            rule: "ts.async-starts-sync",
            code: swap(code, `  ${fn}().catch(`, `  Promise.resolve().then(() => ${fn}()).catch(`),
          },
        ],
        explanation: `The body of \`${fn}\` starts synchronously, so "${inside}" prints first. The trap is \`${decl}\`: because it is async, the \`throw\` does not escape the call; it rejects the returned promise instead. The \`try\` has nothing to catch, "${after}" prints, and the \`catch\` callback runs afterwards as a microtask.`,
        trap: decl,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/promise-settles-once",
    difficulty: "medium",
    kind: "predict-output",
    build(rng) {
      const [a, b] = rng.sample(["first", "second", "alpha", "beta", "one", "two"], 2) as [string, string];
      const done = rng.pick(["executor done", "end of executor", "finished"]);
      const r1 = `  resolve(${q(a)});`;
      const code = lines(
        `const p = new Promise<string>((resolve, reject) => {`,
        r1,
        `  reject(new Error());`,
        `  resolve(${q(b)});`,
        `  console.log(${q(done)});`,
        `});`,
        `p.then(`,
        `  (v) => console.log(\`value \${v}\`),`,
        `  () => console.log("rejected"),`,
        `);`,
      );
      return {
        kind: "predict-output",
        title: `resolve(${q(a)}), reject, then resolve(${q(b)})`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.settle-once", code: swap(code, r1 + "\n", "") },
          { rule: "ts.settle-once", code: swap(code, `${r1}\n  reject(new Error());\n`, "") },
          { rule: "ts.resolve-returns", code: swap(code, `\n  console.log(${q(done)});`, "") },
          {
            rule: "ts.promise-executor-deferred",
            code: swap(code, `  console.log(${q(done)});`, `  setTimeout(() => console.log(${q(done)}), 0);`),
          },
        ],
        explanation: `The trap is \`${r1.trim()}\`: a promise settles only once, so after this first call the \`reject\` and the second \`resolve\` are ignored. The executor itself keeps running to its end, so "${done}" prints first, and the \`then\` callback runs later with "${a}".`,
        trap: r1.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/returned-promise-costs-ticks",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [p, r] = rng.sample(["a", "b", "x", "y", "m", "n"], 2) as [string, string];
      const inner = rng.pick(["inner", "nested", "wrapped"]);
      const ret = `    return Promise.resolve(${q(inner)});`;
      const code = lines(
        `const out: string[] = [];`,
        `Promise.resolve()`,
        `  .then(() => {`,
        `    out.push("${p}1");`,
        ret,
        `  })`,
        `  .then((v) => out.push(v));`,
        `Promise.resolve()`,
        `  .then(() => out.push("${r}1"))`,
        `  .then(() => out.push("${r}2"))`,
        `  .then(() => out.push("${r}3"))`,
        `  .then(() => out.push("${r}4"));`,
        `setTimeout(() => console.log(out.join(" ")), 0);`,
      );
      return {
        kind: "predict-output",
        title: `Returning Promise.resolve(${q(inner)}) from a then callback`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.returned-promise-extra-ticks", code: swap(code, ret, `    return ${q(inner)};`) },
          {
            rule: "ts.returned-promise-extra-ticks",
            value: [`${p}1`, `${r}1`, `${r}2`, inner, `${r}3`, `${r}4`].join(" "),
          },
          {
            rule: "ts.then-chain-interleave",
            value: [`${p}1`, inner, `${r}1`, `${r}2`, `${r}3`, `${r}4`].join(" "),
          },
        ],
        explanation: `Two chains advance one step per microtask turn. The trap is \`${ret.trim()}\`: returning a promise from a \`then\` callback does not hand its value on at once; adopting it takes two extra microtask turns, so "${inner}" lands after "${r}3", not right after "${p}1".`,
        trap: ret.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/microtask-from-timer-before-next-timer",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [t1, t2, t3, m1, mt, s] = rng.sample(
        ["A", "B", "C", "D", "E", "F", "G", "H", "K", "P", "Q"],
        6,
      ) as [string, string, string, string, string, string];
      const inTimer = `  void Promise.resolve().then(() => order.push("${mt}"));`;
      const code = lines(
        `const order: string[] = [];`,
        `setTimeout(() => {`,
        `  order.push("${t1}");`,
        inTimer,
        `}, 0);`,
        `setTimeout(() => order.push("${t2}"), 0);`,
        `void Promise.resolve().then(() => {`,
        `  order.push("${m1}");`,
        `  setTimeout(() => order.push("${t3}"), 0);`,
        `});`,
        `order.push("${s}");`,
        `setTimeout(() => console.log(order.join(" ")), 20);`,
      );
      return {
        kind: "predict-output",
        title: `A promise callback queued inside timer ${t1}`,
        prompt: PREDICT,
        code,
        distractors: [
          { rule: "ts.microtasks-between-timers", value: [s, m1, t1, t2, mt, t3].join(" ") },
          {
            rule: "ts.microtasks-between-timers",
            code: swap(code, inTimer, `  setTimeout(() => order.push("${mt}"), 0);`),
          },
          {
            rule: "ts.timer-delay-order",
            code: swap(
              swap(code, `  setTimeout(() => order.push("${t3}"), 0);\n`, ""),
              `const order: string[] = [];`,
              `const order: string[] = [];\nsetTimeout(() => order.push("${t3}"), 0);`,
            ),
          },
          {
            rule: "ts.timers-before-microtasks",
            code: swap(
              code,
              `void Promise.resolve().then(() => {\n  order.push("${m1}");\n  setTimeout(() => order.push("${t3}"), 0);\n});`,
              `setTimeout(() => {\n  order.push("${m1}");\n  setTimeout(() => order.push("${t3}"), 0);\n}, 0);`,
            ),
          },
        ],
        explanation: `Synchronous code runs first, then the microtask "${m1}", which schedules a third timer behind the other two. The trap is \`${inTimer.trim()}\` inside the first timer: after each timer callback the microtask queue is drained, so "${mt}" runs before the next timer "${t2}". Timers with equal delays run in the order they were scheduled.`,
        trap: inTimer.trim(),
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/then-second-argument-scope",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const err = rng.pick(["RangeError", "TypeError", "URIError"]);
      const [hA, hB] = rng.pick([
        ["handler A", "handler B"],
        ["first catch", "second catch"],
        ["inner fail", "outer fail"],
      ] as const);
      const [next, done] = rng.pick([
        ["next", "done"],
        ["step", "end"],
        ["ok", "finish"],
      ] as const);
      const thrower = `  () => {\n    throw new ${err}();\n  },`;
      const start = rng.int(1, 9);
      const code = lines(
        `Promise.resolve(${start})`,
        `.then(`,
        thrower,
        `  () => console.log(${q(hA)}),`,
        `)`,
        `.then(`,
        `  () => console.log(${q(next)}),`,
        `  (e: Error) => console.log(\`${hB} \${e.name}\`),`,
        `)`,
        `.then(() => console.log(${q(done)}));`,
      );
      return {
        kind: "predict-output",
        title: `A throw in then's first callback next to its own error handler`,
        prompt: PREDICT,
        code,
        distractors: [
          {
            rule: "ts.then-second-arg-scope",
            code: swap(code, `Promise.resolve(${start})`, `Promise.reject(new ${err}())`),
          },
          {
            rule: "ts.then-second-arg-scope",
            code: swap(code, thrower, `  () => {\n    return 0;\n  },`),
          },
          { rule: "ts.then-handler-recovers", value: `${hB} ${err}` },
          { rule: "ts.then-second-arg-scope", value: [hA, `${hB} ${err}`, done].join("\n") },
        ],
        explanation: `The trap is \`throw new ${err}();\` in the first callback: the second argument of that same \`then\` handles only a rejection of the promise before it, so it never sees this error. The next \`then\`'s rejection handler does, and because it returns normally, the chain is fulfilled again and "${done}" prints.`,
        trap: `throw new ${err}();`,
      };
    },
  },
];
