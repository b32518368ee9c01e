import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { App } from "@/app/app";
import { createAppRouter } from "@/app/router";
import { createStaticAuthStore, type AuthStore } from "@/features/auth/auth-store";
import { createQueryClient } from "@/lib/query-client";

/**
 * Renders the whole app (providers, router, layout) at a path, with in-memory history. Signed in as
 * a test user unless `auth` says otherwise (e.g. `createStaticAuthStore({ user: null })`).
 */
export async function renderApp(path = "/", options: { auth?: AuthStore } = {}) {
  const queryClient = createQueryClient();
  const history = createMemoryHistory({ initialEntries: [path] });
  const router = createAppRouter({ queryClient, history, auth: options.auth ?? createStaticAuthStore() });
  await router.load();
  const result = render(<App router={router} queryClient={queryClient} />);
  return { ...result, router, queryClient, history };
}
