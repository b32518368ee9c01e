import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { App } from "@/app/app";
import { createAppRouter } from "@/app/router";
import { createQueryClient } from "@/lib/query-client";

/** Renders the whole app (providers, router, layout) at a path, with in-memory history. */
export async function renderApp(path = "/") {
  const queryClient = createQueryClient();
  const history = createMemoryHistory({ initialEntries: [path] });
  const router = createAppRouter({ queryClient, history });
  await router.load();
  const result = render(<App router={router} queryClient={queryClient} />);
  return { ...result, router, queryClient, history };
}
