import type { Db } from "../../db/create-db";
import { prepared } from "../../db/prepared";
import type { Database, UserCellTotalsTable, UserDayTotalsTable } from "../../db/schema";

/**
 * Progress is read from the running totals the database keeps (migration 0007,
 * docs/decisions/024-stats-from-running-totals.md): a row per cell the learner has practised and a row
 * per day they answered on, however many challenges they have. Compiled once (db/prepared.ts).
 */
export type CellTotals = Pick<
  UserCellTotalsTable,
  "difficulty" | "language" | "topic" | "challenges" | "answered" | "correct"
>;
export type DayTotals = Pick<UserDayTotalsTable, "day" | "answered" | "correct">;

const cellTotals = prepared<{ userId: string }, CellTotals, Database>((db, param) =>
  db
    .selectFrom("user_cell_totals")
    .select(["difficulty", "language", "topic", "challenges", "answered", "correct"])
    .where("user_id", "=", param("userId")),
);

const dayTotals = prepared<{ userId: string }, DayTotals, Database>((db, param) =>
  db
    .selectFrom("user_day_totals")
    .select(["day", "answered", "correct"])
    .where("user_id", "=", param("userId"))
    .orderBy("day"),
);

export async function totalsByCell(db: Db, userId: string): Promise<CellTotals[]> {
  // PostgreSQL's integers may come back as strings from a driver; the figures are small, so Number is exact.
  return (await cellTotals(db, { userId })).map((r) => ({
    ...r,
    challenges: Number(r.challenges),
    answered: Number(r.answered),
    correct: Number(r.correct),
  }));
}

export async function totalsByDay(db: Db, userId: string): Promise<DayTotals[]> {
  return (await dayTotals(db, { userId })).map((r) => ({
    day: r.day,
    answered: Number(r.answered),
    correct: Number(r.correct),
  }));
}
