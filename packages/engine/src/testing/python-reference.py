# Reference runner for the cross-check: executes Python programs on the machine's real CPython.
# Reads a JSON array of programs on stdin, writes a JSON array of {status, stdout, error} to stdout.
import contextlib
import io
import json
import signal
import sys


class ProgramTimeout(BaseException):
    pass


def on_alarm(signum, frame):
    raise ProgramTimeout()


signal.signal(signal.SIGALRM, on_alarm)
results = []
for code in json.load(sys.stdin):
    out = io.StringIO()
    status, error = "ok", None
    signal.alarm(5)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            exec(compile(code, "main.py", "exec"), {"__name__": "__main__"})
    except ProgramTimeout:
        status = "timeout"
    except BaseException as e:
        status, error = "error", type(e).__name__
    finally:
        signal.alarm(0)
    results.append({"status": status, "stdout": out.getvalue(), "error": error})
sys.stdout.write(json.dumps(results))
