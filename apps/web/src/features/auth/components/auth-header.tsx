import { Link } from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { useAuth } from "../auth-context";

const ClerkUserButton = lazy(() =>
  import("../clerk/clerk-auth").then((m) => ({ default: m.ClerkUserButton })),
);

/** The header's account area: who is signed in (and a way out), or a way in. */
export function AuthHeader() {
  const auth = useAuth();
  if (!auth.isLoaded) return <span className="inline-block h-8 w-20" aria-hidden="true" />;

  if (!auth.isSignedIn) {
    return (
      <Link to="/sign-in/$" params={{ _splat: "" }} className={buttonClasses("secondary", "px-3 py-1.5")}>
        Sign in
      </Link>
    );
  }

  if (auth.mode === "clerk") {
    return (
      <Suspense fallback={null}>
        <ClerkUserButton />
      </Suspense>
    );
  }

  const label = auth.user?.name ?? auth.user?.email ?? "Signed in";
  return (
    <div className="flex items-center gap-2">
      {/* Below 400 px the name would push the header onto a second row; the Sign out button's title
          still says who is signed in there. */}
      <span
        className="hidden max-w-40 truncate text-sm font-medium text-slate-700 min-[400px]:inline dark:text-slate-200"
        data-testid="signed-in-user"
      >
        {label}
      </span>
      <button
        type="button"
        onClick={() => void auth.signOut()}
        title={`Signed in as ${label}`}
        className={buttonClasses("ghost", "px-3 py-1.5")}
      >
        Sign out
      </button>
    </div>
  );
}
