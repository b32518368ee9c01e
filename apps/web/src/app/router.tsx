import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type RouterHistory,
} from "@tanstack/react-router";
import { HistoryPage } from "./routes/history";
import { HomePage } from "./routes/home";
import { NotFoundPage } from "./routes/not-found";
import { PracticePage } from "./routes/practice";
import { ProgressPage } from "./routes/progress";
import { RootLayout } from "./routes/root-layout";
import { RouteErrorPage } from "./routes/route-error";

export interface RouterContext {
  queryClient: QueryClient;
}

// Code-based route tree: add a route here and to rootRoute.addChildren below.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage });
const practiceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/practice",
  component: PracticePage,
});
const historyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/history",
  component: HistoryPage,
});
const progressRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/progress",
  component: ProgressPage,
});

export const routeTree = rootRoute.addChildren([homeRoute, practiceRoute, historyRoute, progressRoute]);

export function createAppRouter({
  queryClient,
  history,
}: {
  queryClient: QueryClient;
  history?: RouterHistory;
}) {
  return createRouter({
    routeTree,
    context: { queryClient },
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
