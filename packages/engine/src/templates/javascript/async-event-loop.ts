import type { ChallengeTemplate, MisconceptionRule } from "../../types";
import { BLANK, FRUITS, WORDS, distinctInts, fill, lines, mut, predict, swap, val } from "./helpers";

const T = "async-event-loop";

const LABELS = [...WORDS, ...FRUITS];

/** This topic's own misconceptions (the shared ones are in ./rules.ts). */
export const asyncEventLoopRules: MisconceptionRule[] = [
  {
    id: "js.only-await-suspends",
    feedback:
      "Only an await suspends an async function; any other statement in its place runs straight on, before the caller continues.",
    requires: { all: ["async"] },
  },
  {
    id: "js.delay-not-source-order",
    feedback:
      "Timers fire by due time, not in the order they appear in the code, and never before the synchronous code has finished.",
    requires: { all: ["setTimeout"] },
  },
  {
    id: "js.then-return-passes",
    feedback:
      "The next `then` receives what the previous callback RETURNED; a callback in braces that never says return passes undefined.",
    requires: { all: ["then"] },
  },
  {
    id: "js.async-call-gives-promise",
    feedback:
      "Calling an `async` function always gives a Promise, even when its body returns a plain value; the value arrives only through then or await.",
    requires: { all: ["async"] },
  },
  {
    id: "js.interval-repeats",
    feedback:
      "`setInterval` calls its callback again every period until `clearInterval` runs; it is not a one-shot timer.",
    requires: { all: ["setInterval", "clearInterval"] },
  },
  {
    id: "js.nested-await-order",
    feedback:
      "An async function called from another runs its body at once up to its first `await`, and the caller's `await` then waits for all of it.",
    requires: { all: ["async", "await"] },
  },
  {
    id: "js.then-branches",
    feedback:
      "Calling `then` doesn't change the promise: every `then` on the same promise gets the same value, and only a chained call sees the transformed one.",
    requires: { all: ["then"] },
  },
  {
    id: "js.race-first-settles",
    feedback:
      "`Promise.race` settles like the first input to settle, fulfilled OR rejected; later results are ignored, though their work still runs.",
    requires: { all: ["Promise.race"] },
  },
  {
    id: "js.returned-promise-ticks",
    feedback:
      "Returning a promise from a `then` callback costs two extra microtask turns before the next step, so a chain of plain values overtakes it.",
    requires: { all: ["then", "return"] },
  },
  {
    id: "js.sequential-await-delays",
    feedback:
      "An `await` inside a loop waits for each step before starting the next, so the delays add up instead of overlapping.",
    requires: { all: ["await", "for"] },
  },
  {
    id: "js.executor-runs-now",
    feedback:
      "The function passed to `new Promise` runs at once, synchronously, before the next line; only the reactions registered with then wait.",
    requires: { all: ["new Promise"] },
  },
];

export const asyncEventLoopTemplates: ChallengeTemplate[] = [
  predict(T, "easy", "sync-micro-macro", (rng) => {
    const [s1, s2, tm, pr] = rng.sample(LABELS, 4).map((l) => `"${l}"`) as [string, string, string, string];
    const delay = rng.pick([0, 0, 10, 100]);
    const timer = `setTimeout(() => console.log(${tm}), ${delay});`;
    const promise = `Promise.resolve().then(() => console.log(${pr}));`;
    const middle = rng.bool() ? [timer, promise] : [promise, timer];
    const code = lines(`console.log(${s1});`, ...middle, `console.log(${s2});`);
    const timersFirst = [s1, s2, tm, pr].map((s) => JSON.parse(s) as string).join("\n");
    return {
      title: "Timers versus promises",
      code,
      distractors: [
        mut("js.async-order", swap(swap(code, timer, `console.log(${tm});`), promise, `console.log(${pr});`)),
        val("js.timers-before-promises", timersFirst),
        mut("js.then-sync", swap(code, promise, `console.log(${pr});`)),
        mut("js.timeout-zero-sync", swap(code, timer, `console.log(${tm});`)),
      ],
      trap: "Promise.resolve().then(",
      explanation:
        "Synchronous code runs to completion first. The trap is `Promise.resolve().then(`: its callback is a microtask, and the microtask queue is drained before the event loop runs any timer callback, whatever the timer's delay (even 0). Output:\n\n```\n{{output}}\n```",
    };
  }),

  predict(T, "medium", "await-pauses-caller-continues", (rng) => {
    const f = rng.pick(["main", "load", "fetchData", "init", "refresh"]);
    const [a, b, c, d, t] = rng.sample(LABELS, 5).map((s) => `"${s}"`) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const timerFirst = rng.bool();
    const timer = `setTimeout(() => console.log(${t}), 0);`;
    const awaited = rng.pick(["await Promise.resolve();", "await null;", "await 0;"]);
    const code = lines(
      ...(timerFirst ? [timer] : []),
      `async function ${f}() {`,
      `  console.log(${a});`,
      `  ${awaited}`,
      `  console.log(${b});`,
      `}`,
      `${f}().then(() => console.log(${c}));`,
      ...(timerFirst ? [] : [timer]),
      `console.log(${d});`,
    );
    return {
      title: "What await pauses",
      code,
      distractors: [
        mut("js.await-sync", swap(code, `  ${awaited}\n`, "")),
        mut(
          "js.timers-before-promises",
          swap(code, awaited, "await new Promise((resolve) => setTimeout(resolve, 0));"),
        ),
        mut("js.async-body-sync", swap(code, `  console.log(${a});`, `  await null;\n  console.log(${a});`)),
        mut(
          "js.async-returns-promise",
          swap(code, `${f}().then(() => console.log(${c}));`, `${f}();\nconsole.log(${c});`),
        ),
      ],
      trap: awaited,
      explanation: `Calling \`${f}()\` runs its body synchronously up to \`${awaited}\`, which is the trap: even an already settled value suspends \`${f}\` there and returns to the caller, which logs ${d}. The rest of \`${f}\` and then the \`.then\` callback run as microtasks; the timer callback runs last.`,
    };
  }),

  predict(T, "hard", "interleaved-chains", (rng) => {
    const [c1, c2, c3, c4] = rng.sample([..."abcdefghkmnpqrstuvwxyz"], 4) as [string, string, string, string];
    const [p, q, r, s, m, t] = [`${c1}1`, `${c1}2`, `${c2}1`, `${c2}2`, c3.toUpperCase(), c4.toUpperCase()];
    const f = rng.pick(["task", "job", "worker", "step"]);
    const blocks = rng.shuffle([
      `setTimeout(() => log.push("${t}"), 0);`,
      `Promise.resolve()\n  .then(() => log.push("${p}"))\n  .then(() => log.push("${q}"));`,
      `${f}();`,
      `queueMicrotask(() => log.push("${m}"));`,
    ]);
    const code = lines(
      `const log = [];`,
      `async function ${f}() {`,
      `  log.push("${r}");`,
      `  await null;`,
      `  log.push("${s}");`,
      `}`,
      ...blocks,
      `log.push("sync");`,
      `setTimeout(() => console.log(log.join(" ")), 1000);`,
    );
    return {
      title: "Interleaving promise chains, await and timers",
      code,
      distractors: [
        mut(
          "js.chain-interleave",
          swap(
            code,
            `.then(() => log.push("${p}"))\n  .then(() => log.push("${q}"));`,
            `.then(() => {\n    log.push("${p}");\n    log.push("${q}");\n  });`,
          ),
        ),
        mut("js.await-sync", swap(code, `  await null;\n`, "")),
        mut(
          "js.timers-before-promises",
          swap(code, `setTimeout(() => log.push("${t}"), 0);`, `queueMicrotask(() => log.push("${t}"));`),
        ),
        mut("js.async-order", swap(code, `queueMicrotask(() => log.push("${m}"));`, `log.push("${m}");`)),
      ],
      trap: `.then(() => log.push("${q}"))`,
      explanation: `Synchronous code runs first, including \`${f}\` up to its \`await null\`. Microtasks then run in the order they were queued. The trap is \`.then(() => log.push("${q}"))\`: it is queued only when the step before it has run, so the chain interleaves with the other microtasks instead of running both steps back to back. The timer callback runs after all microtasks.`,
    };
  }),

  fill(T, "easy", "schedule-between", (rng) => {
    const [t, x, s, z] = rng.sample(LABELS, 4);
    const delay = rng.pick([0, 5, 10, 50]);
    return {
      title: "Scheduling a callback",
      prompt: "Which fragment makes this program print `{{target}}`?",
      code: lines(
        `setTimeout(() => console.log("${t}"), ${delay});`,
        `${BLANK}(() => console.log("${x}"));`,
        `console.log("${s}");`,
        `console.log("${z}");`,
      ),
      answer: "queueMicrotask",
      wrong: [
        { fragment: "setTimeout", rule: "js.timer-order" },
        { fragment: "new Promise", rule: "js.executor-async" },
        { fragment: "((fn) => fn())", rule: "js.async-order" },
        { fragment: "Array.of", rule: "js.async-order" },
      ],
      trap: "queueMicrotask",
      explanation: `\`queueMicrotask\` runs its callback after the current synchronous code but before any timer. A second \`setTimeout\` would run after the first one, and a Promise executor runs immediately.`,
    };
  }),

  predict(T, "medium", "nested-timers-and-microtasks", (rng) => {
    const [a, b, c, d, e] = rng.sample(LABELS, 5);
    // Every timer is at least 10 ms from every other, and the one created inside a callback is due after
    // all the top-level ones: real Node under load may fire a timer late, and two timers due at the same
    // millisecond (or a nested 0 ms timer racing a top-level one) would make the reference order depend on it.
    const d1 = rng.int(1, 4) * 10;
    const gap = rng.int(2, 5) * 10;
    const d2 = d1 + gap;
    const de = d1 + rng.int(1, gap / 10 - 1) * 10;
    const code = lines(
      `setTimeout(() => console.log("${a}"), ${d1});`,
      `setTimeout(() => {`,
      `  console.log("${b}");`,
      `  setTimeout(() => console.log("${c}"), 0);`,
      `  queueMicrotask(() => console.log("${d}"));`,
      `}, ${d2});`,
      `setTimeout(() => console.log("${e}"), ${de});`,
    );
    return {
      title: "Timers scheduled inside timers",
      code,
      distractors: [
        mut(
          "js.timer-order",
          swap(
            code,
            `setTimeout(() => console.log("${a}"), ${d1});`,
            `setTimeout(() => console.log("${a}"), ${d2 + 50});`,
          ),
        ),
        mut(
          "js.timers-before-promises",
          swap(
            code,
            `queueMicrotask(() => console.log("${d}"));`,
            `setTimeout(() => console.log("${d}"), 0);`,
          ),
        ),
        mut(
          "js.timer-order",
          swap(
            code,
            `setTimeout(() => console.log("${e}"), ${de});`,
            `setTimeout(() => console.log("${e}"), ${d2 + 50});`,
          ),
        ),
        val("js.timer-order", [a, b, e, d, c].join("\n")),
        val("js.async-order", [a, e, d, b, c].join("\n")),
      ],
      trap: `queueMicrotask(() => console.log("${d}"))`,
      explanation: `Timers run in order of due time, not in the order they are written: the ${de} ms timer runs before the ${d2} ms one. The trap is \`queueMicrotask(() => console.log("${d}"))\` inside a timer callback: the microtask queue is drained right after each timer callback, so "${d}" runs right after "${b}". The 0 ms timer created inside that callback is due only after it has run, so "${c}" comes last.`,
    };
  }),

  predict(T, "hard", "foreach-does-not-await", (rng) => {
    const f = rng.pick(["save", "upload", "store", "send", "sync"]);
    const m = rng.pick(["main", "run", "process", "flush"]);
    const ids = distinctInts(rng, 2, 1, 50);
    const last = rng.int(51, 99);
    const [loopDone, allDone] = rng.pick([
      ["loop done", "all done"],
      ["queued", "finished"],
      ["after forEach", "end"],
      ["dispatched", "complete"],
    ]);
    const verb = rng.pick(["saved", "sent", "stored", "done"]);
    const code = lines(
      `const log = [];`,
      `async function ${f}(id) {`,
      `  await null;`,
      "  log.push(`" + verb + " ${id}`);",
      `}`,
      `async function ${m}() {`,
      `  [${ids.join(", ")}].forEach(async (id) => {`,
      `    await ${f}(id);`,
      `  });`,
      `  log.push("${loopDone}");`,
      `  await ${f}(${last});`,
      `  log.push("${allDone}");`,
      `}`,
      `${m}().then(() => console.log(log.join(", ")));`,
    );
    return {
      title: "async callbacks inside forEach",
      code,
      distractors: [
        mut(
          "js.foreach-async",
          swap(
            code,
            `  [${ids.join(", ")}].forEach(async (id) => {\n    await ${f}(id);\n  });`,
            `  for (const id of [${ids.join(", ")}]) {\n    await ${f}(id);\n  }`,
          ),
        ),
        mut("js.missing-await", swap(code, `  await ${f}(${last});`, `  ${f}(${last});`)),
        val(
          "js.async-order",
          [loopDone, `${verb} ${last}`, ...ids.map((i) => `${verb} ${i}`), allDone].join(", "),
        ),
        mut("js.await-sync", swap(code, `  await null;\n`, "")),
      ],
      trap: `[${ids.join(", ")}].forEach(async (id) =>`,
      explanation: `\`[${ids.join(", ")}].forEach(async (id) =>\` is the trap: \`forEach\` calls each async callback and ignores the promise it returns, so \`${m}\` carries on immediately. All the \`${f}\` calls pause at \`await null\` and resume in the order they started, and \`${m}\` continues only after its own awaited call has finished.`,
    };
  }),

  predict(T, "easy", "promise-executor-runs-now", (rng) => {
    const [a, b, c, d] = rng.sample(LABELS, 4);
    const p = rng.pick(["p", "promise", "task", "job"]);
    const code = lines(
      `console.log("${a}");`,
      `const ${p} = new Promise((resolve) => {`,
      `  console.log("${b}");`,
      `  resolve("${c}");`,
      `});`,
      `${p}.then((value) => console.log(value));`,
      `console.log("${d}");`,
    );
    return {
      title: "When does a Promise executor run?",
      code,
      distractors: [
        mut(
          "js.executor-runs-now",
          swap(
            code,
            `  console.log("${b}");\n  resolve("${c}");`,
            `  queueMicrotask(() => {\n    console.log("${b}");\n    resolve("${c}");\n  });`,
          ),
        ),
        mut("js.then-sync", swap(code, `${p}.then((value) => console.log(value));`, `console.log("${c}");`)),
        val("js.executor-async", [a, d, c, b].join("\n")),
        mut(
          "js.async-order",
          swap(code, `console.log("${d}");`, `setTimeout(() => console.log("${d}"), 0);`).replace(
            `console.log("${a}");`,
            `console.log("${a}");`,
          ),
        ),
      ],
      trap: "new Promise",
      explanation: `The function passed to \`new Promise\` is the trap: it runs immediately and synchronously, so "${b}" prints right after "${a}". Only the \`.then\` callback is a microtask: it waits until the synchronous code (including "${d}") has finished, even though the promise is already resolved.`,
    };
  }),

  fill(T, "medium", "what-await-waits-for", (rng) => {
    const [s, e, y] = rng.sample(LABELS, 3);
    const f = rng.pick(["main", "load", "task", "job"]);
    return {
      title: "Making an async function yield",
      prompt: "Which statement makes this program print `{{target}}`?",
      code: lines(
        `const log = [];`,
        `async function ${f}() {`,
        `  log.push("${s}");`,
        `  ${BLANK}`,
        `  log.push("${e}");`,
        `}`,
        `${f}();`,
        `log.push("${y}");`,
        `setTimeout(() => console.log(log.join(" ")), 100);`,
      ),
      answer: "await null;",
      wrong: [
        { fragment: "void null;", rule: "js.only-await-suspends" },
        { fragment: "setTimeout(() => {}, 0);", rule: "js.missing-await" },
        { fragment: "await { then() {} };", rule: "js.pending-promise" },
        { fragment: "Promise.resolve();", rule: "js.missing-await" },
      ],
      trap: "await null;",
      explanation:
        "`await null;` suspends the async function even though `null` is not a promise, and resumes it in a later microtask, after the caller's synchronous code. Merely creating a promise or timer doesn't pause anything, and awaiting a thenable that never settles never resumes.",
    };
  }),

  predict(T, "hard", "promise-all-timing", (rng) => {
    const [la, lb, lc, ld] = rng.sample([..."abcdefghkmnpqrstuvwxyz"], 4);
    // Every timer starts in the same synchronous run with a distinct delay, so real Node agrees with
    // the virtual clock even when it runs them late.
    const picked = rng.shuffle([10, 20, 30, 40, 50, 60, 70]).slice(0, 4) as [number, number, number, number];
    // The early promise finishes after the second one, and the Promise.all inputs finish out of order.
    const [da, db] = picked[0] > picked[1] ? [picked[0], picked[1]] : [picked[1], picked[0]];
    const [dc, dd] = picked[2] > picked[3] ? [picked[2], picked[3]] : [picked[3], picked[2]];
    const code = lines(
      `const log = [];`,
      `const wait = (ms, v) =>`,
      `  new Promise((resolve) => setTimeout(() => { log.push(v); resolve(v); }, ms));`,
      `async function main() {`,
      `  const first = wait(${da}, "${la}");`,
      `  const second = wait(${db}, "${lb}");`,
      `  const [third, fourth] = await Promise.all([wait(${dc}, "${lc}"), wait(${dd}, "${ld}")]);`,
      "  log.push(`${await first}${await second}${third}${fourth}`);",
      `}`,
      `main().then(() => console.log(log.join(" ")));`,
    );
    const byDelay = [
      [da, la],
      [db, lb],
      [dc, lc],
      [dd, ld],
    ]
      .sort((x, y) => (x[0] as number) - (y[0] as number))
      .map((x) => x[1] as string);
    const completion = `${ld}${lc}`;
    const sequential = lines(
      ...code.split("\n").slice(0, 4),
      `  const first = await wait(${da}, "${la}");`,
      `  const second = await wait(${db}, "${lb}");`,
      `  const third = await wait(${dc}, "${lc}");`,
      `  const fourth = await wait(${dd}, "${ld}");`,
      "  log.push(`${first}${second}${third}${fourth}`);",
      `}`,
      `main().then(() => console.log(log.join(" ")));`,
    );
    return {
      title: "Promises started early, awaited late",
      code,
      distractors: [
        mut("js.promise-eager", sequential),
        mut(
          "js.promise-all-order",
          swap(
            code,
            `  const [third, fourth] = await Promise.all([wait(${dc}, "${lc}"), wait(${dd}, "${ld}")]);`,
            `  const [fourth, third] = await Promise.all([wait(${dc}, "${lc}"), wait(${dd}, "${ld}")]);`,
          ),
        ),
        mut(
          "js.promise-eager",
          swap(
            swap(
              swap(
                code,
                `  const first = wait(${da}, "${la}");`,
                `  const first = () => wait(${da}, "${la}");`,
              ),
              `  const second = wait(${db}, "${lb}");`,
              `  const second = () => wait(${db}, "${lb}");`,
            ),
            "${await first}${await second}",
            "${await first()}${await second()}",
          ),
        ),
        val("js.promise-all-order", `${byDelay.join(" ")} ${la}${lb}${completion}`),
        val(
          "js.timer-order",
          `${la} ${lb} ${lc} ${ld} ${la}${lb}${lc}${ld}`.replace(
            `${la} ${lb} ${lc} ${ld}`,
            byDelay.slice().reverse().join(" "),
          ),
        ),
        val("js.promise-all-order", `${byDelay.join(" ")} ${byDelay.join("")}`),
      ],
      trap: `const first = wait(${da}, "${la}");`,
      explanation: `\`const first = wait(${da}, "${la}");\` is the trap: \`wait\` starts its timer as soon as it is called, not when it is awaited, so all four timers run concurrently and log in order of their delays. Awaiting later only waits for a result, and \`Promise.all\` returns results in the order of its input array, not in the order they finished.`,
    };
  }),
  predict(T, "easy", "timers-by-delay", (rng) => {
    const [a, b, c, d] = rng.sample(LABELS, 4);
    const [d1, d2, d3] = rng.pick([
      [10, 30, 20],
      [20, 10, 30],
      [20, 30, 10],
      [30, 10, 20],
    ]) as [number, number, number];
    const code = lines(
      `setTimeout(() => console.log("${a}"), ${d1});`,
      `setTimeout(() => console.log("${b}"), ${d2});`,
      `setTimeout(() => console.log("${c}"), ${d3});`,
      `console.log("${d}");`,
    );
    return {
      title: "Three timers with different delays",
      code,
      distractors: [
        mut(
          "js.delay-not-source-order",
          swap(
            swap(swap(code, `, ${d1});`, ", 10);"), `"${b}"), ${d2});`, `"${b}"), 20);`),
            `"${c}"), ${d3});`,
            `"${c}"), 30);`,
          ),
        ),
        mut(
          "js.delay-not-source-order",
          swap(
            swap(swap(code, `, ${d1});`, ", 30);"), `"${b}"), ${d2});`, `"${b}"), 20);`),
            `"${c}"), ${d3});`,
            `"${c}"), 10);`,
          ),
        ),
        mut(
          "js.timeout-zero-sync",
          swap(code, `setTimeout(() => console.log("${a}"), ${d1});`, `console.log("${a}");`),
        ),
        mut(
          "js.delay-not-source-order",
          swap(code, `console.log("${d}");`, `setTimeout(() => console.log("${d}"), 40);`),
        ),
      ],
      explanation: `The delays are the trap: \`setTimeout(() => console.log("${a}"), ${d1});\` and the others fire in order of their due time, not in the order they appear in the code, and only after the synchronous \`console.log("${d}")\` has run.`,
      trap: `setTimeout(() => console.log("${a}"), ${d1});`,
    };
  }),

  predict(T, "easy", "then-passes-return-values", (rng) => {
    const n = rng.int(2, 9);
    const k = rng.int(2, 5);
    const add = rng.int(1, 9);
    const code = lines(
      `Promise.resolve(${n})`,
      `  .then((x) => x * ${k})`,
      `  .then((x) => {`,
      `    x + ${add};`,
      `  })`,
      `  .then((x) => console.log(x));`,
    );
    return {
      title: "What each then() passes on",
      code,
      distractors: [
        mut("js.then-return-passes", swap(code, `    x + ${add};`, `    return x + ${add};`)),
        mut("js.then-return-passes", swap(code, `  .then((x) => x * ${k})`, `  .then((x) => { x * ${k}; })`)),
        mut(
          "js.then-return-passes",
          swap(code, `  .then((x) => console.log(x));`, `  .then(() => console.log(${n}));`),
        ),
        mut("js.then-return-passes", swap(code, `    x + ${add};`, `    return x;`)),
      ],
      explanation: `\`x + ${add};\` is the trap: inside braces, an arrow function returns nothing unless it says \`return\`, so that \`then\` passes \`undefined\` along, and the next callback receives exactly what the previous one RETURNED. The concise \`(x) => x * ${k}\` does return its value.`,
      trap: `x + ${add};`,
    };
  }),

  predict(T, "easy", "async-call-returns-a-promise", (rng) => {
    const f = rng.pick(["getCount", "total", "loadValue", "compute"]);
    const n = rng.int(1, 99);
    const r = rng.pick(["result", "value", "got", "out"]);
    const code = lines(
      `async function ${f}() {`,
      `  return ${n};`,
      `}`,
      `const ${r} = ${f}();`,
      `console.log(typeof ${r}, ${r} instanceof Promise);`,
      `${r}.then((v) => console.log(v + 1));`,
    );
    return {
      title: "What calling an async function returns",
      code,
      distractors: [
        mut(
          "js.async-call-gives-promise",
          swap(code, `async function ${f}() {`, `function ${f}() {`).replace(
            `${r}.then((v) => console.log(v + 1));`,
            `console.log(${r} + 1);`,
          ),
        ),
        mut(
          "js.async-call-gives-promise",
          swap(
            code,
            `console.log(typeof ${r}, ${r} instanceof Promise);`,
            `console.log(typeof ${n}, ${n} instanceof Promise);`,
          ),
        ),
        mut(
          "js.async-call-gives-promise",
          swap(code, `${r}.then((v) => console.log(v + 1));`, `console.log(${r} + 1);`),
        ),
        mut(
          "js.async-call-gives-promise",
          swap(code, `const ${r} = ${f}();`, `const ${r} = ${f}();\n${r}.then((v) => console.log(v + 1));`)
            .replace(`\n${r}.then((v) => console.log(v + 1));\n`, "\n")
            .replace(/\n[^\n]*\.then\(\(v\) => console\.log\(v \+ 1\)\);$/, ""),
        ),
      ],
      explanation: `\`const ${r} = ${f}();\` is the trap: an \`async\` function ALWAYS returns a Promise, even when its body returns the plain number ${n}, so \`${r}\` is an object and an instance of Promise. The number itself is only reachable through \`then\` (or \`await\`), later.`,
      trap: `const ${r} = ${f}();`,
    };
  }),

  predict(T, "medium", "interval-until-cleared", (rng) => {
    const period = rng.pick([10, 20]);
    const ticks = rng.int(3, 4);
    const id = rng.pick(["id", "timer", "handle", "ticker"]);
    const c = rng.pick(["count", "ticks", "beats", "n"]);
    // Everything happens inside the interval's own callback: no second timer races it, so real Node
    // prints the same even when its interval drifts under load.
    const code = lines(
      `let ${c} = 0;`,
      `const ${id} = setInterval(() => {`,
      `  ${c}++;`,
      "  console.log(`tick ${" + c + "}`);",
      `  if (${c} === ${ticks}) {`,
      `    clearInterval(${id});`,
      "    console.log(`stopped at ${" + c + "}`);",
      `  }`,
      `}, ${period});`,
    );
    return {
      title: "setInterval stopped from inside its callback",
      code,
      distractors: [
        mut(
          "js.interval-repeats",
          swap(code, `const ${id} = setInterval(() => {`, `const ${id} = setTimeout(() => {`),
        ),
        mut(
          "js.interval-repeats",
          swap(code, `  if (${c} === ${ticks}) {`, `  if (${c} === ${ticks + 1}) {`),
        ),
        mut(
          "js.off-by-one",
          swap(
            code,
            "  " + c + "++;\n  console.log(`tick ${" + c + "}`);",
            "  console.log(`tick ${" + c + "}`);\n  " + c + "++;",
          ),
        ),
        mut(
          "js.interval-repeats",
          swap(code, `  if (${c} === ${ticks}) {`, `  if (${c} === ${ticks - 1}) {`),
        ),
      ],
      explanation: `\`setInterval(() => {\` is the trap: unlike \`setTimeout\`, it calls its callback again every ${period} ms, and keeps doing so until \`clearInterval(${id})\` runs, here inside the ${ticks}th call, which also reports the count.`,
      trap: `setInterval(() => {`,
    };
  }),

  predict(T, "medium", "nested-async-calls", (rng) => {
    const [o, i] = rng.pick([
      ["outer", "inner"],
      ["main", "helper"],
      ["page", "widget"],
      ["job", "step"],
    ]);
    const code = lines(
      `const log = [];`,
      `async function ${i}() {`,
      `  log.push("${i} start");`,
      `  await null;`,
      `  log.push("${i} end");`,
      `}`,
      `async function ${o}() {`,
      `  log.push("${o} start");`,
      `  await ${i}();`,
      `  log.push("${o} end");`,
      `}`,
      `${o}().then(() => console.log(log.join(", ")));`,
      `log.push("sync");`,
    );
    return {
      title: "An async function awaiting another",
      code,
      distractors: [
        mut("js.nested-await-order", swap(code, `  await ${i}();`, `  ${i}();`)),
        mut(
          "js.nested-await-order",
          swap(code, `  log.push("${i} start");\n  await null;`, `  await null;\n  log.push("${i} start");`),
        ),
        mut(
          "js.nested-await-order",
          swap(
            code,
            `  log.push("${o} start");\n  await ${i}();`,
            `  await null;\n  log.push("${o} start");\n  await ${i}();`,
          ),
        ),
        mut("js.await-sync", swap(code, `  await null;\n`, "")),
      ],
      explanation: `\`await ${i}();\` is the trap: calling \`${i}\` runs its body right away, up to its own \`await null\`, before \`${o}\` pauses, so "${i} start" comes before "sync". \`${o}\` then waits for ALL of \`${i}\`, so "${o} end" comes after "${i} end".`,
      trap: `await ${i}();`,
    };
  }),

  predict(T, "medium", "two-thens-on-one-promise", (rng) => {
    const n = rng.int(2, 9);
    const k = rng.int(2, 5);
    const p = rng.pick(["p", "base", "source", "ready"]);
    const code = lines(
      `const log = [];`,
      `const ${p} = Promise.resolve(${n});`,
      `${p}.then((x) => x * ${k});`,
      `${p}.then((x) => log.push(x));`,
      `${p}.then((x) => x + 1).then((x) => log.push(x));`,
      `setTimeout(() => console.log(log.join(" ")), 0);`,
    );
    return {
      title: "Several then() calls on the same promise",
      code,
      distractors: [
        mut(
          "js.then-branches",
          swap(
            code,
            `${p}.then((x) => x * ${k});\n${p}.then((x) => log.push(x));`,
            `${p}.then((x) => x * ${k}).then((x) => log.push(x));`,
          ),
        ),
        mut(
          "js.then-branches",
          swap(
            code,
            `${p}.then((x) => x + 1).then((x) => log.push(x));`,
            `${p}.then((x) => x + 1);\n${p}.then((x) => log.push(x));`,
          ),
        ),
        mut(
          "js.then-branches",
          swap(
            code,
            `${p}.then((x) => log.push(x));\n${p}.then((x) => x + 1).then((x) => log.push(x));`,
            `${p}.then((x) => x + 1).then((x) => log.push(x));\n${p}.then((x) => log.push(x));`,
          ).replace(
            `${p}.then((x) => x + 1).then((x) => log.push(x));\n${p}.then((x) => log.push(x));`,
            `${p}.then((x) => log.push(x + 1));\n${p}.then((x) => log.push(x * ${k}));`,
          ),
        ),
        mut(
          "js.then-branches",
          swap(code, `const ${p} = Promise.resolve(${n});`, `let ${p} = Promise.resolve(${n});`).replace(
            `${p}.then((x) => x * ${k});`,
            `${p} = ${p}.then((x) => x * ${k});`,
          ),
        ),
      ],
      explanation: `\`${p}.then((x) => x * ${k});\` is the trap: its result is thrown away, because calling \`then\` does not change \`${p}\`. Every \`then\` on the SAME promise receives ${n}, independently; only the chained \`.then\` after \`x + 1\` sees a transformed value, one microtask later.`,
      trap: `${p}.then((x) => x * ${k});`,
    };
  }),

  predict(T, "hard", "promise-race-first-settled", (rng) => {
    const picked = rng.shuffle([10, 20, 30, 40, 50]).slice(0, 3) as [number, number, number];
    const sorted = [...picked].sort((x, y) => x - y) as [number, number, number];
    const failFirst = true;
    const dFail = failFirst ? sorted[0] : sorted[1];
    const [dA, dB] = sorted.filter((x) => x !== dFail) as [number, number];
    const [la, lb] = rng.sample([..."abcdefghkmnpqrstuvwxyz"], 2);
    const t = rng.pick(["RangeError", "TypeError"]);
    const code = lines(
      `const log = [];`,
      `const ok = (ms, v) => new Promise((res) => setTimeout(() => { log.push(v); res(v); }, ms));`,
      `const fail = (ms) => new Promise((_, rej) => setTimeout(() => rej(new ${t}("x")), ms));`,
      `Promise.race([ok(${dB}, "${lb}"), fail(${dFail}), ok(${dA}, "${la}")])`,
      `  .then((v) => log.push("won " + v))`,
      `  .catch((e) => log.push("lost " + e.name));`,
      `setTimeout(() => console.log(log.join(", ")), 100);`,
    );
    return {
      title: "Promise.race with a rejection in the field",
      code,
      distractors: [
        mut("js.race-first-settles", swap(code, `Promise.race([`, `Promise.any([`)),
        mut(
          "js.race-first-settles",
          swap(
            code,
            `Promise.race([ok(${dB}, "${lb}"), fail(${dFail}), ok(${dA}, "${la}")])`,
            `Promise.race([ok(${dB}, "${lb}")])`,
          ),
        ),
        mut(
          "js.race-first-settles",
          swap(code, `Promise.race([`, `Promise.allSettled([`).replace(
            `  .then((v) => log.push("won " + v))`,
            `  .then((rs) => log.push("won " + rs.length))`,
          ),
        ),
        mut(
          "js.race-first-settles",
          swap(
            code,
            `setTimeout(() => console.log(log.join(", ")), 100);`,
            `setTimeout(() => console.log(log.join(", ")), ${sorted[0] + 1});`,
          ),
        ),
      ],
      explanation: `\`Promise.race([\` is the trap: it settles exactly like the FIRST input to settle, whether that is a fulfilment or a rejection; the ones that finish later are ignored, though their timers still run and log. Here the first to settle is at ${sorted[0]} ms.`,
      trap: `Promise.race([`,
    };
  }),

  predict(T, "hard", "returning-a-promise-from-then", (rng) => {
    const [a, b] = rng.sample([..."abcdefghkmnpqrstuvwxyz"], 2);
    const steps = 4;
    const chainB = Array.from({ length: steps }, (_, i) => `  .then(() => log.push("${b}${i + 1}"))`);
    const code = lines(
      `const log = [];`,
      `Promise.resolve()`,
      `  .then(() => {`,
      `    log.push("${a}1");`,
      `    return Promise.resolve();`,
      `  })`,
      `  .then(() => log.push("${a}2"));`,
      `Promise.resolve()`,
      ...chainB.slice(0, -1),
      `${chainB[steps - 1]};`,
      `setTimeout(() => console.log(log.join(" ")), 0);`,
    );
    return {
      title: "Returning a promise from a then() callback",
      code,
      distractors: [
        mut(
          "js.returned-promise-ticks",
          swap(code, `    return Promise.resolve();`, `    return undefined;`),
        ),
        mut(
          "js.returned-promise-ticks",
          swap(code, `    return Promise.resolve();`, `    return Promise.resolve().then(() => {});`),
        ),
        mut(
          "js.chain-interleave",
          swap(
            code,
            `  .then(() => log.push("${a}2"));`,
            `  .then(() => log.push("${a}2"));\nlog.push("${a}2");`,
          ).replace(`  .then(() => log.push("${a}2"));\nlog.push`, `  .then(() => {});\nlog.push`),
        ),
        mut(
          "js.returned-promise-ticks",
          swap(code, `    return Promise.resolve();`, `    return { then: (r) => r() };`),
        ),
      ],
      explanation: `\`return Promise.resolve();\` is the trap: when a \`then\` callback returns a PROMISE, the chain must first subscribe to it and then pass its result on, which costs two extra microtask turns. So "${a}2" is overtaken by steps of the other chain, which return plain values and move one turn at a time.`,
      trap: `return Promise.resolve();`,
    };
  }),

  predict(T, "hard", "awaiting-delays-in-a-loop", (rng) => {
    const [d1, d2] = rng.pick([
      [30, 10],
      [40, 10],
      [30, 20],
      [40, 20],
    ]) as [number, number];
    const mid = d1 + 5;
    const f = rng.pick(["run", "steps", "sequence", "pipeline"]);
    const code = lines(
      `const log = [];`,
      `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));`,
      `async function ${f}() {`,
      `  for (const ms of [${d1}, ${d2}]) {`,
      `    await sleep(ms);`,
      "    log.push(`slept ${ms}`);",
      `  }`,
      `}`,
      `${f}();`,
      `setTimeout(() => log.push("at ${mid}"), ${mid});`,
      `setTimeout(() => console.log(log.join(", ")), 200);`,
    );
    return {
      title: "await inside a for...of loop",
      code,
      distractors: [
        mut(
          "js.sequential-await-delays",
          swap(
            code,
            `    await sleep(ms);\n    log.push(\`slept \${ms}\`);`,
            `    sleep(ms).then(() => log.push(\`slept \${ms}\`));`,
          ),
        ),
        mut("js.sequential-await-delays", swap(code, `    await sleep(ms);`, `    await null;`)),
        mut(
          "js.timer-order",
          swap(
            code,
            `setTimeout(() => log.push("at ${mid}"), ${mid});`,
            `setTimeout(() => log.push("at ${mid}"), 1);`,
          ),
        ),
      ],
      explanation: `\`await sleep(ms);\` is the trap: inside the loop it makes the waits run one AFTER another, so the second sleep starts only when the first has ended and the ${d2} ms step finishes at ${d1 + d2} ms, not at ${d2} ms. The independent timer at ${mid} ms slots in by its own due time.`,
      trap: `await sleep(ms);`,
    };
  }),
];
