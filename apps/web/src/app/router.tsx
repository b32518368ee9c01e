import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  redirect,
  type RouterHistory,
} from "@tanstack/react-router";
import { z } from "zod";
import { env } from "@/config/env";
import { createAuthStore, type AuthStore } from "@/features/auth/auth-store";
import { challengeQueryOptions } from "@/features/challenges/api/get-challenge";
import { HistorySearchSchema } from "@/features/history/utils/history-search";
import { PracticeSearchSchema } from "@/features/practice/utils/practice-search";
import { ChallengeErrorPage, ChallengePage, ChallengePending } from "./routes/challenge";
import { HistoryPage } from "./routes/history";
import { HomePage } from "./routes/home";
import { NotFoundPage } from "./routes/not-found";
import { PracticePage } from "./routes/practice";
import { ProgressPage } from "./routes/progress";
import { RootLayout } from "./routes/root-layout";
import { RouteErrorPage } from "./routes/route-error";
import { SignInRoutePage, SignUpRoutePage } from "./routes/sign-in";

export interface RouterContext {
  queryClient: QueryClient;
  /** Who is signed in (Clerk or local sign-in); route guards await it. */
  auth: AuthStore;
}

// Code-based route tree: add a route here and to rootRoute.addChildren below.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage });

const SignInSearchSchema = z.object({ redirect: z.string().max(2000).optional().catch(undefined) });
// Splat routes: Clerk's multi-step flows live under /sign-in/* and /sign-up/*.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in/$",
  validateSearch: SignInSearchSchema,
  component: SignInRoutePage,
});
const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-up/$",
  validateSearch: SignInSearchSchema,
  component: SignUpRoutePage,
});

/** Pages under this layout need a signed-in user; others are sent to sign-in and brought back after. */
const protectedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "protected",
  beforeLoad: async ({ context, location }) => {
    const auth = await context.auth.whenLoaded();
    if (!auth.isSignedIn) {
      throw redirect({ to: "/sign-in/$", params: { _splat: "" }, search: { redirect: location.href } });
    }
  },
});

const practiceRoute = createRoute({
  getParentRoute: () => protectedRoute,
  path: "/practice",
  validateSearch: PracticeSearchSchema,
  component: PracticePage,
});
const historyRoute = createRoute({
  getParentRoute: () => protectedRoute,
  path: "/history",
  validateSearch: HistorySearchSchema,
  component: HistoryPage,
});
const progressRoute = createRoute({
  getParentRoute: () => protectedRoute,
  path: "/progress",
  component: ProgressPage,
});

const challengeRoute = createRoute({
  getParentRoute: () => protectedRoute,
  path: "/challenges/$id",
  loader: ({ context, params }) => context.queryClient.ensureQueryData(challengeQueryOptions(params.id)),
  component: ChallengePage,
  pendingComponent: ChallengePending,
  errorComponent: ChallengeErrorPage,
});

export const routeTree = rootRoute.addChildren([
  homeRoute,
  signInRoute,
  signUpRoute,
  protectedRoute.addChildren([practiceRoute, historyRoute, progressRoute, challengeRoute]),
]);

export function createAppRouter({
  queryClient,
  history,
  auth = createAuthStore(env.VITE_CLERK_PUBLISHABLE_KEY ? "clerk" : "local"),
}: {
  queryClient: QueryClient;
  history?: RouterHistory;
  auth?: AuthStore;
}) {
  return createRouter({
    routeTree,
    context: { queryClient, auth },
    history,
    defaultPreload: "intent",
    // Loaders read through TanStack Query, which owns caching; the router should not cache a second time.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}
