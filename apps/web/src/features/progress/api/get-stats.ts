import { STATS_PATH, StatsSchema, type Stats } from "@katagen/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export function getStats(signal?: AbortSignal): Promise<Stats> {
  return apiClient.request(STATS_PATH, { schema: StatsSchema, signal });
}

export const statsQueryOptions = () =>
  queryOptions({ queryKey: ["stats"], queryFn: ({ signal }) => getStats(signal), staleTime: 0 });

export function useStats() {
  return useQuery(statsQueryOptions());
}
