import type { ErrorComponentProps } from "@tanstack/react-router";
import { Button } from "@/components/ui/button";
import { isApiError } from "@/lib/api-client";

/** Shown when a route's loader or component throws; the layout around it keeps working. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const title = isApiError(error) ? error.title : "Something went wrong";
  const detail = isApiError(error)
    ? error.detail
    : "An unexpected error stopped this page from loading. Trying again usually helps.";
  return (
    <div role="alert" className="max-w-xl py-8">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">{title}</h1>
      {detail ? <p className="mt-3 text-slate-600 dark:text-slate-300">{detail}</p> : null}
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
