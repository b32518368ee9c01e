// Sandbox worker: runs programs for the host pool (pool.ts). Plain .mjs on purpose, so it loads the same
// way under tsx (production) and vitest without a TypeScript loader inside the thread.
//
// Protocol (host → worker):  { type: "run", id, programs: [{ language, code }], timeoutMs }
//                            { type: "warm", id, languages }
// Worker → host: { type: "ready" } once QuickJS is loaded; { type: "result", id, index, result } per
// program; { type: "done", id, recycle } per message. `control` (shared with the host) holds
// [start time of the running program in epoch ms or 0, 1 if it is Python, index in the batch], which is
// how the host watchdog knows what to interrupt or terminate.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { getQuickJS } from "quickjs-emscripten";
import { GUEST_FORMATTER, GUEST_PRELUDE } from "./guest-prelude.mjs";
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

// --- JavaScript (QuickJS) -------------------------------------------------------------------------

function errorName(vm, handle) {
  const type = vm.typeof(handle);
  if (type !== "object") return "non-error";
  const nameHandle = vm.getProp(handle, "name");
  const name = vm.typeof(nameHandle) === "string" ? vm.getString(nameHandle) : "non-error";
  nameHandle.dispose();
  return name;
}

function errorMessage(vm, handle) {
  if (vm.typeof(handle) !== "object") return "";
  const h = vm.getProp(handle, "message");
  const msg = vm.typeof(h) === "string" ? vm.getString(h) : "";
  h.dispose();
  return msg;
}

function runJavaScript(code, timeoutMs) {
  const started = performance.now();
  const deadline = Date.now() + timeoutMs;
  let interrupted = false;
  const rt = QuickJS.newRuntime();
  rt.setMemoryLimit(memoryMb * 1024 * 1024);
  // The WASM stack lives on the worker's native stack: keep QuickJS's own limit well below it.
  rt.setMaxStackSize(256 * 1024);
  rt.setInterruptHandler(() => {
    if (Date.now() > deadline) interrupted = true;
    return interrupted;
  });
  const vm = rt.newContext();
  let stdout = "";
  let unsupported = null;
  let uncaught = null;
  const handles = [];
  const keep = (h) => (handles.push(h), h);

  const write = keep(
    vm.newFunction("write", (h) => {
      if (stdout.length < maxOutputChars) stdout += vm.getString(h);
      else unsupported ??= "output limit exceeded";
    }),
  );
  const markUnsupported = keep(vm.newFunction("unsupported", (h) => void (unsupported ??= vm.getString(h))));
  const markUncaught = keep(vm.newFunction("uncaught", (h) => void (uncaught ??= errorName(vm, h))));
  const loadFormatter = keep(vm.newFunction("loadFormatter", () => vm.newString(GUEST_FORMATTER)));

  const finish = (status, extra = {}) => ({ status, stdout, ms: performance.now() - started, ...extra });
  const classify = (errHandle) => {
    const name = errorName(vm, errHandle);
    const message = errorMessage(vm, errHandle);
    if (interrupted || (name === "InternalError" && message === "interrupted")) return finish("timeout");
    if (name === "InternalError" && message === "out of memory") return finish("oom");
    return finish("error", { error: name });
  };

  let result;
  try {
    const preludeResult = vm.evalCode(GUEST_PRELUDE, "prelude.js");
    const prelude = keep(vm.unwrapResult(preludeResult));
    const runNext = keep(
      vm.unwrapResult(
        vm.callFunction(prelude, vm.undefined, write, markUnsupported, markUncaught, loadFormatter),
      ),
    );

    const main = vm.evalCode(code, "main.js");
    if (main.error) {
      result = classify(main.error);
      main.error.dispose();
    } else {
      main.value.dispose();
      let tasks = 0;
      for (;;) {
        const jobs = rt.executePendingJobs(-1);
        if (jobs.error) {
          result = classify(jobs.error);
          jobs.error.dispose();
          break;
        }
        if (uncaught) {
          result = finish("error", { error: uncaught });
          break;
        }
        if (Date.now() > deadline) {
          result = finish("timeout");
          break;
        }
        if (++tasks > 100_000) {
          result = finish("timeout", { detail: "more than 100000 timer callbacks" });
          break;
        }
        const step = vm.callFunction(runNext, vm.undefined);
        if (step.error) {
          result = classify(step.error);
          step.error.dispose();
          break;
        }
        const more = vm.dump(step.value);
        step.value.dispose();
        if (!more) {
          result = finish("ok");
          break;
        }
      }
    }
  } catch (err) {
    // QuickJS itself failed (typically out of memory while building an exception): this module
    // instance may be corrupt, so ask the host for a fresh worker.
    recycle = true;
    result = finish(interrupted ? "timeout" : "oom", { detail: String(err?.message ?? err) });
  }
  if (result.status === "ok" && unsupported)
    result = { ...result, status: "unsupported", detail: unsupported };
  try {
    for (const h of handles.reverse()) if (h.alive) h.dispose();
    vm.dispose();
    rt.dispose();
  } catch {
    recycle = true;
  }
  return result;
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

const PY_PRELUDE = `
import builtins, sys, io, os
_BLOCKED = {"js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "ctypes", "subprocess",
            "importlib", "posix", "multiprocessing", "socket", "gc", "micropip", "pyodide_http"}
_real_import = builtins.__import__
def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    if name.split(".")[0] in _BLOCKED:
        raise ImportError("module " + name + " is not available in the sandbox")
    return _real_import(name, globals, locals, fromlist, level)
def _denied(*args, **kwargs):
    raise PermissionError("not available in the sandbox")
for _name in ("system", "popen", "execv", "execve", "execl", "execle", "execlp", "execvp", "execvpe",
              "spawnl", "spawnv", "spawnve", "posix_spawn", "posix_spawnp", "kill", "killpg", "fork",
              "_exit", "abort"):
    for _mod in (os, sys.modules.get("posix")):
        if _mod is not None and hasattr(_mod, _name):
            setattr(_mod, _name, _denied)
for _mod in ("js", "pyodide_js"):
    sys.modules.pop(_mod, None)
_safe_builtins = dict(builtins.__dict__)
_safe_builtins["__import__"] = _guarded_import
_real_setrecursionlimit = sys.setrecursionlimit
def _capped_setrecursionlimit(limit):
    # Deeper Python recursion overflows the WASM stack and kills the interpreter, not just the program.
    _real_setrecursionlimit(min(int(limit), 1000))
sys.setrecursionlimit = _capped_setrecursionlimit
_safe_builtins["exit"] = _denied
_safe_builtins["quit"] = _denied

def _katagen_run(src):
    out = io.StringIO()
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = out
    sys.stderr = io.StringIO()
    status, err = "ok", None
    try:
        exec(compile(src, "main.py", "exec"), {"__name__": "__main__", "__builtins__": _safe_builtins})
    except KeyboardInterrupt:
        status = "timeout"
    except MemoryError:
        status = "oom"
    except BaseException as e:
        status, err = "error", type(e).__name__
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    return [status, out.getvalue()[:${Number(maxOutputChars)}], err]
`;

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

async function runPython(code) {
  const { py, run } = await loadPython();
  const started = performance.now();
  Atomics.store(interrupt, 0, 0);
  const proxy = run(code);
  const [status, stdout, error] = proxy.toJs();
  proxy.destroy();
  Atomics.store(interrupt, 0, 0);
  // WASM memory never shrinks: a program that grew it a lot gets the worker replaced afterwards.
  if (py._module.HEAPU8.length > recycleWasmMb * 1024 * 1024) recycle = true;
  const result = { status, stdout, ms: performance.now() - started };
  if (error) result.error = error;
  return result;
}

// --- message loop ----------------------------------------------------------------------------------

async function runOne(program, timeoutMs, transpiled) {
  if (program.language === "python") {
    await loadPython();
    control[1] = 1;
    control[0] = Date.now();
    return runPython(program.code);
  }
  let code = program.code;
  if (program.language === "typescript")
    code = transpiled ?? transpileTypeScript(await loadTypeScript(), code);
  control[1] = 0;
  control[0] = Date.now();
  return runJavaScript(code, timeoutMs);
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
