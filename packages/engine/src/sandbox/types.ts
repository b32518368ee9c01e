import type { Language } from "@katagen/contract";

export interface Program {
  language: Language;
  code: string;
  /** Record each print as it happens (the step view; trace/trace.ts). JS/TS code arrives instrumented. */
  trace?: boolean;
}

/**
 * One print of a traced run, as the sandbox recorded it; trace/trace.ts turns these into the contract's
 * RunTrace steps. JavaScript names the instrumenter's probe (its line and names are host-side, -1 when
 * the print had none) and the queue that was running; Python names the calling frame's line.
 */
export type RawTraceStep =
  | { id: number; output: string; values: (string | null)[]; queue: "sync" | "microtask" | "timer" }
  | { line: number; output: string; values: [string, string][] };

/**
 * How a run ended.
 * - ok: the program (and every timer it scheduled) finished.
 * - error: an uncaught exception; `error` is its class name (`TypeError`, `ZeroDivisionError`).
 * - timeout: past the soft deadline (interrupted) or the hard stop (worker terminated).
 * - oom: past the memory limit.
 * - unsupported: finished, but printed something whose formatting is not guaranteed to match the real
 *   runtime (see the printing rules in ../types.ts), so its output cannot be an option.
 * - crash: the sandbox itself failed; never the program's fault.
 */
export type RunStatus = "ok" | "error" | "timeout" | "oom" | "unsupported" | "crash";

export interface RunResult {
  status: RunStatus;
  /** Everything the program printed to stdout, untrimmed. */
  stdout: string;
  error?: string;
  detail?: string;
  /** Wall time inside the worker (excludes queueing). */
  ms: number;
  /** A traced run's prints, in order. */
  trace?: RawTraceStep[];
  /** Why a traced run's record cannot be trusted (a print inside a print). */
  traceBroken?: string;
}

export interface SandboxOptions {
  /** Worker threads in the pool. */
  workers: number;
  /** Soft deadline per program: QuickJS interrupt / Python KeyboardInterrupt. */
  timeoutMs: number;
  /** Wall-clock limit per program after which the worker is terminated and replaced. */
  hardStopMs: number;
  /** QuickJS heap limit per run; the worker's V8 heap limit is derived from it. */
  memoryMb: number;
  /**
   * Who turns TypeScript into JavaScript before a run: esbuild (the default, decision 019) or tsc on a
   * thread of its own (the reference; the quality gate compares the two).
   */
  transpiler?: "esbuild" | "tsc";
  /** Workers warmUp() loads Pyodide into (default: all of them). */
  pythonWorkers?: number;
}

/** The sandbox pool now (workers, busy, queued batches) and its counters since start. */
export interface SandboxStats {
  workers: number;
  busyWorkers: number;
  /** Batches waiting for a worker. */
  queued: number;
  /** Workers started, the first ones included. */
  spawned: number;
  /** Workers the host stopped: a hard-stopped program or a recycle. */
  terminated: number;
  /** Workers recycled after their memory grew. */
  recycled: number;
  /** Workers that died on their own (crash, out of memory). */
  crashed: number;
  /** Programs run, and those stopped at their time limit. */
  programs: number;
  timeouts: number;
}
