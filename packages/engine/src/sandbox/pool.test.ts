import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Language } from "@katagen/contract";
import { runOnReference } from "../testing/reference";
import { SandboxPool } from "./pool";
import type { RunResult } from "./types";

let pool: SandboxPool;

beforeAll(async () => {
  pool = new SandboxPool({ workers: 2, timeoutMs: 300, hardStopMs: 1000, memoryMb: 32 });
  await pool.warmUp(["typescript", "python"]);
});

afterAll(async () => {
  await pool.close();
});

const runAll = (language: Language, codes: string[]) => pool.run(codes.map((code) => ({ language, code })));

async function timed(language: Language, code: string): Promise<{ result: RunResult; ms: number }> {
  const started = performance.now();
  const [result] = await runAll(language, [code]);
  return { result: result!, ms: performance.now() - started };
}

describe("JavaScript sandbox output", () => {
  const printable = [
    `console.log("text", 42, -0, 1.5e21, 0.1 + 0.2, true, null, undefined, 10n)`,
    `console.log([1, "a", [2, 3], { b: "it's" }], [], {})`,
    `console.log({ name: "Ada", "two words": 2, nested: { deep: [1, 2] } })`,
    `class Point { constructor(x, y) { this.x = x; this.y = y; } }\nconsole.log(new Point(1, 2), String(new Point(0, 0)))`,
    `console.log(new Map([["a", 1], ["b", [2]]]), new Set([1, 2, 3]), new Map())`,
    `console.log("tab\\tnewline\\n", ["line\\nbreak", 'q"\\'uote'])`,
    `console.log(JSON.stringify({ a: [1, 2, 3, 4, 5, 6, 7, 8] }), [1, 2, 3].map(String).join(","))`,
    `console.log(Symbol("s"), typeof null, NaN, -Infinity, [undefined, null])`,
    `console.log("%")\nconsole.log("100%", "sure")`,
  ];

  it("prints exactly what real Node prints for primitives and short structures", async () => {
    const ours = await runAll("javascript", printable);
    const node = await runOnReference("javascript", printable);
    ours.forEach((r, i) => {
      expect(r.status, printable[i]).toBe("ok");
      expect(r.stdout, printable[i]).toBe(node[i]!.stdout);
    });
  });

  it("refuses to guess Node's formatting for long or special values", async () => {
    const results = await runAll("javascript", [
      "console.log([1, 2, 3, 4, 5, 6, 7])",
      "console.log(() => 1)",
      "console.log(new Error('x'))",
      "console.log({ a: 'a very long string value that goes on', b: 'and another long one here' })",
      "console.log('%d items', 3)",
      "console.log({ a: { b: { c: { d: 1 } } } })",
    ]);
    for (const r of results) expect(r.status).toBe("unsupported");
  });

  it("runs timers, intervals and microtasks in Node's order on a virtual clock", async () => {
    const programs = [
      `setTimeout(() => console.log("timeout"), 0);\nPromise.resolve().then(() => console.log("promise"));\nqueueMicrotask(() => console.log("micro"));\nconsole.log("sync");`,
      `async function f() { console.log("f1"); await null; console.log("f2"); }\nsetTimeout(() => console.log("t"), 1);\nf();\nqueueMicrotask(() => console.log("q"));\nconsole.log("end");`,
      `setTimeout(() => console.log("b"), 20);\nsetTimeout(() => { console.log("a"); Promise.resolve().then(() => console.log("a-micro")); }, 10);\nsetTimeout(() => console.log("c"), 10);`,
      `let n = 0;\nconst id = setInterval(() => { console.log("tick", n); if (++n === 3) clearInterval(id); }, 40);\nsetTimeout(() => console.log("mid"), 100);`,
      `for (var i = 0; i < 3; i++) setTimeout(() => console.log("var", i));\nfor (let j = 0; j < 3; j++) setTimeout(() => console.log("let", j));`,
    ];
    const ours = await runAll("javascript", programs);
    const node = await runOnReference("javascript", programs);
    ours.forEach((r, i) => {
      expect(r.status, programs[i]).toBe("ok");
      expect(r.stdout, programs[i]).toBe(node[i]!.stdout);
    });
  });

  it("reports an uncaught error by class, keeping what was printed before it", async () => {
    const [sync, inTimer, caught] = await runAll("javascript", [
      "console.log('before'); null.x; console.log('after')",
      "setTimeout(() => { console.log('in timer'); undefinedName; }, 5); setTimeout(() => console.log('never'), 10)",
      "try { null.x } catch (e) { console.log(e.name, e instanceof TypeError) }",
    ]);
    expect(sync).toMatchObject({ status: "error", error: "TypeError", stdout: "before\n" });
    expect(inTimer).toMatchObject({ status: "error", error: "ReferenceError", stdout: "in timer\n" });
    expect(caught).toMatchObject({ status: "ok", stdout: "TypeError true\n" });
  });

  it("gives programs no clock, no randomness and no host objects", async () => {
    const results = await runAll("javascript", [
      "console.log(typeof process, typeof require, typeof globalThis.fetch)",
      "console.log(this.constructor.constructor('return typeof process')())",
      "try { Math.random() } catch (e) { console.log(e.name) }\ntry { Date.now() } catch (e) { console.log(e.name) }",
    ]);
    expect(results.map((r) => r.stdout)).toEqual([
      "undefined undefined undefined\n",
      "undefined\n",
      "TypeError\nTypeError\n",
    ]);
  });
});

describe("TypeScript and Python sandboxes", () => {
  it("transpiles TypeScript and runs it like the same JavaScript on Node", async () => {
    const programs = [
      "enum Color { Red, Green }\nconst c: Color = Color.Green;\nconsole.log(c, Color[c]);",
      "class Box<T> { constructor(public readonly value: T) {} }\nconst b = new Box<number>(3);\nconsole.log(b.value, JSON.stringify(b));",
      'const v = "5" as unknown as number;\nconsole.log(v + 1, typeof v);',
    ];
    const ours = await runAll("typescript", programs);
    const node = await runOnReference("typescript", programs);
    expect(ours.map((r) => r.stdout)).toEqual(node.map((r) => r.stdout));
    expect(ours[0]!.stdout).toBe("1 Green\n");
  });

  it("runs Python in a fresh namespace each time and prints like CPython", async () => {
    const programs = [
      "x = [1, 'a', None, (2, 3), {'k': 1.5}]\nprint(x, 7 // 2, -7 // 2, 2 ** 100)",
      "print('x' in globals())",
      "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(type(e).__name__)\nprint(sorted({3, 1, 2}))",
      "print('before')\nraise KeyError('k')",
    ];
    const ours = await runAll("python", programs);
    const python = await runOnReference("python", programs);
    expect(ours.map((r) => r.stdout)).toEqual(python.map((r) => r.stdout));
    expect(ours[1]!.stdout).toBe("False\n");
    expect(ours[3]).toMatchObject({ status: "error", error: "KeyError" });
  });
});

describe("adversarial programs (G11)", () => {
  // Hard stop is 1000 ms; the watchdog ticks every 20 ms and a replacement worker has to start.
  const BOUND_MS = 1600;

  it.each([
    ["javascript", "infinite loop", "while (true) {}", ["timeout"]],
    [
      "javascript",
      "memory bomb",
      "const a = []; while (true) a.push(new Array(1e5).fill(1));",
      ["oom", "timeout"],
    ],
    ["javascript", "deep recursion", "function f(n) { return f(n + 1) + 1 }\nf(0)", ["error"]],
    ["javascript", "huge string", "let s = 'x'; while (true) s += s;", ["oom", "timeout", "error"]],
    [
      "javascript",
      "huge allocation",
      "const big = new ArrayBuffer(2 ** 31); console.log(big.byteLength)",
      ["oom", "error"],
    ],
    ["javascript", "huge repeat", "console.log('x'.repeat(2 ** 29).length)", ["oom", "error"]],
    ["javascript", "timer storm", "setInterval(() => {}, 1)", ["timeout"]],
    ["javascript", "promise loop", "const spin = () => Promise.resolve().then(spin); spin();", ["timeout"]],
    ["typescript", "infinite loop", "let n: number = 0;\nwhile (true) { n++; }", ["timeout"]],
    ["python", "infinite loop", "while True:\n    pass", ["timeout"]],
    ["python", "sleep", "import time\ntime.sleep(30)", ["timeout"]],
    ["python", "huge allocation", "x = ' ' * (10 ** 12)", ["oom", "error"]],
    ["python", "memory bomb", "a = []\nwhile True:\n    a.append(' ' * 10 ** 6)", ["oom", "timeout"]],
    ["python", "deep recursion", "def f(n):\n    return f(n + 1)\nf(0)", ["error"]],
    [
      "python",
      "raised recursion limit",
      "import sys\nsys.setrecursionlimit(10 ** 6)\ndef f(n):\n    return f(n + 1)\nf(0)",
      ["error"],
    ],
    ["python", "reading stdin", "print(input())", ["error"]],
  ] as const)("%s %s ends as a typed failure within bounds", async (language, _name, code, statuses) => {
    // A worker replaced by an earlier case reloads Pyodide first; that start-up is not part of the bound.
    await pool.warmUp([language]);
    const { result, ms } = await timed(language, code);
    expect(statuses as readonly string[]).toContain(result.status);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("denies Python programs the shell, the JS bridge and the host file system", async () => {
    const results = await runAll("python", [
      "import os\nos.system('echo escaped')",
      "import subprocess",
      "import js",
      "import pyodide",
      "print(open('/etc/hostname').read())",
    ]);
    expect(results.map((r) => r.error)).toEqual([
      "PermissionError",
      "ImportError",
      "ImportError",
      "ImportError",
      "FileNotFoundError",
    ]);
    for (const r of results) expect(r.stdout).toBe("");
  });

  it("keeps answering normal programs after every kind of failure", async () => {
    const results = await Promise.all([
      runAll("javascript", ["console.log(1 + 1)"]),
      runAll("python", ["print(2 + 2)"]),
      runAll("typescript", ["const n: number = 3; console.log(n * 2)"]),
    ]);
    expect(results.map(([r]) => r!.stdout)).toEqual(["2\n", "4\n", "6\n"]);
    expect(pool.stats.terminated).toBeGreaterThan(0);
  });

  it("finishes the rest of a batch after a program in it had its worker terminated", async () => {
    const results = await runAll("javascript", [
      "console.log('first')",
      "const a = []; while (true) a.push(new Array(1e5).fill(1));",
      "console.log('third')",
    ]);
    expect(results.map((r) => r.status)).toEqual(["ok", expect.stringMatching(/oom|timeout/), "ok"]);
    expect(results[2]!.stdout).toBe("third\n");
  });
});

describe("sandbox pool snapshot", () => {
  it("counts programs run and those stopped at their time limit, and shows an empty queue when idle", async () => {
    const before = pool.snapshot();
    await pool.run([
      { language: "javascript", code: "console.log(1)" },
      { language: "javascript", code: "while (true) {}" },
    ]);
    const after = pool.snapshot();
    expect(after.programs - before.programs).toBe(2);
    expect(after.timeouts - before.timeouts).toBe(1);
    expect(after).toMatchObject({ workers: 2, busyWorkers: 0, queued: 0 });
  });
});

describe("Pyodide in one worker (pythonWorkers: 1)", () => {
  const pythonHolders = (pool: SandboxPool) =>
    (pool as unknown as { slots: { loaded: Set<string>; pythonPending: boolean }[] }).slots.filter(
      (s) => s.loaded.has("python") || s.pythonPending,
    ).length;

  it("a Python batch sent while Pyodide is still loading waits for that worker instead of loading a second copy", async () => {
    const one = new SandboxPool({
      workers: 2,
      timeoutMs: 300,
      hardStopMs: 1000,
      memoryMb: 32,
      pythonWorkers: 1,
    });
    try {
      // Not awaited: the batches arrive during the load, as a request can right after a deploy.
      const warming = one.warmUp(["python"]);
      const python = Array.from({ length: 3 }, (_, i) =>
        one.run([{ language: "python", code: `print(${i} + 1)` }]),
      );
      const js = one.run([{ language: "javascript", code: "console.log('js')" }]);
      const results = await Promise.all([...python, js, warming.then(() => [])]);
      expect(results.slice(0, 4).map((r) => r[0]!.stdout.trim())).toEqual(["1", "2", "3", "js"]);
      expect(pythonHolders(one)).toBe(1);
    } finally {
      await one.close();
    }
  });

  it("a JavaScript worker recycled for its memory comes back without Pyodide when another worker holds it", async () => {
    const one = new SandboxPool({
      workers: 2,
      timeoutMs: 300,
      hardStopMs: 1000,
      memoryMb: 32,
      pythonWorkers: 1,
    });
    try {
      await one.warmUp(["python"]);
      const internals = one as unknown as {
        slots: { loaded: Set<string> }[];
        replace(slot: unknown, why: "recycle"): void;
      };
      // The pool recycles a worker whose WASM memory grew past its bound; this takes that path directly.
      const other = internals.slots.find((s) => !s.loaded.has("python"))!;
      internals.replace(other, "recycle");
      const [js] = await one.run([{ language: "javascript", code: "console.log('fresh')" }]);
      expect(js!.stdout.trim()).toBe("fresh");
      // Long enough for a preload of Pyodide in the replacement (~1–2 s) to have finished and reported.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const [py] = await one.run([{ language: "python", code: "print('still one')" }]);
      expect(py!.stdout.trim()).toBe("still one");
      expect(pythonHolders(one)).toBe(1);
    } finally {
      await one.close();
    }
  });

  it("loads Pyodide into one worker only, yet runs Python batches sent all at once, with JavaScript beside them", async () => {
    const one = new SandboxPool({
      workers: 2,
      timeoutMs: 300,
      hardStopMs: 1000,
      memoryMb: 32,
      pythonWorkers: 1,
    });
    try {
      await one.warmUp(["python"]);
      const python = Array.from({ length: 6 }, (_, i) =>
        one.run([{ language: "python", code: `print(${i} * 7)` }]),
      );
      const js = one.run([{ language: "javascript", code: "console.log('js')" }]);
      const results = await Promise.all([...python, js]);
      expect(results.map((r) => r[0]!.stdout.trim())).toEqual(["0", "7", "14", "21", "28", "35", "js"]);
      const loaded = (one as unknown as { slots: { loaded: Set<string> }[] }).slots.filter((s) =>
        s.loaded.has("python"),
      );
      // The other worker never loaded Python: the batches waited for the one that had it.
      expect(loaded).toHaveLength(1);
    } finally {
      await one.close();
    }
  });
});
