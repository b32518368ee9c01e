import type { AnswerResult, Challenge } from "@katagen/contract";
import { lazy, Suspense, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { initialProgram } from "../utils/initial-program";

// The editor and the runner arrive with the first click; the runtimes only with the first Run.
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
  const program = initialProgram(challenge, result);
  if (program === null) return null;
  return (
    <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
      >
        {open ? "Hide Try it yourself" : "Try it yourself"}
      </Button>
      <div id={panelId} hidden={!open}>
        {opened ? (
          <Suspense
            fallback={
              <p className="mt-3 flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
                <Spinner /> Opening the editor…
              </p>
            }
          >
            <TryItPanel
              key={challenge.id}
              program={program}
              language={challenge.language}
              languageLabel={languageLabel}
            />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
