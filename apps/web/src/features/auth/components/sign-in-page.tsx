import { Link, useRouter } from "@tanstack/react-router";
import { lazy, Suspense, useEffect } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAuth, useLocalAuth } from "../auth-context";
import { safeRedirect } from "../safe-redirect";
import { LocalSignInForm } from "./local-sign-in-form";

const ClerkSignIn = lazy(() => import("../clerk/clerk-auth").then((m) => ({ default: m.ClerkSignIn })));
const ClerkSignUp = lazy(() => import("../clerk/clerk-auth").then((m) => ({ default: m.ClerkSignUp })));

/** /sign-in/* and /sign-up/*: Clerk's components, or the local form (local sign-in creates the account too). */
export function SignInPage({ variant, redirect }: { variant: "sign-in" | "sign-up"; redirect?: string }) {
  useDocumentTitle(variant === "sign-in" ? "Sign in" : "Sign up");
  const auth = useAuth();
  const localAuth = useLocalAuth();
  const router = useRouter();
  const target = safeRedirect(redirect);

  // Already signed in (or just signed in): continue to where the user was going.
  useEffect(() => {
    if (auth.mode !== "clerk" && auth.isLoaded && auth.isSignedIn)
      void router.navigate({ href: target, replace: true });
  }, [auth.mode, auth.isLoaded, auth.isSignedIn, router, target]);

  if (auth.mode === "clerk") {
    const Component = variant === "sign-in" ? ClerkSignIn : ClerkSignUp;
    return (
      <div className="flex justify-center">
        <Suspense fallback={<p>Loading…</p>}>
          <Component redirect={redirect === undefined ? undefined : target} />
        </Suspense>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-sm">
      <PageHeader title="Sign in">
        <p className="text-sm">
          Local sign-in for development: no password; the same email always opens the same account.
        </p>
      </PageHeader>
      {localAuth ? (
        <LocalSignInForm
          localAuth={localAuth}
          unreachable={auth.unreachable}
          onSignedIn={() => void router.navigate({ href: target, replace: true })}
        />
      ) : (
        <p>Sign-in is not available.</p>
      )}
      <p className="mt-6 text-sm text-slate-500 dark:text-slate-400">
        <Link to="/" className="underline underline-offset-4">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
