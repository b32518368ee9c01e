import type { Language } from "@katagen/contract";
import {
  RUN_LIMITS,
  type BrowserRunResult,
  type RunRequest,
  type WorkerMessage,
} from "../worker/run-protocol";

/** The part of a Worker the runner uses, so tests can hand it a fake (jsdom has no Worker). */
export interface WorkerLike {
  postMessage(message: RunRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type RunOutcome =
  | { kind: "finished"; result: BrowserRunResult }
  /** The page terminated the worker at the time limit: the program did not finish. */
  | { kind: "stopped"; afterMs: number }
  /** The runtime did not load or the worker died; never the program's own error. */
  | { kind: "failed"; message: string };

export interface RunCallbacks {
  /** A runtime is being fetched and started (first run of a language in this worker). */
  onLoading?: (runtime: "QuickJS" | "TypeScript" | "Python") => void;
  /** The program itself started: its time limit runs from now. */
  onStarted?: () => void;
}

export interface SandboxRunnerDeps {
  createWorker: () => WorkerLike;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  limits?: { timeMs: number; graceMs: number; loadMs: number };
}

export interface SandboxRunner {
  /** Runs one program; a second call while one runs is refused (the page disables Run meanwhile). */
  run(language: Language, code: string, callbacks?: RunCallbacks): Promise<RunOutcome>;
  /** Stops whatever runs and drops the worker (the panel closed). */
  dispose(): void;
}

/**
 * Runs programs in a worker the page can always take back: a run that outlives its time limit gets
 * the worker terminated, which stops even a `while True: pass` that no interrupt reaches, and the next
 * run starts a fresh worker. The worker is kept between runs otherwise, so a loaded Pyodide is reused.
 */
export function createSandboxRunner({
  createWorker,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  limits = RUN_LIMITS,
}: SandboxRunnerDeps): SandboxRunner {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let current: { settle: (outcome: RunOutcome) => void } | null = null;

  const drop = () => {
    worker?.terminate();
    worker = null;
  };

  return {
    run(language, code, callbacks = {}) {
      if (current) return Promise.reject(new Error("a program is already running"));
      const id = nextId++;
      const active = (worker ??= createWorker());
      return new Promise<RunOutcome>((resolve) => {
        let timer: unknown = null;
        const arm = (ms: number, onFire: () => void) => {
          if (timer !== null) clearTimer(timer);
          timer = setTimer(onFire, ms);
        };
        const settle = (outcome: RunOutcome, keepWorker: boolean) => {
          if (timer !== null) clearTimer(timer);
          active.onmessage = null;
          active.onerror = null;
          current = null;
          if (!keepWorker && worker === active) drop();
          resolve(outcome);
        };
        current = { settle: (outcome) => settle(outcome, false) };

        arm(limits.loadMs, () =>
          settle(
            { kind: "failed", message: `the runtime did not load within ${limits.loadMs / 1000} s` },
            false,
          ),
        );
        active.onmessage = ({ data }) => {
          if (data.id !== id) return;
          if (data.type === "loading") callbacks.onLoading?.(data.runtime);
          else if (data.type === "started") {
            callbacks.onStarted?.();
            // QuickJS stops itself at the limit; the grace covers a program stuck where no interrupt lands.
            const ms = language === "python" ? limits.timeMs : limits.timeMs + limits.graceMs;
            arm(ms, () => settle({ kind: "stopped", afterMs: limits.timeMs }, false));
          } else if (data.type === "result") {
            // A crash means the interpreter may be broken: the next run gets a fresh worker.
            settle({ kind: "finished", result: data.result }, data.result.status !== "crash");
          } else settle({ kind: "failed", message: data.message }, false);
        };
        active.onerror = (event) => {
          event.preventDefault?.();
          settle({ kind: "failed", message: event.message || "the runner stopped unexpectedly" }, false);
        };
        active.postMessage({ type: "run", id, language, code });
      });
    },
    dispose() {
      current?.settle({ kind: "failed", message: "cancelled" });
      drop();
    },
  };
}
