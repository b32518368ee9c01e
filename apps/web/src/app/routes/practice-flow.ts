import type { AnswerResult, GenerateChallengeBody, Quota } from "@katagen/contract";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { challengeQueryOptions } from "@/features/challenges/api/get-challenge";
import { historyRootKey, recordAnswerInHistory } from "@/features/history/api/get-history";
import { newIdempotencyKey, useGenerateChallenge } from "@/features/practice/api/generate-challenge";
import { createGenerateIntent } from "@/features/practice/utils/generate-intent";
import { statsQueryOptions } from "@/features/progress/api/get-stats";
import { quotaQueryOptions } from "@/features/quota/api/get-quota";
import { formatClockTime, formatTimeUntil } from "@/lib/format-time";

/**
 * Generate, then open the new challenge at its own URL. Whatever the outcome the quota is refetched (a
 * 429 or a refunded 503 changes it too), and history/stats learn about the new challenge.
 *
 * One click intent makes one generation (features/practice/utils/generate-intent.ts): `isPending` stays
 * true from the click until the new challenge is open, because between the response and the navigation
 * the button would otherwise be live again for the second click of a double click.
 */
export function useGenerateAndOpen() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const intent = useRef<ReturnType<typeof createGenerateIntent>>(null);
  intent.current ??= createGenerateIntent(newIdempotencyKey);
  const [opening, setOpening] = useState(false);
  const mutation = useGenerateChallenge({
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: quotaQueryOptions().queryKey });
      void queryClient.invalidateQueries({ queryKey: historyRootKey });
      void queryClient.invalidateQueries({ queryKey: statsQueryOptions().queryKey });
    },
  });

  const generate = (body: GenerateChallengeBody) => {
    const clicks = intent.current!;
    const idempotencyKey = clicks.begin(body);
    if (idempotencyKey === null) return;
    setOpening(true);
    mutation.mutate(
      { body, idempotencyKey },
      {
        onSuccess: async (challenge) => {
          queryClient.setQueryData(challengeQueryOptions(challenge.id).queryKey, challenge);
          try {
            await navigate({ to: "/challenges/$id", params: { id: challenge.id } });
          } finally {
            clicks.finish();
            setOpening(false);
          }
        },
        onError: (error) => {
          clicks.fail({ answered: error.status !== 0 });
          setOpening(false);
        },
      },
    );
  };

  return { generate, isPending: mutation.isPending || opening, error: mutation.error };
}

/** After an answer: history shows the verdict, and the progress figures are out of date. */
export function useAfterAnswer() {
  const queryClient = useQueryClient();
  return (challengeId: string, answer: AnswerResult) => {
    recordAnswerInHistory(queryClient, challengeId, answer);
    void queryClient.invalidateQueries({ queryKey: statsQueryOptions().queryKey });
  };
}

/** Why Generate is disabled, or undefined when it is not. */
export function quotaBlockReason(quota: Quota | undefined, clock: Date, fetchedAt = 0): string | undefined {
  if (!quota || quota.remaining > 0) return undefined;
  const now = new Date(Math.max(clock.getTime(), fetchedAt));
  return `No generations left in this 24-hour window. More in ${formatTimeUntil(quota.nextResetAt, now)} (at ${formatClockTime(quota.nextResetAt)}).`;
}
