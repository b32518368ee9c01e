import type { AnswerResult, Quota } from "@katagen/contract";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { challengeQueryOptions } from "@/features/challenges/api/get-challenge";
import { historyRootKey, recordAnswerInHistory } from "@/features/history/api/get-history";
import { useGenerateChallenge } from "@/features/practice/api/generate-challenge";
import { statsQueryOptions } from "@/features/progress/api/get-stats";
import { quotaQueryOptions } from "@/features/quota/api/get-quota";
import { formatClockTime, formatTimeUntil } from "@/lib/format-time";

/**
 * Generate, then open the new challenge at its own URL. Whatever the outcome the quota is refetched (a
 * 429 or a refunded 503 changes it too), and history/stats learn about the new challenge.
 */
export function useGenerateAndOpen() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useGenerateChallenge({
    onSuccess: (challenge) => {
      queryClient.setQueryData(challengeQueryOptions(challenge.id).queryKey, challenge);
      void navigate({ to: "/challenges/$id", params: { id: challenge.id } });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: quotaQueryOptions().queryKey });
      void queryClient.invalidateQueries({ queryKey: historyRootKey });
      void queryClient.invalidateQueries({ queryKey: statsQueryOptions().queryKey });
    },
  });
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
  return `No generations left today. More in ${formatTimeUntil(quota.nextResetAt, now)} (at ${formatClockTime(quota.nextResetAt)}).`;
}
