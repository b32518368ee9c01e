import { z } from "zod";

export const AccuracySchema = z.object({
  answered: z.number().int().nonnegative(),
  correct: z.number().int().nonnegative(),
  /** correct / answered, 0 when nothing is answered yet. */
  accuracy: z.number().min(0).max(1),
});
export type Accuracy = z.infer<typeof AccuracySchema>;

export const StatsSchema = z.object({
  totalChallenges: z.number().int().nonnegative(),
  overall: AccuracySchema,
  byDifficulty: z.record(z.string(), AccuracySchema),
  byLanguage: z.record(z.string(), AccuracySchema),
  /** Keyed by topic id alone, so a topic id that several languages share (`recursion`) is one entry. */
  byTopic: z.record(z.string(), AccuracySchema),
  /** Language → topic id → accuracy: the same answers as `byTopic`, kept apart per language. */
  byLanguageTopic: z.record(z.string(), z.record(z.string(), AccuracySchema)),
  currentStreak: z.number().int().nonnegative(),
  longestStreak: z.number().int().nonnegative(),
  /** The last 30 UTC days, oldest first, days without answers included. */
  activity: z.array(z.object({ date: z.iso.date(), answered: z.number().int(), correct: z.number().int() })),
});
export type Stats = z.infer<typeof StatsSchema>;

export const STATS_PATH = "/api/stats";
