import { PROBLEM_TYPES, type AnswerResult, type GenerateChallengeBody, type Quota } from "@katagen/contract";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { challengeQueryOptions } from "@/features/challenges/api/get-challenge";
import { historyRootKey, recordAnswerInHistory } from "@/features/history/api/get-history";
import { newIdempotencyKey, useGenerateChallenge } from "@/features/practice/api/generate-challenge";
import { createGenerateIntent } from "@/features/practice/utils/generate-intent";
import {
  clearPendingGenerate,
  loadPendingGenerate,
  savePendingGenerate,
} from "@/features/practice/utils/pending-generate";
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
/** How long a resumed request waits for its first send to finish: 70 × 1 s, past the API's 60 s generation timeout. */
const RESUME_ATTEMPTS = 70;
const RESUME_RETRY_MS = 1000;

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

  // `attempt` counts sends of a resumed request that found its first send still running (409).
  const send = (body: GenerateChallengeBody, idempotencyKey: string, attempt = 0) => {
    const clicks = intent.current!;
    setOpening(true);
    savePendingGenerate({ key: idempotencyKey, body, startedAt: Date.now() });
    mutation.mutate(
      { body, idempotencyKey },
      {
        onSuccess: async (challenge) => {
          clearPendingGenerate(idempotencyKey);
          queryClient.setQueryData(challengeQueryOptions(challenge.id).queryKey, challenge);
          try {
            await navigate({ to: "/challenges/$id", params: { id: challenge.id } });
          } finally {
            clicks.finish();
            setOpening(false);
          }
        },
        onError: (error) => {
          // After a reload the first send may still be running on the server: wait for it, then the
          // same key replays what it made.
          if (error.type === PROBLEM_TYPES.idempotencyKeyInFlight && attempt < RESUME_ATTEMPTS) {
            setTimeout(() => send(body, idempotencyKey, attempt + 1), RESUME_RETRY_MS);
            return;
          }
          // Unanswered requests may have been served: keep them resumable; an answer ends them.
          if (error.status !== 0) clearPendingGenerate(idempotencyKey);
          clicks.fail({ answered: error.status !== 0 });
          setOpening(false);
        },
      },
    );
  };

  const generate = (body: GenerateChallengeBody) => {
    const idempotencyKey = intent.current!.begin(body);
    if (idempotencyKey !== null) send(body, idempotencyKey);
  };

  // A request this tab sent before a reload finishes here: the challenge it made opens (replayed,
  // not charged again), instead of a unit spent on a challenge the learner never sees.
  useEffect(() => {
    const pending = loadPendingGenerate();
    if (!pending) return;
    const idempotencyKey = intent.current!.resume(pending);
    if (idempotencyKey !== null) send(pending.body, idempotencyKey);
    // Once, on mount: later requests go through generate().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
