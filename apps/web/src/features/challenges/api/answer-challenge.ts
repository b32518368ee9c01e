import { answerPath, AnswerResultSchema, type AnswerResult, type ChallengeDetail } from "@katagen/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, type ApiError } from "@/lib/api-client";
import { challengeQueryOptions } from "./get-challenge";

export function answerChallenge(id: string, choice: number): Promise<AnswerResult> {
  return apiClient.request(answerPath(id), { method: "POST", body: { choice }, schema: AnswerResultSchema });
}

export function useAnswerChallenge(
  id: string,
  options: { onAnswered?: (result: AnswerResult) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation<AnswerResult, ApiError, number>({
    mutationFn: (choice) => answerChallenge(id, choice),
    onSuccess: (result) => {
      queryClient.setQueryData<ChallengeDetail>(challengeQueryOptions(id).queryKey, (current) =>
        current ? { ...current, answer: result } : current,
      );
      options.onAnswered?.(result);
    },
  });
}
