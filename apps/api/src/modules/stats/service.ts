import type { Accuracy, Stats } from "@katagen/contract";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import { totalsByCell, totalsByDay, type CellTotals } from "./repo";

const DAY_MS = 24 * 60 * 60 * 1000;
export const ACTIVITY_DAYS = 30;

// Days are handled as whole days since the epoch (UTC) and turned into "YYYY-MM-DD" only for output:
// a stats read used to parse and format a Date for every step of the streak and activity walks (issue
// 15's profile of GET /api/stats).
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00.000Z`) / DAY_MS);
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

function accuracy(answered: number, correct: number): Accuracy {
  return { answered, correct, accuracy: answered === 0 ? 0 : correct / answered };
}

function rollUp(
  tallies: CellTotals[],
  dimension: "difficulty" | "language" | "topic",
): Record<string, Accuracy> {
  const sums = new Map<string, { answered: number; correct: number }>();
  for (const t of tallies) {
    const sum = sums.get(t[dimension]) ?? { answered: 0, correct: 0 };
    sum.answered += t.answered;
    sum.correct += t.correct;
    sums.set(t[dimension], sum);
  }
  return Object.fromEntries([...sums].map(([key, sum]) => [key, accuracy(sum.answered, sum.correct)]));
}

/** Topics per language: topic ids repeat across languages (`recursion`), and `byTopic` merges them. */
function rollUpTopicsByLanguage(tallies: CellTotals[]): Record<string, Record<string, Accuracy>> {
  const perLanguage = new Map<string, CellTotals[]>();
  for (const t of tallies) {
    const rows = perLanguage.get(t.language) ?? [];
    rows.push(t);
    perLanguage.set(t.language, rows);
  }
  return Object.fromEntries([...perLanguage].map(([language, rows]) => [language, rollUp(rows, "topic")]));
}

/**
 * Streaks over UTC days with at least one answer. The current streak still counts when today has
 * no answer yet but yesterday has: the day is not over.
 */
export function streaks(days: string[], today: string): { current: number; longest: number } {
  const sorted = [...new Set(days.map(dayNumber))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const day of sorted) {
    run = previous !== null && previous + 1 === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const active = new Set(sorted);
  const todayN = dayNumber(today);
  let cursor = active.has(todayN) ? todayN : todayN - 1;
  let current = 0;
  while (active.has(cursor)) {
    current += 1;
    cursor -= 1;
  }
  return { current, longest };
}

export async function computeStats(deps: { db: Db; clock: Clock }, userId: string): Promise<Stats> {
  const { db } = deps;
  const todayN = Math.floor(deps.clock.now().getTime() / DAY_MS);
  const today = dayString(todayN);
  const [cells, days] = await Promise.all([totalsByCell(db, userId), totalsByDay(db, userId)]);
  const total = cells.reduce((sum, c) => sum + c.challenges, 0);
  // Accuracy is over answers: a cell with challenges but none answered yet is not in it.
  const tallies = cells.filter((c) => c.answered > 0);
  const answered = days.reduce((sum, d) => sum + d.answered, 0);
  const correct = days.reduce((sum, d) => sum + d.correct, 0);
  const { current, longest } = streaks(
    days.map((d) => d.day),
    today,
  );
  const perDay = new Map(days.map((d) => [d.day, d]));
  const firstDay = todayN - (ACTIVITY_DAYS - 1);
  const activity = Array.from({ length: ACTIVITY_DAYS }, (_, i) => {
    const date = dayString(firstDay + i);
    const tally = perDay.get(date);
    return { date, answered: tally?.answered ?? 0, correct: tally?.correct ?? 0 };
  });
  return {
    totalChallenges: total,
    overall: accuracy(answered, correct),
    byDifficulty: rollUp(tallies, "difficulty"),
    byLanguage: rollUp(tallies, "language"),
    byTopic: rollUp(tallies, "topic"),
    byLanguageTopic: rollUpTopicsByLanguage(tallies),
    currentStreak: current,
    longestStreak: longest,
    activity,
  };
}
