import type { ChallengeTemplate } from "../../types";
import { PREDICT, lines, q, swap } from "./helpers";

const base = { language: "typescript", topic: "async-event-loop" } as const;

const WORDS = [
  "start", "timer", "promise", "end", "sync", "timeout", "then", "done", "boot", "tick", "ready",
  "one", "two", "later", "soon", "open", "close", "queued", "alpha", "beta", "gamma", "delta",
] as const;

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
          { rule: "ts.timers-before-microtasks", code: swap(code, timer, `queueMicrotask(() => ${log}(${q(b)}));`) },
          { rule: "ts.then-is-sync", code: swap(code, then, `${log}(${q(c)});`) },
          { rule: "ts.timeout-zero-sync", code: swap(code, timer, `${log}(${q(b)});`) },
        ],
        explanation: `Synchronous logs run first (${a}, ${d}). Then the microtask queue is drained, so the \`then\` callback (${c}) runs before the timer callback (${b}), whatever its delay.`,
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
          { rule: "ts.async-body-deferred", code: swap(code, call, `Promise.resolve().then(() => ${fn}(${id})).then((v) => console.log(\`done \${v}\`));`) },
          { rule: "ts.await-is-sync", code: swap(code, awaitLine, `  const value = id * ${k};`) },
          {
            rule: "ts.then-is-sync",
            value: [before, `start ${id}`, `got ${id * k}`, `done ${id * k + 1}`, after].join("\n"),
          },
          { rule: "ts.await-is-sync", code: swap(code, `  return value + 1;`, `  return value;`) },
        ],
        explanation: `Calling \`${fn}\` runs its body synchronously up to the \`await\`, so "start ${id}" prints before "${after}". The rest of the function, and then the \`then\` callback, run as microtasks after the synchronous code finishes.`,
      };
    },
  },
  {
    ...base,
    id: "typescript/async-event-loop/interleaved-chains",
    difficulty: "hard",
    kind: "predict-output",
    build(rng) {
      const [p, r, t] = rng.sample(["a", "b", "c", "x", "y", "z", "p", "q", "m", "n", "u", "v"], 3) as [string, string, string];
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
              swap(code, chainA, `Promise.resolve().then(() => {\n  log.push("${p}1");\n  log.push("${p}2");\n});`),
              chainB,
              `Promise.resolve().then(() => {\n  log.push("${r}1");\n  log.push("${r}2");\n});`,
            ),
          },
          { rule: "ts.await-is-sync", code: swap(code, awaitLine + "\n", "") },
          { rule: "ts.async-body-deferred", code: swap(code, call, `queueMicrotask(() => void ${taskName}());`) },
          { rule: "ts.timers-before-microtasks", code: swap(code, `  log.push("${t}2");`, `  setTimeout(() => log.push("${t}2"), 0);`) },
        ],
        explanation:
          "Each `then` (and each `await`) schedules one microtask, and a chain's next step is only queued when the previous step runs. So independent chains advance one step per turn and interleave; the async function's first line runs synchronously when it is called. The timer prints only after all microtasks.",
      };
    },
  },
];
