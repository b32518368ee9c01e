import { HISTORY_PATH, HistoryPageSchema, type AnswerResult, type HistoryPage } from "@katagen/contract";
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import type { HistorySearch } from "../utils/history-search";

export const HISTORY_PAGE_SIZE = 10;

export function getHistory(
  filters: HistorySearch,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<HistoryPage> {
  return apiClient.request(HISTORY_PATH, {
    schema: HistoryPageSchema,
    query: { ...filters, cursor, limit: HISTORY_PAGE_SIZE },
    signal,
  });
}

export const historyQueryOptions = (filters: HistorySearch) =>
  infiniteQueryOptions({
    queryKey: ["history", filters],
    queryFn: ({ pageParam, signal }) => getHistory(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

/** Every history query, whatever its filters: what to invalidate after a new challenge or answer. */
export const historyRootKey = ["history"] as const;

export function useHistory(filters: HistorySearch) {
  return useInfiniteQuery(historyQueryOptions(filters));
}

/**
 * Writes a fresh answer into every cached history page that holds the challenge, without refetching: an
 * item answered in place under the "Unanswered" filter stays on screen, showing its verdict. Every
 * history query is marked stale so the next visit or filter change fetches the truth.
 */
export function recordAnswerInHistory(queryClient: QueryClient, challengeId: string, answer: AnswerResult) {
  queryClient.setQueriesData<InfiniteData<HistoryPage>>({ queryKey: historyRootKey }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (item.id === challengeId ? { ...item, answer } : item)),
          })),
        }
      : data,
  );
  void queryClient.invalidateQueries({ queryKey: historyRootKey, refetchType: "none" });
}
