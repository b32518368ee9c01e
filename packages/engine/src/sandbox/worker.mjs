// Sandbox worker: runs programs for the host pool (pool.ts). Plain .mjs on purpose, so it loads the same
// way under tsx (production) and vitest without a TypeScript loader inside the thread.
//
// Protocol (host → worker):  { type: "run", id, programs: [{ language, code, trace? }], timeoutMs }
//                            { type: "warm", id, languages }
// Worker → host: { type: "ready" } once QuickJS is loaded; { type: "result", id, index, result } per
// program; { type: "done", id, recycle } per message. `control` (shared with the host) holds
// [start time of the running program in epoch ms or 0, 1 if it is Python, index in the batch], which is
// how the host watchdog knows what to interrupt or terminate.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { getQuickJS } from "quickjs-emscripten";
import { pythonPrelude } from "./python-prelude.mjs";
import { runInQuickJS } from "./quickjs-run.mjs";
import { createTracer, pythonTrace } from "./trace-prelude.mjs";
import { transpileTypeScript, transpileTypeScriptBatch } from "./transpile.mjs";

const {
  control: controlBuffer,
  interrupt: interruptBuffer,
  memoryMb,
  maxOutputChars,
  recycleWasmMb,
  preload,
} = workerData;
const control = new Float64Array(controlBuffer);
const interrupt = new Int32Array(interruptBuffer);

const QuickJS = await getQuickJS();

let recycle = false;

// --- JavaScript (QuickJS): quickjs-run.mjs, shared with the SPA's "Try it yourself" worker ------------

function runJavaScript(code, timeoutMs, trace) {
  const tracer = trace ? createTracer() : null;
  const run = runInQuickJS(QuickJS, code, { timeoutMs, memoryMb, maxOutputChars, tracer });
  if (run.recycle) recycle = true;
  if (!tracer) return run.result;
  return { ...run.result, trace: tracer.steps, ...(tracer.broken ? { traceBroken: tracer.broken } : {}) };
}

// --- TypeScript ------------------------------------------------------------------------------------

let tsPromise = null;
function loadTypeScript() {
  tsPromise ??= import("typescript").then((m) => {
    parentPort.postMessage({ type: "loaded", language: "typescript" });
    return m.default ?? m;
  });
  return tsPromise;
}

// --- Python (Pyodide) ------------------------------------------------------------------------------

const PY_PRELUDE = pythonPrelude(maxOutputChars);

let pyPromise = null;
function loadPython() {
  pyPromise ??= (async () => {
    const { loadPyodide } = await import("pyodide");
    // Pyodide guesses its folder from a stack trace, which fails inside a worker: tell it.
    const indexURL = dirname(createRequire(import.meta.url).resolve("pyodide/pyodide.mjs")) + "/";
    const py = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
    py.setInterruptBuffer(interrupt);
    // input() must not read the host process's stdin.
    py.setStdin({ error: true });
    py.runPython(PY_PRELUDE);
    parentPort.postMessage({ type: "loaded", language: "python" });
    return { py, run: py.globals.get("_katagen_run") };
  })();
  return pyPromise;
}

// The step view's traced run (trace-prelude.mjs), defined in this worker's Pyodide on first use.
let pyTrace = null;
function loadPythonTrace(py) {
  if (!pyTrace) {
    py.runPython(pythonTrace(maxOutputChars));
    pyTrace = py.globals.get("_katagen_trace");
  }
  return pyTrace;
}

async function runPython(code, trace) {
  const { py, run: plainRun } = await loadPython();
  const run = trace ? loadPythonTrace(py) : plainRun;
  const started = performance.now();
  Atomics.store(interrupt, 0, 0);
  const proxy = run(code);
  const [status, stdout, error, steps] = proxy.toJs();
  proxy.destroy();
  Atomics.store(interrupt, 0, 0);
  // WASM memory never shrinks: a program that grew it a lot gets the worker replaced afterwards.
  if (py._module.HEAPU8.length > recycleWasmMb * 1024 * 1024) recycle = true;
  const result = { status, stdout, ms: performance.now() - started };
  if (error) result.error = error;
  if (trace) result.trace = steps.map(([line, output, values]) => ({ line, output, values }));
  return result;
}

// --- message loop ----------------------------------------------------------------------------------

async function runOne(program, timeoutMs, transpiled) {
  if (program.language === "python") {
    await loadPython();
    control[1] = 1;
    control[0] = Date.now();
    return runPython(program.code, program.trace === true);
  }
  let code = program.code;
  if (program.language === "typescript")
    code = transpiled ?? transpileTypeScript(await loadTypeScript(), code);
  control[1] = 0;
  control[0] = Date.now();
  return runJavaScript(code, timeoutMs, program.trace === true);
}

async function handle(msg) {
  if (msg.type === "warm") {
    let error;
    try {
      await Promise.all(
        msg.languages.map((l) =>
          l === "python" ? loadPython() : l === "typescript" ? loadTypeScript() : null,
        ),
      );
    } catch (err) {
      error = String(err?.message ?? err);
    }
    parentPort.postMessage({ type: "done", id: msg.id, recycle, error });
    return;
  }
  // TypeScript programs of a batch are transpiled together: one compiler program instead of one each.
  let transpiled = [];
  const tsIndexes = msg.programs.flatMap((p, i) => (p.language === "typescript" ? [i] : []));
  if (tsIndexes.length > 1) {
    try {
      const ts = await loadTypeScript();
      // The key program appears twice (determinism check): transpile each distinct text once.
      const unique = [...new Set(tsIndexes.map((i) => msg.programs[i].code))];
      const out = new Map(transpileTypeScriptBatch(ts, unique).map((js, k) => [unique[k], js]));
      for (const i of tsIndexes) transpiled[i] = out.get(msg.programs[i].code);
    } catch {
      transpiled = [];
    }
  }
  for (let index = 0; index < msg.programs.length; index++) {
    control[2] = index;
    let result;
    try {
      result = await runOne(msg.programs[index], msg.timeoutMs, transpiled[index]);
    } catch (err) {
      // A JS-level exception out of Pyodide or QuickJS means the interpreter may be corrupt.
      recycle = true;
      result = { status: "crash", stdout: "", ms: 0, detail: String(err?.message ?? err) };
    }
    control[0] = 0;
    parentPort.postMessage({ type: "result", id: msg.id, index, result });
  }
  parentPort.postMessage({ type: "done", id: msg.id, recycle });
}

let chain = Promise.resolve();
parentPort.on("message", (msg) => {
  chain = chain.then(() => handle(msg));
});

for (const language of preload ?? []) {
  if (language === "python") loadPython().catch(() => {});
  if (language === "typescript") loadTypeScript().catch(() => {});
}
parentPort.postMessage({ type: "ready" });
