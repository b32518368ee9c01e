import type { Challenge } from "@katagen/contract";
import { lazy } from "react";
import { Disclosure } from "@/components/ui/disclosure";

// The step view arrives with the first click: this file is all the feature adds to the initial bundle.
const StepViewPanel = lazy(() => import("./step-view-panel"));

export interface SeeTheRunProps {
  challenge: Pick<Challenge, "id" | "code">;
  /** The language's display name. */
  languageLabel: string;
}

/** "See the run" on an answered challenge: the run behind the answer, one print at a time. */
export function SeeTheRun({ challenge, languageLabel }: SeeTheRunProps) {
  if (!challenge.code) return null;
  return (
    <Disclosure
      showLabel="See the run"
      hideLabel="Hide the run"
      pending={<p className="mt-3 text-sm">Opening the run…</p>}
    >
      <StepViewPanel key={challenge.id} challengeId={challenge.id} languageLabel={languageLabel} />
    </Disclosure>
  );
}
