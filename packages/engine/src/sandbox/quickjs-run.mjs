// One JavaScript program in a fresh QuickJS runtime: the prelude (console, virtual timers), the program,
// then its microtasks and timers until none are left. Browser-safe (no node: imports) on purpose: the
// server's sandbox worker (worker.mjs) and the SPA's "Try it yourself" worker run this same function, so
// a learner's run prints what the server's proof printed.
import { GUEST_FORMATTER, GUEST_PRELUDE } from "./guest-prelude.mjs";

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

/**
 * Runs `code` and reports how it ended (sandbox/types.ts RunResult). `recycle` is true when QuickJS
 * itself failed and the module instance may be corrupt, so its owner should start a fresh one.
 * With `errorMessages`, an uncaught error's message comes back too (for a person reading the run; keys
 * and the LLM gate use the class only, since messages differ between engines).
 */
export function runInQuickJS(
  QuickJS,
  code,
  { timeoutMs, memoryMb, maxOutputChars, errorMessages = false, tracer = null },
) {
  const started = performance.now();
  const deadline = Date.now() + timeoutMs;
  let interrupted = false;
  let recycle = false;
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
  let uncaughtMessage = "";
  const handles = [];
  const keep = (h) => (handles.push(h), h);

  const write = keep(
    vm.newFunction("write", (h) => {
      if (stdout.length < maxOutputChars) stdout += vm.getString(h);
      else unsupported ??= "output limit exceeded";
    }),
  );
  const markUnsupported = keep(vm.newFunction("unsupported", (h) => void (unsupported ??= vm.getString(h))));
  const markUncaught = keep(
    vm.newFunction("uncaught", (h) => {
      if (uncaught) return;
      uncaught = errorName(vm, h);
      uncaughtMessage = errorMessage(vm, h);
    }),
  );
  const loadFormatter = keep(vm.newFunction("loadFormatter", () => vm.newString(GUEST_FORMATTER)));

  const finish = (status, extra = {}) => ({ status, stdout, ms: performance.now() - started, ...extra });
  const failed = (name, message) =>
    finish("error", errorMessages ? { error: name, message } : { error: name });
  const classify = (errHandle) => {
    const name = errorName(vm, errHandle);
    const message = errorMessage(vm, errHandle);
    if (interrupted || (name === "InternalError" && message === "interrupted")) return finish("timeout");
    if (name === "InternalError" && message === "out of memory") return finish("oom");
    return failed(name, message);
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

    // A traced run (the step view; trace-prelude.mjs) wraps console here and is told which queue runs.
    tracer?.install(vm, keep, loadFormatter, () => stdout);
    tracer?.enter("sync");
    const main = vm.evalCode(code, "main.js");
    if (main.error) {
      result = classify(main.error);
      main.error.dispose();
    } else {
      main.value.dispose();
      let tasks = 0;
      for (;;) {
        tracer?.enter("microtask");
        const jobs = rt.executePendingJobs(-1);
        if (jobs.error) {
          result = classify(jobs.error);
          jobs.error.dispose();
          break;
        }
        if (uncaught) {
          result = failed(uncaught, uncaughtMessage);
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
        tracer?.enter("timer");
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
  return { result, recycle };
}
