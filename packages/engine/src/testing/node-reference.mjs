// Reference runner for the cross-check: executes JavaScript programs on real Node (V8) with real
// timers and Node's own console formatting. Reads a JSON array of programs on stdin, writes a JSON array
// of { status, stdout, error } to stdout. Each program gets a fresh vm context. Programs run one at a
// time per worker thread: timers of concurrent programs would share Node's per-duration timer lists,
// and on a busy machine a late list then fires other programs' timers out of due order. Several
// threads (each with its own event loop and timer lists) keep the run fast.
import os from "node:os";
import util from "node:util";
import vm from "node:vm";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const PROGRAM_TIMEOUT_MS = 5000;
// No more threads than cores: Node stamps a timer with the loop's clock read at setTimeout, so a
// thread descheduled between two setTimeout calls of one program gives them start times a
// millisecond apart, and equal-delay timers then fire in another order than the sandbox's virtual
// clock (a busy two-core CI machine did this to nested-timers-and-microtasks with six threads).
const THREADS = Math.max(1, Math.min(6, os.availableParallelism()));
const byPromiseCtor = new Map();

process.on("unhandledRejection", (reason, promise) => {
  const state = byPromiseCtor.get(promise?.constructor);
  if (state) state.fail(reason);
});

function nameOf(e) {
  return e !== null && typeof e === "object" && typeof e.name === "string" ? e.name : "non-error";
}

function runOne(code) {
  return new Promise((resolve) => {
    let stdout = "";
    let stopped = false;
    const pending = new Set();
    const state = {
      fail(e) {
        if (stopped) return;
        finish({ status: "error", error: nameOf(e) });
      },
    };
    const finish = (result) => {
      if (stopped) return;
      stopped = true;
      for (const h of pending) clearTimeout(h);
      byPromiseCtor.delete(ctxPromise);
      clearTimeout(guard);
      resolve({ ...result, stdout });
    };
    const guard = setTimeout(() => finish({ status: "timeout" }), PROGRAM_TIMEOUT_MS);
    const log = (...args) => {
      if (!stopped) stdout += util.format(...args) + "\n";
    };
    const guarded = (fn, args) => () => {
      if (stopped) return;
      try {
        fn(...args);
      } catch (e) {
        state.fail(e);
      }
    };
    const context = vm.createContext({
      console: { log, info: log, debug: log, error() {}, warn() {}, trace() {} },
      setTimeout(fn, ms, ...args) {
        const h = setTimeout(() => {
          pending.delete(h);
          guarded(fn, args)();
        }, ms);
        pending.add(h);
        return h;
      },
      clearTimeout(h) {
        clearTimeout(h);
        pending.delete(h);
      },
      setInterval(fn, ms, ...args) {
        const h = setInterval(guarded(fn, args), ms);
        pending.add(h);
        return h;
      },
      clearInterval(h) {
        clearInterval(h);
        pending.delete(h);
      },
      queueMicrotask(fn) {
        queueMicrotask(guarded(fn, []));
      },
    });
    const ctxPromise = vm.runInContext("Promise", context);
    byPromiseCtor.set(ctxPromise, state);
    try {
      new vm.Script(code, { filename: "main.js" }).runInContext(context);
    } catch (e) {
      state.fail(e);
      return;
    }
    // Done once no timer is pending across two event-loop turns (microtasks and rejection checks run
    // between turns).
    let idleTurns = 0;
    const poll = () => {
      if (stopped) return;
      idleTurns = pending.size === 0 ? idleTurns + 1 : 0;
      if (idleTurns >= 2) finish({ status: "ok" });
      else setTimeout(poll, pending.size === 0 ? 0 : 5);
    };
    setImmediate(poll);
  });
}

if (isMainThread) {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const programs = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const results = new Array(programs.length);
  await Promise.all(
    Array.from({ length: THREADS }, (_, t) => {
      const indexes = programs.map((_, i) => i).filter((i) => i % THREADS === t);
      if (indexes.length === 0) return null;
      return new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: indexes.map((i) => programs[i]) });
        worker.once("message", (out) => {
          indexes.forEach((i, k) => (results[i] = out[k]));
          resolve();
        });
        worker.once("error", reject);
      });
    }),
  );
  process.stdout.write(JSON.stringify(results));
} else {
  const out = [];
  for (const code of workerData) out.push(await runOne(code));
  parentPort.postMessage(out);
}
