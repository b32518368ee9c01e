import { cleanOutput } from "@katagen/engine/browser/normalize";
import { RUN_LIMITS } from "../worker/run-protocol";
import type { RunOutcome } from "./sandbox-runner";

/** What the output box shows for a run. */
export interface RunView {
  /** What the program printed, cleaned the way an option is (trailing spaces, blank edge lines). */
  lines: string[];
  /** `Uncaught <ErrorClass>`, the last line of an option whose program throws. */
  errorLine: string | null;
  /** The error's message, which options leave out (it differs between engines) but a person wants. */
  errorMessage: string | null;
  /** Why the run ended another way than printing and finishing, in a sentence. */
  notice: string | null;
  tone: "ok" | "error" | "stopped";
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const stoppedNotice = (ms: number) => `Stopped after ${seconds(ms)}: the program did not finish.`;

/** A run's outcome as the output box shows it, in the form the question's options use. */
export function describeRun(outcome: RunOutcome): RunView {
  if (outcome.kind === "stopped") {
    return {
      lines: [],
      errorLine: null,
      errorMessage: null,
      notice: stoppedNotice(outcome.afterMs),
      tone: "stopped",
    };
  }
  if (outcome.kind === "failed") {
    return {
      lines: [],
      errorLine: null,
      errorMessage: null,
      notice: `The runner could not run the program (${outcome.message}). Try Run again.`,
      tone: "stopped",
    };
  }
  const { result } = outcome;
  const printed = cleanOutput(result.stdout);
  const lines = printed === "" ? [] : printed.split("\n");
  const view = (notice: string | null, tone: RunView["tone"]): RunView => ({
    lines,
    errorLine: null,
    errorMessage: null,
    notice,
    tone,
  });
  switch (result.status) {
    case "ok":
      return view(lines.length === 0 ? "The program printed nothing." : null, "ok");
    case "error":
      return {
        lines,
        errorLine: `Uncaught ${result.error ?? "Error"}`,
        errorMessage: result.message || null,
        notice: null,
        tone: "error",
      };
    case "timeout":
      return view(stoppedNotice(RUN_LIMITS.timeMs), "stopped");
    case "oom":
      return view(`Stopped: the program used more than ${RUN_LIMITS.memoryMb} MB of memory.`, "stopped");
    case "unsupported":
      return view(
        result.detail === "output limit exceeded"
          ? `Output cut at ${RUN_LIMITS.maxOutputChars.toLocaleString("en")} characters.`
          : // The sandbox prints only what it formats exactly as Node does (and the questions rely on that).
            `A value here is shown as ? (${result.detail ?? "unsupported output"}): print it with JSON.stringify or String() instead.`,
        "stopped",
      );
    case "crash":
      return view("The sandbox itself failed, not your program. Try Run again.", "stopped");
  }
}
