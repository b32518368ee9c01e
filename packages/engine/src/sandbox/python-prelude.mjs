// The Python sandbox's prelude, run once in each fresh Pyodide: guarded imports and builtins, a capped
// recursion limit, and _katagen_run(src), which runs one program with its stdout captured. Browser-safe
// (no node: imports) on purpose: the server's sandbox worker (worker.mjs) and the SPA's "Try it yourself"
// worker load this same text, so a learner's run prints what the server's proof printed.

/**
 * `_katagen_run(src)` returns [status, stdout (at most maxOutputChars), error class or None, error
 * message or None]; status is "ok", "error", "timeout" (KeyboardInterrupt from the interrupt buffer)
 * or "oom".
 */
export function pythonPrelude(maxOutputChars) {
  return `
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
    status, err, msg = "ok", None, None
    try:
        exec(compile(src, "main.py", "exec"), {"__name__": "__main__", "__builtins__": _safe_builtins})
    except KeyboardInterrupt:
        status = "timeout"
    except MemoryError:
        status = "oom"
    except BaseException as e:
        status, err, msg = "error", type(e).__name__, str(e)
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    return [status, out.getvalue()[:${Number(maxOutputChars)}], err, msg]
`;
}
