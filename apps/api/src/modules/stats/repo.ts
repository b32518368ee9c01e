import { sql } from "kysely";
import type { Db } from "../../db/create-db";

export interface Tally {
  key: string;
  answered: number;
  correct: number;
}

export interface ChallengeTally {
  difficulty: string;
  language: string;
  topic: string;
  answered: number;
  correct: number;
}

export async function countChallenges(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("challenges")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Answers and correct answers per (difficulty, language, topic): one pass over the user's answers
 * (a few hundred groups at most) that the service rolls up per dimension, instead of one join per
 * dimension. Driven by the user's attempts, so unanswered challenges are never read.
 */
export async function tallyByChallenge(db: Db, userId: string): Promise<ChallengeTally[]> {
  const rows = await db
    .selectFrom("attempts as a")
    .innerJoin("challenges as c", "c.id", "a.challenge_id")
    .select([
      "c.difficulty",
      "c.language",
      "c.topic",
      (eb) => eb.fn.countAll<number>().as("answered"),
      (eb) => eb.fn.sum<number>("a.correct").as("correct"),
    ])
    .where("a.user_id", "=", userId)
    .where("c.user_id", "=", userId)
    .groupBy(["c.difficulty", "c.language", "c.topic"])
    .execute();
  return rows.map((r) => ({
    difficulty: r.difficulty,
    language: r.language,
    topic: r.topic,
    answered: Number(r.answered),
    correct: Number(r.correct ?? 0),
  }));
}

/** Answers per UTC day (answered_at is ISO-8601 UTC text, so its first 10 characters are the day). */
export async function tallyByDay(db: Db, userId: string): Promise<Tally[]> {
  const day = sql<string>`substr(answered_at, 1, 10)`;
  const rows = await db
    .selectFrom("attempts")
    .select([
      day.as("key"),
      (eb) => eb.fn.countAll<number>().as("answered"),
      (eb) => eb.fn.sum<number>("correct").as("correct"),
    ])
    .where("user_id", "=", userId)
    .groupBy(day)
    .orderBy(day)
    .execute();
  return rows.map((r) => ({
    key: String(r.key),
    answered: Number(r.answered),
    correct: Number(r.correct ?? 0),
  }));
}
