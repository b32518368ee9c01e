// A traced run (the step view, issue 14): the same program run again with each print recorded as it
// happens, by the runtime itself. Nothing here is written from the template: the output of a step is
// what that print call wrote to stdout, its line comes from the call site (JS/TS: the probe the
// instrumenter put in that call, trace/instrument-js.ts; Python: the calling frame), its values are read
// from the live scope at the moment of the call, and the queue is whatever the run loop was draining.
// The host (trace/trace.ts) keeps a trace only when the traced run printed exactly what the plain run did.
// Server-only: the worker passes a tracer to runInQuickJS; the browser's Try it yourself never loads this.

/** Longest value text kept for a step; longer ones end in "…". */
const VALUE_LIMIT = 200;

// Evaluated after GUEST_PRELUDE in a traced QuickJS run. `__katagenProbe(id, reads)` is what the
// instrumenter appends as the last argument of each console.log/info/debug call: it runs after the
// other arguments, so it reads the variables as the call sees them. The wrapped console takes it off
// again before the real console.log formats the arguments, so the program prints what it always did.
export const TRACE_PRELUDE = String.raw`(function (begin, end, loadFormatter) {
  "use strict";
  const g = globalThis;
  const geval = eval;
  const apply = Reflect.apply;
  const stringify = JSON.stringify;
  const probes = new WeakSet();
  const isProbe = WeakSet.prototype.has;
  const addProbe = WeakSet.prototype.add;
  let makeFormatter = null;
  // A value as Node's inspector prints it (on one line); null for functions and anything it cannot print.
  function show(v) {
    if (typeof v === "function") return null;
    makeFormatter ??= geval(loadFormatter());
    let bad = false;
    const text = makeFormatter(() => { bad = true; }, true).inspect(v);
    if (bad) return null;
    return text.length > ${VALUE_LIMIT} ? text.slice(0, ${VALUE_LIMIT - 1}) + "…" : text;
  }
  function probe(id, reads) {
    const values = [];
    for (let i = 0; i < reads.length; i++) {
      let text = null;
      // A name still in its temporal dead zone (or a type-only name in TypeScript) throws: skipped.
      try { text = show(reads[i]()); } catch (e) { text = null; }
      values[i] = text;
    }
    const p = { id, values };
    apply(addProbe, probes, [p]);
    return p;
  }
  Object.defineProperty(g, "__katagenProbe", { value: probe });
  const console = g.console;
  for (const name of ["log", "info", "debug"]) {
    const inner = console[name];
    console[name] = (...args) => {
      const last = args.length > 0 ? args[args.length - 1] : undefined;
      let id = -1;
      let values = "[]";
      if (typeof last === "object" && last !== null && apply(isProbe, probes, [last])) {
        args.length = args.length - 1;
        id = last.id;
        values = stringify(last.values);
      }
      begin(id, values);
      try { return apply(inner, undefined, args); } finally { end(); }
    };
  }
})`;

/**
 * What runInQuickJS needs for a traced run: `install` after the prelude, `enter` as the run loop moves
 * between the program's first run (sync), draining microtasks, and a timer callback. `steps` holds
 * { id, values, queue, output } per console call; `broken` says why the trace cannot be trusted.
 */
export function createTracer() {
  const steps = [];
  let phase = "sync";
  let open = null;
  let depth = 0;
  const tracer = {
    steps,
    broken: null,
    enter(next) {
      phase = next;
    },
    install(vm, keep, loadFormatter, stdout) {
      const begin = keep(
        vm.newFunction("begin", (idHandle, valuesHandle) => {
          // A print while another is formatting (a getter or Proxy trap that logs): no honest order.
          if (depth++ > 0) {
            tracer.broken ??= "a print inside a print";
            return;
          }
          open = {
            id: vm.getNumber(idHandle),
            values: JSON.parse(vm.getString(valuesHandle)),
            queue: phase,
            start: stdout().length,
          };
        }),
      );
      const end = keep(
        vm.newFunction("end", () => {
          if (--depth > 0 || !open) return;
          const { start, ...step } = open;
          steps.push({ ...step, output: stdout().slice(start) });
          open = null;
        }),
      );
      const install = keep(vm.unwrapResult(vm.evalCode(TRACE_PRELUDE, "trace.js")));
      vm.unwrapResult(vm.callFunction(install, vm.undefined, begin, end, loadFormatter)).dispose();
    },
  };
  return tracer;
}

/**
 * Python, loaded into Pyodide after the sandbox prelude (python-prelude.mjs, whose _safe_builtins it
 * copies): `_katagen_trace(src)` runs the program as `_katagen_run` does, with `print` replaced by one
 * that records the calling frame's line, the names that line's print(...) reads (from the program's
 * ast) with their repr() in that frame, and what the real print wrote. Returns
 * [status, stdout, error class or None, steps as [line, output, [[name, repr], ...]]].
 */
export function pythonTrace(maxOutputChars) {
  return String.raw`
import ast as _katagen_ast, types as _katagen_types
_KATAGEN_SKIP = (_katagen_types.FunctionType, _katagen_types.BuiltinFunctionType, _katagen_types.MethodType,
                 _katagen_types.ModuleType, type)

def _katagen_print_names(src):
    # For each line a print(...) call starts on: the names it reads, in source order, except names
    # bound inside it (lambda parameters, comprehension targets), which mean nothing at the call.
    by_line = {}
    for node in _katagen_ast.walk(_katagen_ast.parse(src)):
        if not (isinstance(node, _katagen_ast.Call) and isinstance(node.func, _katagen_ast.Name)
                and node.func.id == "print"):
            continue
        bound = {"print"}
        for sub in _katagen_ast.walk(node):
            if isinstance(sub, _katagen_ast.Lambda):
                a = sub.args
                bound.update(x.arg for x in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg]
                             if x is not None)
            elif isinstance(sub, _katagen_ast.comprehension):
                bound.update(t.id for t in _katagen_ast.walk(sub.target) if isinstance(t, _katagen_ast.Name))
        found = sorted((sub.lineno, sub.col_offset, sub.id) for sub in _katagen_ast.walk(node)
                       if isinstance(sub, _katagen_ast.Name) and isinstance(sub.ctx, _katagen_ast.Load)
                       and sub.id not in bound)
        names = by_line.setdefault(node.lineno, [])
        for _, _, name in found:
            if name not in names:
                names.append(name)
    return by_line

def _katagen_trace(src):
    out = io.StringIO()
    steps = []
    try:
        names = _katagen_print_names(src)
    except SyntaxError:
        names = {}
    real_print = builtins.print
    def print(*args, **kwargs):
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != "main.py":
            frame = frame.f_back
        line = frame.f_lineno if frame is not None else 0
        values = []
        if frame is not None:
            scope_locals, scope_globals = frame.f_locals, frame.f_globals
            for name in names.get(line, ()):
                if name in scope_locals:
                    value = scope_locals[name]
                elif name in scope_globals:
                    value = scope_globals[name]
                else:
                    continue
                if isinstance(value, _KATAGEN_SKIP):
                    continue
                try:
                    text = repr(value)
                except Exception:
                    continue
                # A default repr names a memory address, which differs from run to run.
                if " at 0x" in text:
                    continue
                values.append([name, text if len(text) <= ${VALUE_LIMIT} else text[:${VALUE_LIMIT - 1}] + "…"])
        start = out.tell()
        try:
            return real_print(*args, **kwargs)
        finally:
            steps.append([line, out.getvalue()[start:], values])
    traced = dict(_safe_builtins)
    traced["print"] = print
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = out
    sys.stderr = io.StringIO()
    status, err = "ok", None
    try:
        exec(compile(src, "main.py", "exec"), {"__name__": "__main__", "__builtins__": traced})
    except KeyboardInterrupt:
        status = "timeout"
    except MemoryError:
        status = "oom"
    except BaseException as e:
        status, err = "error", type(e).__name__
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    return [status, out.getvalue()[:${Number(maxOutputChars)}], err, steps]
`;
}
