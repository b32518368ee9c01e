import type { AnswerResult, Challenge } from "@katagen/contract";
import { lazy, Suspense, useId, useState } from "react";
import { Button } from "@/components/ui/button";

// The editor and the runner arrive with the first click, the runtimes with the first Run: this file is
// all that Try it yourself adds to the initial bundle.
const TryItPanel = lazy(() => import("./try-it-panel"));

export interface TryItYourselfProps {
  challenge: Pick<Challenge, "id" | "code" | "kind" | "language" | "options">;
  result: Pick<AnswerResult, "correctChoice">;
  /** The language's display name. */
  languageLabel: string;
}

/** "Try it yourself" on an answered challenge: edit the program and run it in this browser. */
export function TryItYourself({ challenge, result, languageLabel }: TryItYourselfProps) {
  const [open, setOpen] = useState(false);
  // Once opened, the panel stays mounted while hidden, so closing it keeps the edits and a loaded runtime.
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  if (!challenge.code) return null;
  return (
    <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
      >
        {open ? "Hide Try it yourself" : "Try it yourself"}
      </Button>
      <div id={panelId} hidden={!open}>
        {opened ? (
          <Suspense fallback={<p className="mt-3 text-sm">Opening the editor…</p>}>
            <TryItPanel
              key={challenge.id}
              challenge={challenge}
              result={result}
              languageLabel={languageLabel}
            />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
