import { sql } from "kysely";
import type { Db } from "../../db/create-db";

export interface Tally {
  key: string;
  answered: number;
  correct: number;
}

type Dimension = "difficulty" | "language" | "topic";

export async function countChallenges(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom("challenges")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Answers and correct answers per value of one challenge column. */
export async function tallyBy(db: Db, userId: string, dimension: Dimension): Promise<Tally[]> {
  const column = `c.${dimension}` as const;
  const rows = await db
    .selectFrom("attempts as a")
    .innerJoin("challenges as c", "c.id", "a.challenge_id")
    .select([
      `${column} as key`,
      (eb) => eb.fn.countAll<number>().as("answered"),
      (eb) => eb.fn.sum<number>("a.correct").as("correct"),
    ])
    .where("c.user_id", "=", userId)
    .groupBy(column)
    .execute();
  return rows.map((r) => ({
    key: String(r.key),
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
