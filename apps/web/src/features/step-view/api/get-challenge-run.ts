import { challengeRunPath, ChallengeRunSchema, type ChallengeRun } from "@katagen/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export function getChallengeRun(id: string, signal?: AbortSignal): Promise<ChallengeRun> {
  return apiClient.request(challengeRunPath(id), { schema: ChallengeRunSchema, signal });
}

// A recorded run never changes: the server stores the first recording and answers with it from then on.
export const challengeRunQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["challenges", id, "run"],
    queryFn: ({ signal }) => getChallengeRun(id, signal),
    staleTime: Infinity,
  });
