import type { ErrorComponentProps } from "@tanstack/react-router";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { Spinner } from "@/components/ui/spinner";
import { useCatalog } from "@/features/catalog/api/get-catalog";
import { languageName, topicName } from "@/features/catalog/utils/catalog-names";
import { challengeQueryOptions } from "@/features/challenges/api/get-challenge";
import { ChallengeCard } from "@/features/challenges/components/challenge-card";
import { GenerateError } from "@/features/practice/components/generate-form";
import { loadPracticeSettings } from "@/features/practice/utils/practice-settings";
import { useQuota } from "@/features/quota/api/get-quota";
import { QuotaMeter } from "@/features/quota/components/quota-meter";
import { SeeTheRun } from "@/features/step-view/components/see-the-run";
import { TryItYourself } from "@/features/try-it/components/try-it-yourself";
import { isApiError } from "@/lib/api-client";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useNow } from "@/lib/use-now";
import { RouteErrorPage } from "./route-error";
import { quotaBlockReason, useAfterAnswer, useGenerateAndOpen } from "./practice-flow";

const routeApi = getRouteApi("/protected/challenges/$id");

export function ChallengePage() {
  const { id } = routeApi.useParams();
  const { data: challenge } = useSuspenseQuery(challengeQueryOptions(id));
  const catalog = useCatalog();
  const quota = useQuota();
  const now = useNow();
  const afterAnswer = useAfterAnswer();
  const next = useGenerateAndOpen();
  useDocumentTitle(challenge.title);

  const blockReason = quotaBlockReason(quota.data, now, quota.dataUpdatedAt);
  const generateNext = () => {
    const saved = loadPracticeSettings();
    // From history the saved settings may be for another language; the challenge's own are the better guess then.
    const body =
      saved.language === challenge.language && saved.difficulty === challenge.difficulty
        ? saved
        : { difficulty: challenge.difficulty, language: challenge.language };
    next.generate(body);
  };

  return (
    // The page's full width: code lines get the room there is before they wrap (issue 12).
    <div>
      <ChallengeCard
        challenge={challenge}
        titleAs="h1"
        languageLabel={languageName(catalog.data, challenge.language)}
        topicLabel={topicName(catalog.data, challenge.topic)}
        onAnswered={(answer) => afterAnswer(challenge.id, answer)}
        answerTools={(result) => (
          <>
            <SeeTheRun challenge={challenge} languageLabel={languageName(catalog.data, challenge.language)} />
            <TryItYourself
              challenge={challenge}
              result={result}
              languageLabel={languageName(catalog.data, challenge.language)}
            />
          </>
        )}
        skip={{
          onSkip: generateNext,
          pending: next.isPending,
          disabledReason: blockReason,
          error: next.error && !next.isPending ? <GenerateError error={next.error} /> : null,
        }}
        afterAnswer={
          <div className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
            <div className="flex flex-wrap items-center gap-3">
              <Button
                onClick={generateNext}
                disabled={next.isPending || Boolean(blockReason)}
                aria-busy={next.isPending || undefined}
                aria-describedby={blockReason ? "next-blocked" : undefined}
              >
                {next.isPending ? <Spinner /> : null}
                {next.isPending ? "Generating…" : "Next challenge"}
              </Button>
              <Link to="/practice" className={buttonClasses("secondary")}>
                Change settings
              </Link>
            </div>
            {blockReason ? (
              <p id="next-blocked" className="text-sm font-medium text-amber-800 dark:text-amber-200">
                {blockReason}
              </p>
            ) : null}
            <div role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
              {next.isPending
                ? "Writing your next challenge and running the code to prove the answer…"
                : null}
            </div>
            {next.error && !next.isPending ? <GenerateError error={next.error} /> : null}
            <QuotaMeter />
          </div>
        }
      />
    </div>
  );
}

export function ChallengePending() {
  return (
    <p role="status" className="flex items-center gap-2 text-slate-600 dark:text-slate-300">
      <Spinner /> Loading the challenge…
    </p>
  );
}

/** Someone else's challenge is a 404 too (the API never says it exists). */
export function ChallengeErrorPage(props: ErrorComponentProps) {
  useDocumentTitle(isApiError(props.error) && props.error.status === 404 ? "Challenge not found" : "Error");
  if (isApiError(props.error) && props.error.status === 404) {
    return (
      <div className="max-w-xl py-8">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">
          Challenge not found
        </h1>
        <p className="mt-3 text-slate-600 dark:text-slate-300">
          There is no challenge of yours at this address. It may belong to another account.
        </p>
        <Link to="/practice" className={buttonClasses("primary", "mt-6")}>
          Generate a challenge
        </Link>
      </div>
    );
  }
  return <RouteErrorPage {...props} />;
}
