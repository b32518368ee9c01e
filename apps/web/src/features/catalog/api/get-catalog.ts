import { CATALOG_PATH, CatalogSchema, type Catalog } from "@katagen/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export function getCatalog(signal?: AbortSignal): Promise<Catalog> {
  return apiClient.request(CATALOG_PATH, { schema: CatalogSchema, signal });
}

// The catalog only changes with a deploy.
export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ["catalog"],
    queryFn: ({ signal }) => getCatalog(signal),
    staleTime: 60 * 60_000,
  });

export function useCatalog() {
  return useQuery(catalogQueryOptions());
}
