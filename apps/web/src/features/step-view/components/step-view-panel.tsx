import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { isApiError } from "@/lib/api-client";
import { challengeRunQueryOptions } from "../api/get-challenge-run";
import { StepView } from "./step-view";

export interface StepViewPanelProps {
  challengeId: string;
  languageLabel: string;
}

/** Fetches the recorded run (the server records it on the first request) and shows it. Loaded lazily. */
export default function StepViewPanel({ challengeId, languageLabel }: StepViewPanelProps) {
  const run = useQuery(challengeRunQueryOptions(challengeId));
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mt-3 space-y-3">
      <h3 id={headingId} className="font-semibold text-slate-900 dark:text-white">
        The run, step by step
      </h3>
      {run.isPending ? (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
          <Spinner /> Running the program to record each step…
        </p>
      ) : run.isError ? (
        <Alert title="The run could not be shown">
          <p>{isApiError(run.error) ? (run.error.detail ?? run.error.title) : "Something went wrong."}</p>
          <Button variant="secondary" className="mt-2" onClick={() => void run.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : run.data.trace === null ? (
        <Alert tone="info" title="This run cannot be shown step by step">
          Recording it would change what the program prints, so there is nothing true to show. The explanation
          above still says why the answer is right.
        </Alert>
      ) : (
        <StepView trace={run.data.trace} languageLabel={languageLabel} />
      )}
    </section>
  );
}
