import type { Stats } from "@katagen/contract";

type Day = Stats["activity"][number];

const dayFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
const formatDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 20;

/** "3 answered, 2 right": what one day's bar shows. */
export function describeDay(day: Day): string {
  if (day.answered === 0) return `${formatDay(day.date)}: nothing answered`;
  return `${formatDay(day.date)}: ${day.answered} answered, ${day.correct} right`;
}

/**
 * The last 30 days as stacked bars (right part solid, wrong part light). The SVG is one image with a
 * summary; each bar has a <title> for pointer users, and a table below gives every figure as text.
 */
export function ActivityChart({ activity }: { activity: Day[] }) {
  const max = Math.max(1, ...activity.map((d) => d.answered));
  const slot = WIDTH / Math.max(1, activity.length);
  const barWidth = Math.max(2, slot * 0.7);
  const plot = HEIGHT - AXIS;
  const total = activity.reduce((sum, d) => sum + d.answered, 0);
  const activeDays = activity.filter((d) => d.answered > 0).length;
  const first = activity[0];
  const last = activity[activity.length - 1];
  const summary =
    first && last
      ? `Answers per day from ${formatDay(first.date)} to ${formatDay(last.date)}: ${total} answers on ${activeDays} of ${activity.length} days.`
      : "No activity yet.";

  return (
    <section
      aria-labelledby="activity-heading"
      className="rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-800"
    >
      <h2 id="activity-heading" className="font-semibold text-slate-900 dark:text-white">
        Last 30 days
      </h2>
      <div
        className="mt-3 flex flex-wrap gap-4 text-xs text-slate-600 dark:text-slate-300"
        aria-hidden="true"
      >
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm bg-indigo-600 dark:bg-indigo-400" /> Right
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm border border-indigo-400 bg-indigo-200 dark:bg-indigo-900" />{" "}
          Wrong
        </span>
      </div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        className="mt-2 h-40 w-full"
        preserveAspectRatio="none"
      >
        <line
          x1="0"
          x2={WIDTH}
          y1={plot + 0.5}
          y2={plot + 0.5}
          className="stroke-slate-300 dark:stroke-slate-700"
        />
        {activity.map((day, i) => {
          const x = i * slot + (slot - barWidth) / 2;
          const answeredHeight = (day.answered / max) * (plot - 4);
          const rightHeight = (day.correct / max) * (plot - 4);
          // A bar standing on the baseline: all the day's answers, then the right ones drawn over them.
          const bar = (height: number, className: string) => (
            <rect x={x} y={plot - height} width={barWidth} height={height} rx="2" className={className} />
          );
          return (
            <g key={day.date}>
              <title>{describeDay(day)}</title>
              {/* A transparent full-height hit area makes tiny bars easy to hover. */}
              <rect x={i * slot} y={0} width={slot} height={plot} fill="transparent" />
              {day.answered > 0 ? (
                <>
                  {bar(answeredHeight, "fill-indigo-200 stroke-indigo-400 dark:fill-indigo-900")}
                  {bar(rightHeight, "fill-indigo-600 dark:fill-indigo-400")}
                </>
              ) : (
                <rect
                  x={x}
                  y={plot - 2}
                  width={barWidth}
                  height={2}
                  className="fill-slate-200 dark:fill-slate-800"
                />
              )}
            </g>
          );
        })}
      </svg>
      <div
        className="mt-1 flex justify-between text-xs text-slate-500 dark:text-slate-400"
        aria-hidden="true"
      >
        <span>{first ? formatDay(first.date) : ""}</span>
        <span>{last ? formatDay(last.date) : ""}</span>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">
          Show as a table
        </summary>
        <div
          className="mt-2 max-h-72 overflow-y-auto"
          tabIndex={0}
          role="region"
          aria-label="Activity by day"
        >
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">Answers per day, last 30 days</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Day
                </th>
                <th scope="col" className="py-1 pr-4 font-semibold">
                  Answered
                </th>
                <th scope="col" className="py-1 font-semibold">
                  Right
                </th>
              </tr>
            </thead>
            <tbody>
              {activity.map((day) => (
                <tr key={day.date} className="border-b border-slate-100 dark:border-slate-900">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    <time dateTime={day.date}>{formatDay(day.date)}</time>
                  </th>
                  <td className="py-1 pr-4">{day.answered}</td>
                  <td className="py-1">{day.correct}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
