import { DIFFICULTIES, LANGUAGES, type Language, type Stats } from "@katagen/contract";
import { Link } from "@tanstack/react-router";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { DIFFICULTY_LABELS } from "@/components/ui/labels";
import { Spinner } from "@/components/ui/spinner";
import { useStats } from "../api/get-stats";
import {
  AccuracyBars,
  GroupedAccuracyBars,
  percent,
  type AccuracyGroup,
  type AccuracyRow,
} from "./accuracy-bars";
import { ActivityChart } from "./activity-chart";

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-slate-900 tabular-nums dark:text-white">{value}</dd>
      {note ? <dd className="text-sm text-slate-600 dark:text-slate-400">{note}</dd> : null}
    </div>
  );
}

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

export interface ProgressLabels {
  languageLabel: (language: Language) => string;
  /** A topic's name in that language: topic ids repeat across languages. */
  topicLabel: (language: Language, id: string) => string;
}

const byAnsweredThenName = (a: AccuracyRow, b: AccuracyRow) =>
  b.accuracy.answered - a.accuracy.answered || a.label.localeCompare(b.label);

export function ProgressView({ stats, languageLabel, topicLabel }: { stats: Stats } & ProgressLabels) {
  const byDifficulty: AccuracyRow[] = DIFFICULTIES.filter((d) => stats.byDifficulty[d]).map((d) => ({
    key: d,
    label: DIFFICULTY_LABELS[d],
    accuracy: stats.byDifficulty[d]!,
  }));
  // Languages in the contract's one order (LANGUAGES), as the history filters list them.
  const byLanguage: AccuracyRow[] = LANGUAGES.filter((l) => (stats.byLanguage[l]?.answered ?? 0) > 0).map(
    (language) => ({
      key: language,
      label: languageLabel(language),
      accuracy: stats.byLanguage[language]!,
      practice: { language },
    }),
  );
  const byTopic: AccuracyGroup[] = LANGUAGES.map((language) => ({
    key: language,
    heading: languageLabel(language),
    rows: Object.entries(stats.byLanguageTopic[language] ?? {})
      .filter(([, a]) => a.answered > 0)
      .map(([topic, accuracy]) => ({
        key: topic,
        label: topicLabel(language, topic),
        context: `in ${languageLabel(language)}`,
        accuracy,
        practice: { language, topic },
      }))
      .sort(byAnsweredThenName),
  })).filter((group) => group.rows.length > 0);

  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure
          label="Accuracy"
          value={stats.overall.answered ? percent(stats.overall.accuracy) : "–"}
          note={`${stats.overall.correct} of ${stats.overall.answered} right`}
        />
        <Figure
          label="Challenges"
          value={String(stats.totalChallenges)}
          note={`${stats.overall.answered} answered`}
        />
        <Figure label="Current streak" value={days(stats.currentStreak)} />
        <Figure label="Longest streak" value={days(stats.longestStreak)} />
      </dl>
      {stats.overall.answered === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-600 dark:border-slate-700 dark:text-slate-300">
          Answer a challenge and your accuracy appears here.{" "}
          <Link to="/practice" className="font-semibold text-indigo-700 underline dark:text-indigo-300">
            Start practising
          </Link>
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <AccuracyBars title="Accuracy by difficulty" rows={byDifficulty} empty="Nothing answered yet." />
        <AccuracyBars title="Accuracy by language" rows={byLanguage} empty="Nothing answered yet." />
      </div>
      <GroupedAccuracyBars title="Accuracy by topic" groups={byTopic} empty="Nothing answered yet." />
      <ActivityChart activity={stats.activity} />
    </div>
  );
}

export function ProgressOverview(labels: ProgressLabels) {
  const stats = useStats();
  if (stats.isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-slate-600 dark:text-slate-300">
        <Spinner /> Loading your progress…
      </p>
    );
  }
  if (stats.isError) {
    return (
      <Alert title="Your progress could not be loaded">
        {stats.error.message}{" "}
        <button
          type="button"
          className={buttonClasses("ghost", "ml-1 px-2 py-1")}
          onClick={() => void stats.refetch()}
        >
          Try again
        </button>
      </Alert>
    );
  }
  return <ProgressView stats={stats.data} {...labels} />;
}
