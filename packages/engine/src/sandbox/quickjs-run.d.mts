import type { QuickJSWASMModule } from "quickjs-emscripten";
import type { RunResult } from "./types";

export interface QuickJSRunOptions {
  /** Soft deadline: the interrupt handler stops the program after this long. */
  timeoutMs: number;
  /** QuickJS heap limit for this run. */
  memoryMb: number;
  /** stdout past this many characters makes the run "unsupported". */
  maxOutputChars: number;
  /** Also return an uncaught error's message (for people; keys use the class only). */
  errorMessages?: boolean;
  /** Records each console call of the run (the step view; trace-prelude.mjs createTracer). */
  tracer?: {
    install(vm: unknown, keep: unknown, loadFormatter: unknown, stdout: () => string): void;
    enter(queue: "sync" | "microtask" | "timer"): void;
  } | null;
}

export function runInQuickJS(
  QuickJS: QuickJSWASMModule,
  code: string,
  options: QuickJSRunOptions,
): { result: RunResult & { message?: string }; recycle: boolean };
