import type { Accuracy } from "@katagen/contract";

export interface AccuracyRow {
  key: string;
  label: string;
  accuracy: Accuracy;
}

export const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Horizontal bars; every number the bar draws is also written next to it. */
export function AccuracyBars({ title, rows, empty }: { title: string; rows: AccuracyRow[]; empty: string }) {
  const headingId = `accuracy-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-800"
    >
      <h2 id={headingId} className="font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {rows.map((row) => (
            <li key={row.key}>
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="min-w-0 truncate font-medium text-slate-800 dark:text-slate-200">
                  {row.label}
                </span>
                <span className="shrink-0 text-slate-600 tabular-nums dark:text-slate-300">
                  {percent(row.accuracy.accuracy)} · {row.accuracy.correct} of {row.accuracy.answered} right
                </span>
              </div>
              <div
                aria-hidden="true"
                className="mt-1 h-2.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
              >
                <div
                  className="h-full rounded-full bg-indigo-600 dark:bg-indigo-400"
                  style={{ width: percent(row.accuracy.accuracy) }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
