import type { Language } from "@katagen/contract";

/**
 * The limits of a run in the browser. The program's own time starts when the runtime is loaded (loading
 * Pyodide takes seconds and is not the program's fault). QuickJS stops itself at the limit through its
 * interrupt handler; Python cannot be interrupted without cross-origin isolation (SharedArrayBuffer), so
 * the page terminates the worker at the limit, and does so for QuickJS too if the interrupt did not land.
 */
export const RUN_LIMITS = {
  timeMs: 3_000,
  /** How long after the limit the page waits for QuickJS to stop itself before terminating the worker. */
  graceMs: 1_000,
  /** QuickJS heap per run (the server sandbox's default). */
  memoryMb: 64,
  /** Past this, the output is cut and the run says so (the server sandbox's limit). */
  maxOutputChars: 16_000,
  /** Fetching and starting a runtime (Pyodide is ~6 MB compressed). */
  loadMs: 120_000,
} as const;

export interface RunRequest {
  type: "run";
  id: number;
  language: Language;
  code: string;
}

export type RunStatus = "ok" | "error" | "timeout" | "oom" | "unsupported" | "crash";

/** How a run ended, as the server sandbox reports it (engine sandbox/types.ts), plus the error's message. */
export interface BrowserRunResult {
  status: RunStatus;
  stdout: string;
  /** The uncaught error's class: TypeError, ZeroDivisionError, SyntaxError. */
  error?: string;
  /** Its message, for the person reading the run. */
  message?: string;
  detail?: string;
  ms: number;
}

export type WorkerMessage =
  /** A runtime the run needs is being fetched and started (the first run of a language only). */
  | { type: "loading"; id: number; runtime: "QuickJS" | "TypeScript" | "Python" }
  /** The program itself starts now: the time limit counts from here. */
  | { type: "started"; id: number }
  | { type: "result"; id: number; result: BrowserRunResult }
  /** The runtime could not be loaded or failed outside the program. */
  | { type: "failed"; id: number; message: string };
