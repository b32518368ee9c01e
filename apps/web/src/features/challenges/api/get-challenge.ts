import { challengePath, ChallengeDetailSchema, type ChallengeDetail } from "@katagen/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export function getChallenge(id: string, signal?: AbortSignal): Promise<ChallengeDetail> {
  return apiClient.request(challengePath(id), { schema: ChallengeDetailSchema, signal });
}

// A challenge never changes once written; only its answer is added, and the answer mutation writes that in.
export const challengeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["challenges", id],
    queryFn: ({ signal }) => getChallenge(id, signal),
    staleTime: Infinity,
  });

export function useChallenge(id: string) {
  return useQuery(challengeQueryOptions(id));
}
