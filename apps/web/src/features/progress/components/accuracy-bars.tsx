import type { Accuracy, Language } from "@katagen/contract";
import { Link } from "@tanstack/react-router";
import { useId, type ReactNode } from "react";

export interface AccuracyRow {
  key: string;
  label: string;
  /** Added to the link's name where the label alone is ambiguous ("in Python"). */
  context?: string;
  accuracy: Accuracy;
  /** Makes the row a link to Practice with this language (and topic) preselected. */
  practice?: { language: Language; topic?: string };
}

export interface AccuracyGroup {
  key: string;
  heading: string;
  rows: AccuracyRow[];
}

export const percent = (value: number) => `${Math.round(value * 100)}%`;

const slug = (text: string) => text.toLowerCase().replace(/\W+/g, "-");

function RowBody({ row, figuresId }: { row: AccuracyRow; figuresId?: string }) {
  return (
    <>
      <span className="flex items-baseline justify-between gap-3 text-sm">
        <span
          className={
            row.practice
              ? "min-w-0 truncate font-medium text-indigo-700 underline-offset-2 group-hover:underline dark:text-indigo-300"
              : "min-w-0 truncate font-medium text-slate-800 dark:text-slate-200"
          }
        >
          {row.label}
        </span>
        <span id={figuresId} className="shrink-0 text-slate-600 tabular-nums dark:text-slate-300">
          {percent(row.accuracy.accuracy)} · {row.accuracy.correct} of {row.accuracy.answered} right
        </span>
      </span>
      <span
        aria-hidden="true"
        className="mt-1 block h-2.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <span
          className="block h-full rounded-full bg-indigo-600 dark:bg-indigo-400"
          style={{ width: percent(row.accuracy.accuracy) }}
        />
      </span>
    </>
  );
}

/**
 * A row that links to Practice, as a whole (a large target on a phone). Its name says where it goes
 * ("Practise Recursion in Python"); the figures, still the link's visible text, are its description.
 */
function PracticeRow({
  row,
  practice,
}: {
  row: AccuracyRow;
  practice: NonNullable<AccuracyRow["practice"]>;
}) {
  const figuresId = useId();
  return (
    <Link
      to="/practice"
      search={practice}
      aria-label={row.context ? `Practise ${row.label} ${row.context}` : `Practise ${row.label}`}
      aria-describedby={figuresId}
      className="group -mx-2 block rounded-md px-2 py-1.5 hover:bg-slate-50 dark:hover:bg-slate-900"
    >
      <RowBody row={row} figuresId={figuresId} />
    </Link>
  );
}

/** Horizontal bars; every number the bar draws is also written next to it. */
function AccuracyList({ rows, labelledBy }: { rows: AccuracyRow[]; labelledBy?: string }) {
  return (
    <ul className="mt-3 space-y-2" aria-labelledby={labelledBy}>
      {rows.map((row) => (
        <li key={row.key}>
          {row.practice ? (
            <PracticeRow row={row} practice={row.practice} />
          ) : (
            <div className="py-1.5">
              <RowBody row={row} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function AccuracySection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = `accuracy-${slug(title)}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-800"
    >
      <h2 id={headingId} className="font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      {children}
    </section>
  );
}

const Empty = ({ text }: { text: string }) => (
  <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{text}</p>
);

export function AccuracyBars({ title, rows, empty }: { title: string; rows: AccuracyRow[]; empty: string }) {
  return (
    <AccuracySection title={title}>
      {rows.length === 0 ? <Empty text={empty} /> : <AccuracyList rows={rows} />}
    </AccuracySection>
  );
}

/** One section of bars under sub-headings (topics under their language): two columns when there is room. */
export function GroupedAccuracyBars({
  title,
  groups,
  empty,
}: {
  title: string;
  groups: AccuracyGroup[];
  empty: string;
}) {
  return (
    <AccuracySection title={title}>
      {groups.length === 0 ? (
        <Empty text={empty} />
      ) : (
        <div className={groups.length > 1 ? "mt-3 grid gap-x-8 gap-y-4 md:grid-cols-2" : "mt-3"}>
          {groups.map((group) => {
            const headingId = `accuracy-${slug(title)}-${slug(group.key)}`;
            return (
              <div key={group.key} className="min-w-0">
                <h3 id={headingId} className="text-sm font-semibold text-slate-700 dark:text-slate-300">
                  {group.heading}
                </h3>
                <AccuracyList rows={group.rows} labelledBy={headingId} />
              </div>
            );
          })}
        </div>
      )}
    </AccuracySection>
  );
}
