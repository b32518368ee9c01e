import type { RunQueue, RunTrace, TraceStep } from "@katagen/contract";

/** What the step view shows at one step: the step, and everything printed up to and including it. */
export interface StepFrame {
  step: TraceStep;
  /** 0-based. */
  index: number;
  /** Output of the steps before this one. */
  before: string;
  /** This step's output, without the newline that ends it (the view shows lines). */
  current: string;
}

export function stepAt(trace: RunTrace, index: number): StepFrame | null {
  const step = trace.steps[index];
  if (!step) return null;
  const before = trace.steps
    .slice(0, index)
    .map((s) => s.output)
    .join("");
  return { step, index, before, current: step.output.replace(/\n$/, "") };
}

/** A step number kept within the trace. */
export function clampStep(trace: RunTrace, index: number): number {
  return Math.min(Math.max(index, 0), Math.max(trace.steps.length - 1, 0));
}

export const QUEUE_LABELS: Record<RunQueue, string> = {
  sync: "synchronous code",
  microtask: "a microtask",
  timer: "a timer callback",
};

/** One line for a screen reader after each step: where it is and what that print wrote. */
export function describeStep(trace: RunTrace, frame: StepFrame): string {
  const queue = frame.step.queue ? ` from ${QUEUE_LABELS[frame.step.queue]}` : "";
  const printed = frame.current === "" ? "an empty line" : frame.current;
  return `Step ${frame.index + 1} of ${trace.steps.length}: line ${frame.step.line}${queue} printed ${printed}`;
}
