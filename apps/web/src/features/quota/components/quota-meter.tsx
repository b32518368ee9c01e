import type { Quota } from "@katagen/contract";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { quotaQueryOptions, useQuota } from "../api/get-quota";
import { formatQuota } from "@/lib/format-time";
import { useNow } from "@/lib/use-now";

/** The meter itself, from a quota value: a bar plus the same words for people who cannot see the bar. */
export function QuotaMeterView({ quota, now }: { quota: Quota; now: Date }) {
  const text = formatQuota(quota, now);
  const share = quota.limit === 0 ? 0 : quota.remaining / quota.limit;
  const low = quota.remaining === 0;
  return (
    <div className="min-w-0">
      <div
        role="meter"
        aria-label="Challenge generations left in this 24-hour window"
        aria-valuemin={0}
        aria-valuemax={quota.limit}
        aria-valuenow={quota.remaining}
        aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full rounded-full ${low ? "bg-amber-500" : "bg-indigo-600 dark:bg-indigo-400"}`}
          style={{ width: `${Math.round(share * 100)}%` }}
        />
      </div>
      <p className="mt-1.5 text-sm text-slate-600 dark:text-slate-300" data-testid="quota-text">
        {text}
      </p>
    </div>
  );
}

/** The signed-in user's quota, kept fresh: it refetches itself once the window resets. */
export function QuotaMeter() {
  const quota = useQuota();
  const clock = useNow();
  // The ticking clock can be up to one interval older than the data it is compared with.
  const now = new Date(Math.max(clock.getTime(), quota.dataUpdatedAt));
  const queryClient = useQueryClient();
  const resetPassed = quota.data ? Date.parse(quota.data.nextResetAt) <= now.getTime() : false;

  useEffect(() => {
    if (resetPassed) void queryClient.invalidateQueries({ queryKey: quotaQueryOptions().queryKey });
  }, [resetPassed, queryClient]);

  if (quota.isPending) {
    return <p className="text-sm text-slate-500 dark:text-slate-400">Checking your quota…</p>;
  }
  if (quota.isError) {
    return <p className="text-sm text-slate-600 dark:text-slate-300">Your quota could not be loaded.</p>;
  }
  return <QuotaMeterView quota={quota.data} now={now} />;
}
