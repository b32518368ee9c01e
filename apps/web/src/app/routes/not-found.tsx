import { Link } from "@tanstack/react-router";
import { buttonClasses } from "@/components/ui/button-classes";
import { useDocumentTitle } from "@/lib/use-document-title";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <div className="max-w-xl py-8">
      <p className="font-mono text-sm font-semibold text-indigo-600 dark:text-indigo-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
        Page not found
      </h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </p>
      <Link to="/" className={buttonClasses("primary", "mt-6")}>
        Back to the home page
      </Link>
    </div>
  );
}
