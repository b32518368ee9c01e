/**
 * Everything that touches @clerk/react lives in this module, loaded with import() only when
 * VITE_CLERK_PUBLISHABLE_KEY is set.
 */
import { ClerkProvider, SignIn, SignUp, useAuth as useClerkAuth, useUser, UserButton } from "@clerk/react";
import type { AnyRouter } from "@tanstack/react-router";
import { useEffect, type ReactNode } from "react";
import type { AuthStore } from "../auth-store";

/** The JWT template configured in the Clerk dashboard: claims {"aud":"backend"}, lifetime 60 s. */
export const CLERK_TEMPLATE = "backend";

function ClerkBridge({ store }: { store: AuthStore }) {
  const { isLoaded, isSignedIn, getToken, signOut } = useClerkAuth();
  const { user } = useUser();

  useEffect(() => {
    store.attach({
      // Core 3 caches and refreshes the token itself; we ask right before each request.
      getToken: (options) => getToken({ template: CLERK_TEMPLATE, skipCache: options?.skipCache }),
      signOut: () => signOut(),
    });
  }, [store, getToken, signOut]);

  const id = user?.id;
  const name = user?.fullName ?? user?.username ?? null;
  const email = user?.primaryEmailAddress?.emailAddress ?? null;
  const imageUrl = user?.imageUrl ?? null;
  useEffect(() => {
    store.publish({
      mode: "clerk",
      isLoaded,
      isSignedIn: isLoaded && isSignedIn === true,
      user: isSignedIn && id ? { id, name, email, imageUrl } : null,
    });
  }, [store, isLoaded, isSignedIn, id, name, email, imageUrl]);

  return null;
}

export function ClerkAuthProvider({
  store,
  router,
  publishableKey,
  children,
}: {
  store: AuthStore;
  router: AnyRouter;
  publishableKey: string;
  children: ReactNode;
}) {
  return (
    <ClerkProvider
      publishableKey={publishableKey}
      routerPush={(to: string) => router.navigate({ href: to })}
      routerReplace={(to: string) => router.navigate({ href: to, replace: true })}
      signInUrl="/sign-in"
      signUpUrl="/sign-up"
      signInFallbackRedirectUrl="/"
      signUpFallbackRedirectUrl="/"
      afterSignOutUrl="/"
    >
      <ClerkBridge store={store} />
      {children}
    </ClerkProvider>
  );
}

export function ClerkSignIn({ redirect }: { redirect?: string }) {
  return <SignIn routing="path" path="/sign-in" signUpUrl="/sign-up" forceRedirectUrl={redirect} />;
}

export function ClerkSignUp({ redirect }: { redirect?: string }) {
  return <SignUp routing="path" path="/sign-up" signInUrl="/sign-in" forceRedirectUrl={redirect} />;
}

export function ClerkUserButton() {
  return <UserButton />;
}
