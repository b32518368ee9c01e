import type { QueryClient } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { AuthProvider } from "@/features/auth/auth-provider";
import type { AppRouter } from "./router";
import { AppProviders } from "./providers";

export function App({ router, queryClient }: { router: AppRouter; queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <AuthProvider router={router}>
        <RouterProvider router={router} />
      </AuthProvider>
    </AppProviders>
  );
}
