import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef, type RefObject } from "react";
import { AuthHeader } from "@/features/auth/components/auth-header";
import { ThemeToggle } from "@/features/theme/theme-toggle";
import { apiHref } from "@/lib/api-client";

const NAV_ITEMS: readonly {
  to: "/" | "/practice" | "/history" | "/progress";
  label: string;
  exact: boolean;
  section: readonly string[];
}[] = [
  { to: "/", label: "Home", exact: true, section: [] },
  // A challenge's own page is where practising happens, so Practice stays marked there (issue 12).
  { to: "/practice", label: "Practice", exact: false, section: ["/challenges/"] },
  { to: "/history", label: "History", exact: false, section: [] },
  { to: "/progress", label: "Progress", exact: false, section: [] },
];

const navLinkClasses =
  "block rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";
const activeNavLinkClasses =
  "bg-indigo-50 text-indigo-700 hover:bg-indigo-50 hover:text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300 dark:hover:bg-indigo-500/15 dark:hover:text-indigo-200";

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" className="shrink-0">
      <rect width="32" height="32" rx="7" className="fill-indigo-600 dark:fill-indigo-500" />
      <path
        d="M9 9 5 16l4 7M23 9l4 7-4 7"
        fill="none"
        stroke="#fff"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path
        d="m11.5 16.5 3 3 6-7"
        fill="none"
        stroke="#a5f3fc"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** After a client-side navigation, move focus to the new page so keyboard and screen-reader users start there. */
function useFocusMainOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, mainRef]);
}

export function RootLayout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(mainRef);
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to main content
      </a>

      <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 sm:gap-x-6">
          <Link
            to="/"
            className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900 dark:text-white"
          >
            <Logo />
            Katagen
          </Link>
          <nav aria-label="Main" className="order-last -mx-3 w-full sm:order-none sm:mx-0 sm:w-auto">
            <ul className="flex gap-1">
              {NAV_ITEMS.map((item) => {
                const inSection = item.section.some((prefix) => pathname.startsWith(prefix));
                return (
                  <li key={item.to}>
                    <Link
                      to={item.to}
                      activeOptions={{ exact: item.exact }}
                      // Within its section the link is current but not this page: aria-current "true".
                      className={inSection ? `${navLinkClasses} ${activeNavLinkClasses}` : navLinkClasses}
                      aria-current={inSection ? "true" : undefined}
                      activeProps={{ className: activeNavLinkClasses, "aria-current": "page" }}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <ThemeToggle />
            <AuthHeader />
          </div>
        </div>
      </header>

      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:py-12"
      >
        <Outlet />
      </main>

      <footer className="border-t border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-slate-500 sm:flex-row sm:items-center sm:justify-between dark:text-slate-400">
          <p>Katagen · every answer key is proven by running the code.</p>
          <p>
            <a
              href={apiHref("/docs")}
              className="underline decoration-slate-300 underline-offset-4 hover:text-slate-900 dark:decoration-slate-600 dark:hover:text-white"
            >
              API docs
            </a>
          </p>
        </div>
      </footer>
    </div>
  );
}
