import type { AnswerResult, Challenge } from "@katagen/contract";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { createRunWorker } from "../utils/create-run-worker";
import { describeRun, type RunView } from "../utils/describe-run";
import { initialProgram } from "../utils/initial-program";
import { createSandboxRunner, type SandboxRunner } from "../utils/sandbox-runner";
import { RUN_LIMITS } from "../worker/run-protocol";

/** What the first run of a language fetches, gzip (measured on the build; ADR 021). */
const RUNTIME_SIZES: Record<string, string> = {
  QuickJS: "QuickJS, about 0.25 MB",
  TypeScript: "the TypeScript compiler, about 1 MB",
  Python: "Python (Pyodide), about 5.5 MB",
};

export interface TryItPanelProps {
  challenge: Pick<Challenge, "code" | "kind" | "language" | "options">;
  result: Pick<AnswerResult, "correctChoice">;
  languageLabel: string;
  /** Tests pass a runner over a fake worker (jsdom has none). */
  createRunner?: () => SandboxRunner;
}

type Phase = { kind: "idle" } | { kind: "loading"; runtime: string } | { kind: "running" };

/** The editor, Run and Reset, and the output of the last run. Loaded lazily by TryItYourself. */
export default function TryItPanel({
  challenge,
  result,
  languageLabel,
  createRunner = () => createSandboxRunner({ createWorker: createRunWorker }),
}: TryItPanelProps) {
  const language = challenge.language;
  // TryItYourself renders this only for a challenge with a program.
  const [program] = useState(() => initialProgram(challenge, result) ?? "");
  const [code, setCode] = useState(program);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [view, setView] = useState<RunView | null>(null);
  const runner = useRef<SandboxRunner | null>(null);
  const createRunnerRef = useRef(createRunner);
  const editorId = useId();
  const hintId = useId();
  const headingId = useId();

  useEffect(() => () => runner.current?.dispose(), []);

  const busy = phase.kind !== "idle";
  const run = async () => {
    if (busy) return;
    runner.current ??= createRunnerRef.current();
    setPhase({ kind: "running" });
    const outcome = await runner.current.run(language, code, {
      onLoading: (runtime) => setPhase({ kind: "loading", runtime }),
      onStarted: () => setPhase({ kind: "running" }),
    });
    setView(describeRun(outcome));
    setPhase({ kind: "idle" });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  };

  const lines = Math.min(Math.max(code.split("\n").length + 1, 6), 24);
  return (
    <section aria-labelledby={headingId} className="mt-3 space-y-3">
      <h3 id={headingId} className="font-semibold text-slate-900 dark:text-white">
        Try it yourself
      </h3>
      <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
        Edit the program and run it here, in your browser, with the engine that proved the answer. Runs stop
        after {RUN_LIMITS.timeMs / 1000} s. Ctrl+Enter (⌘+Enter) runs it; Tab leaves the editor.
      </p>
      <div>
        <label htmlFor={editorId} className="text-sm font-medium text-slate-700 dark:text-slate-200">
          {languageLabel} program
        </label>
        <textarea
          id={editorId}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={hintId}
          rows={lines}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          className="mt-1 block w-full resize-y rounded-lg border border-slate-300 bg-[#1e1e1e] p-3 font-mono text-sm leading-relaxed text-[#d4d4d4] focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500 dark:border-slate-700"
          style={{ tabSize: 2 }}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={() => void run()} disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
          {busy ? <Spinner /> : null}
          Run
        </Button>
        <Button variant="secondary" onClick={() => setCode(program)} disabled={code === program}>
          Reset
        </Button>
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {phase.kind === "loading"
            ? `Loading ${RUNTIME_SIZES[phase.runtime] ?? phase.runtime} (first run only)…`
            : phase.kind === "running"
              ? "Running…"
              : ""}
        </p>
      </div>
      {/* Announced when a run ends, so a screen reader hears the output without hunting for it. */}
      <div aria-live="polite">{view ? <RunOutput view={view} /> : null}</div>
    </section>
  );
}

function RunOutput({ view }: { view: RunView }) {
  const headingId = useId();
  const tone =
    view.tone === "ok"
      ? "border-slate-300 dark:border-slate-700"
      : view.tone === "error"
        ? "border-red-400 dark:border-red-700"
        : "border-amber-500 dark:border-amber-600";
  return (
    <div
      role="region"
      aria-labelledby={headingId}
      className={`rounded-lg border-l-4 ${tone} bg-slate-50 p-3 dark:bg-slate-900`}
    >
      <h4 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-white">
        Output
      </h4>
      {view.lines.length > 0 || view.errorLine ? (
        <pre className="mt-1 font-mono text-sm break-words whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere] dark:text-slate-100">
          {view.lines.join("\n")}
          {view.lines.length > 0 && view.errorLine ? "\n" : ""}
          {view.errorLine ? <span className="text-red-800 dark:text-red-300">{view.errorLine}</span> : null}
        </pre>
      ) : null}
      {view.errorMessage ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">Message:</span> {view.errorMessage}
        </p>
      ) : null}
      {view.notice ? <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{view.notice}</p> : null}
    </div>
  );
}
