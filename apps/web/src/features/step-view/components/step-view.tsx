import type { RunQueue, RunTrace } from "@katagen/contract";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { clampStep, describeStep, QUEUE_LABELS, stepAt } from "../utils/step-at";

const QUEUE_TONES: Record<RunQueue, string> = {
  sync: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  microtask: "bg-violet-100 text-violet-900 dark:bg-violet-500/20 dark:text-violet-100",
  timer: "bg-sky-100 text-sky-900 dark:bg-sky-500/20 dark:text-sky-100",
};

export interface StepViewProps {
  trace: RunTrace;
  languageLabel: string;
}

/**
 * The recorded run, one print at a time: the program with the printing line marked, what has been
 * printed so far (this step's line marked), the values that line read, and for JS/TS the queue the
 * printing code ran from. ← and → step (anywhere inside it), Home and End jump; it takes focus when it
 * opens so those keys work at once.
 */
export function StepView({ trace, languageLabel }: StepViewProps) {
  const [index, setIndex] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const printedId = useId();
  const valuesId = useId();
  const hintId = useId();

  useEffect(() => {
    rootRef.current?.focus();
  }, []);

  const frame = stepAt(trace, index);
  if (!frame) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">The program printed nothing.</p>;
  }
  const total = trace.steps.length;
  const go = (next: number) => setIndex(clampStep(trace, next));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: total - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  };
  const { step } = frame;
  const lines = trace.code.split("\n");
  const atStart = index === 0;
  const atEnd = index === total - 1;

  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      role="group"
      aria-label="Run of the program, step by step"
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
      className="space-y-3 rounded-lg outline-offset-4 focus-visible:outline-2 focus-visible:outline-indigo-500"
    >
      <div className="flex flex-wrap items-center gap-2">
        {/* aria-disabled rather than disabled: a focused button that became disabled would drop focus out of the view. */}
        <Button
          variant="secondary"
          aria-disabled={atStart}
          aria-keyshortcuts="ArrowLeft"
          onClick={() => go(index - 1)}
          className={atStart ? "opacity-60" : ""}
        >
          <span aria-hidden="true">←</span> Previous
        </Button>
        <Button
          variant="secondary"
          aria-disabled={atEnd}
          aria-keyshortcuts="ArrowRight"
          onClick={() => go(index + 1)}
          className={atEnd ? "opacity-60" : ""}
        >
          Next <span aria-hidden="true">→</span>
        </Button>
        <p className="text-sm font-medium text-slate-800 dark:text-slate-100">
          Step {index + 1} of {total}
        </p>
        {step.queue ? (
          <span className={`rounded-full px-2.5 py-1 text-xs font-semibold ${QUEUE_TONES[step.queue]}`}>
            Ran from {QUEUE_LABELS[step.queue]}
          </span>
        ) : null}
      </div>
      <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
        ← and → step through the run; Home and End go to the first and last step. Recorded by running the
        program in the sandbox that proved the answer.
      </p>
      <p className="sr-only" aria-live="polite">
        {describeStep(trace, frame)}
      </p>

      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <div
          role="region"
          aria-label={`${languageLabel} program, line ${step.line} marked`}
          // Scrollable sideways at 360 px: focusable so the keyboard can scroll it too.
          tabIndex={0}
          className="min-w-0 overflow-x-auto rounded-lg bg-[#1e1e1e] py-2 font-mono text-sm leading-relaxed"
        >
          <ol>
            {lines.map((text, k) => {
              const current = k + 1 === step.line;
              return (
                <li
                  key={k}
                  aria-current={current ? "step" : undefined}
                  className={`flex border-l-4 ${current ? "border-amber-400 bg-[#44390f]" : "border-transparent"}`}
                >
                  <span
                    aria-hidden="true"
                    className={`w-9 shrink-0 pr-3 text-right select-none ${current ? "text-amber-200" : "text-[#9ca3af]"}`}
                  >
                    {k + 1}
                  </span>
                  <span className="sr-only">{current ? `Line ${k + 1}, printing: ` : `Line ${k + 1}: `}</span>
                  <span className="pr-3 whitespace-pre text-[#d4d4d4]">{text === "" ? " " : text}</span>
                </li>
              );
            })}
          </ol>
        </div>

        <div className="min-w-0 space-y-3">
          <div
            role="region"
            aria-labelledby={printedId}
            className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900"
          >
            <h4 id={printedId} className="text-sm font-semibold text-slate-900 dark:text-white">
              Printed so far
            </h4>
            <pre
              data-testid="printed-so-far"
              className="mt-1 font-mono text-sm break-words whitespace-pre-wrap text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300"
            >
              {frame.before}
              <mark className="rounded-sm bg-amber-100 text-slate-900 dark:bg-amber-500/25 dark:text-amber-50">
                {frame.current}
              </mark>
            </pre>
          </div>
          <div
            role="region"
            aria-labelledby={valuesId}
            className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900"
          >
            <h4 id={valuesId} className="text-sm font-semibold text-slate-900 dark:text-white">
              Values on line {step.line}
            </h4>
            {step.values.length > 0 ? (
              <dl className="mt-1 space-y-1 font-mono text-sm">
                {step.values.map((v) => (
                  <div key={v.name} className="flex min-w-0 gap-2">
                    <dt className="shrink-0 font-semibold text-slate-900 dark:text-white">{v.name}</dt>
                    <dd className="min-w-0 text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">
                      <span aria-hidden="true">= </span>
                      {v.value}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                This print reads no variables.
              </p>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
