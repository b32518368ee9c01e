import { QUOTA_PATH, QuotaSchema, type Quota } from "@katagen/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export function getQuota(signal?: AbortSignal): Promise<Quota> {
  return apiClient.request(QUOTA_PATH, { schema: QuotaSchema, signal });
}

// Always refetched on mount: the number changes with every generation, possibly in another tab.
export const quotaQueryOptions = () =>
  queryOptions({ queryKey: ["quota"], queryFn: ({ signal }) => getQuota(signal), staleTime: 0 });

export function useQuota() {
  return useQuery(quotaQueryOptions());
}
