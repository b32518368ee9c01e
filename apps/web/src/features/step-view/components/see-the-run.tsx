import type { Challenge } from "@katagen/contract";
import { lazy, Suspense, useId, useState } from "react";
import { Button } from "@/components/ui/button";

// The step view arrives with the first click: this file is all the feature adds to the initial bundle.
const StepViewPanel = lazy(() => import("./step-view-panel"));

export interface SeeTheRunProps {
  challenge: Pick<Challenge, "id" | "code">;
  /** The language's display name. */
  languageLabel: string;
}

/** "See the run" on an answered challenge: the run behind the answer, one print at a time. */
export function SeeTheRun({ challenge, languageLabel }: SeeTheRunProps) {
  const [open, setOpen] = useState(false);
  // Once opened, the panel stays mounted while hidden, so closing it keeps the step the learner was on.
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
        {open ? "Hide the run" : "See the run"}
      </Button>
      <div id={panelId} hidden={!open}>
        {opened ? (
          <Suspense fallback={<p className="mt-3 text-sm">Opening the run…</p>}>
            <StepViewPanel key={challenge.id} challengeId={challenge.id} languageLabel={languageLabel} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
