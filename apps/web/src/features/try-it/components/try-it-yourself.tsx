import type { AnswerResult, Challenge } from "@katagen/contract";
import { lazy } from "react";
import { Disclosure } from "@/components/ui/disclosure";

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
  if (!challenge.code) return null;
  return (
    <Disclosure
      showLabel="Try it yourself"
      hideLabel="Hide Try it yourself"
      pending={<p className="mt-3 text-sm">Opening the editor…</p>}
    >
      <TryItPanel key={challenge.id} challenge={challenge} result={result} languageLabel={languageLabel} />
    </Disclosure>
  );
}
