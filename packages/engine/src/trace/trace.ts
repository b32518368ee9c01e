import type { ChallengeKind, Language, RunTrace, TraceStep } from "@katagen/contract";
import { EngineError } from "../errors";
import { fillBlank } from "../placeholder";
import type { Program, RawTraceStep, RunResult } from "../sandbox/types";
import { instrumentJs, type Probe } from "./instrument-js";

/** A run printing more often than this is not one a learner steps through: no trace. */
export const MAX_TRACE_STEPS = 200;

export type RunPrograms = (programs: Program[]) => Promise<RunResult[]>;

/**
 * The program a challenge's key comes from: its code, with the key fragment filled in for
 * fill-in-blank (the option text is the fragment). null for a challenge without code.
 */
export function keyProgram(challenge: {
  language: Language;
  kind: ChallengeKind;
  code: string | null;
  keyOption: string;
}): Program | null {
  if (challenge.code === null) return null;
  const code =
    challenge.kind === "fill-in-blank"
      ? fillBlank(challenge.language, challenge.code, challenge.keyOption)
      : challenge.code;
  return { language: challenge.language, code };
}

/**
 * Runs the program twice on one sandbox worker, plainly and traced, and returns the traced run's
 * record, or null when it cannot be shown as the truth (a lasting property of the program, which the
 * caller may store): the program does not finish cleanly, the traced run printed anything other than
 * the plain run (to the character), a print had no known line (JS/TS: a console method called
 * indirectly), or the steps' outputs do not add up to the stdout. Throws EngineError when the sandbox
 * stopped either run (time or memory limit, crash).
 */
export async function traceProgram(run: RunPrograms, program: Program): Promise<RunTrace | null> {
  const instrumented =
    program.language === "python" ? { code: program.code, probes: null } : instrumentJs(program.code);
  if (!instrumented) return null;
  const [plain, traced] = await run([
    { language: program.language, code: program.code },
    { language: program.language, code: instrumented.code, trace: true },
  ]);
  // A run the sandbox cut short says nothing about the program: the caller may try again later.
  for (const r of [plain, traced]) {
    if (r?.status === "timeout" || r?.status === "oom" || r?.status === "crash")
      throw new EngineError(
        r.status === "crash" ? "sandbox-failure" : "sandbox-timeout",
        `traced run: ${r.status}`,
      );
  }
  return traceFromRuns(program, plain, traced, instrumented.probes);
}

/** The checks of traceProgram on two finished runs; exported for tests. */
export function traceFromRuns(
  program: Program,
  plain: RunResult | undefined,
  traced: RunResult | undefined,
  probes: Probe[] | null,
): RunTrace | null {
  if (plain?.status !== "ok" || traced?.status !== "ok" || !traced.trace || traced.traceBroken) return null;
  if (traced.stdout !== plain.stdout) return null;
  const lines = program.code.split("\n").length;
  const steps: TraceStep[] = [];
  for (const raw of traced.trace) {
    const step = probes ? fromProbe(raw, probes) : fromFrame(raw);
    if (!step || step.line < 1 || step.line > lines) return null;
    // print(end="") and prints to another stream write nothing to stdout: nothing to step to.
    if (step.output !== "") steps.push(step);
  }
  if (steps.length > MAX_TRACE_STEPS) return null;
  if (steps.map((s) => s.output).join("") !== plain.stdout) return null;
  return { language: program.language, code: program.code, steps };
}

function fromProbe(raw: RawTraceStep, probes: Probe[]): TraceStep | null {
  if (!("id" in raw)) return null;
  const probe = probes[raw.id];
  if (!probe) return null;
  const values = probe.names.flatMap((name, k) => {
    const value = raw.values[k];
    return typeof value === "string" ? [{ name, value }] : [];
  });
  return { line: probe.line, output: raw.output, values, queue: raw.queue };
}

function fromFrame(raw: RawTraceStep): TraceStep | null {
  if (!("line" in raw)) return null;
  return { line: raw.line, output: raw.output, values: raw.values.map(([name, value]) => ({ name, value })) };
}
