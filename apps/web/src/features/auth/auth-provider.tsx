import type { AnyRouter } from "@tanstack/react-router";
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { env } from "@/config/env";
import { configureApiAuth } from "@/lib/api-client";
import { AuthStoreContext, LocalAuthContext } from "./auth-context";
import type { AuthStore } from "./auth-store";
import { createLocalAuth } from "./local-auth";

// Dynamic import: the local build never downloads Clerk's SDK.
const ClerkAuthProvider = lazy(() =>
  import("./clerk/clerk-auth").then((m) => ({ default: m.ClerkAuthProvider })),
);

function LocalAuthProvider({ store, children }: { store: AuthStore; children: ReactNode }) {
  const [localAuth] = useState(() => createLocalAuth(store, { baseUrl: env.VITE_API_URL }));
  useEffect(() => {
    void localAuth.load();
  }, [localAuth]);
  return <LocalAuthContext.Provider value={localAuth}>{children}</LocalAuthContext.Provider>;
}

/**
 * Provides the router's auth store to React, plugs it into the API client, and re-runs route guards
 * whenever the signed-in state changes (so signing out on a protected page leads to sign-in).
 */
export function AuthProvider({ router, children }: { router: AnyRouter; children: ReactNode }) {
  const store = (router.options.context as { auth: AuthStore }).auth;

  useEffect(() => {
    configureApiAuth({ getToken: (options) => store.getToken(options) });
  }, [store]);

  useEffect(() => {
    let signedIn = store.getSnapshot().isSignedIn;
    return store.subscribe(() => {
      const next = store.getSnapshot().isSignedIn;
      if (next === signedIn) return;
      signedIn = next;
      void router.invalidate();
    });
  }, [store, router]);

  const mode = store.getSnapshot().mode;
  let content = children;
  if (mode === "local") content = <LocalAuthProvider store={store}>{children}</LocalAuthProvider>;
  if (mode === "clerk") {
    content = (
      <Suspense fallback={null}>
        <ClerkAuthProvider
          store={store}
          router={router}
          publishableKey={env.VITE_CLERK_PUBLISHABLE_KEY ?? ""}
        >
          {children}
        </ClerkAuthProvider>
      </Suspense>
    );
  }
  return <AuthStoreContext.Provider value={store}>{content}</AuthStoreContext.Provider>;
}
