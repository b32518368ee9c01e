import { sql, type Transaction } from "kysely";
import type { Db } from "../../db/create-db";
import { prepared } from "../../db/prepared";
import type { Database, QuotasTable } from "../../db/schema";

/** A quota window lasts 24 hours from quotas.last_reset_at (docs/reliability.md §4). */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

type Executor = Db | Transaction<Database>;

export type QuotaRow = QuotasTable;

/** Lazily creates the user's row with a full window starting now; a row that exists is left alone. */
export async function ensureQuotaRow(
  db: Executor,
  userId: string,
  limit: number,
  nowIso: string,
): Promise<void> {
  await db
    .insertInto("quotas")
    .values({ user_id: userId, daily_limit: limit, remaining: limit, last_reset_at: nowIso })
    .onConflict((oc) => oc.column("user_id").doNothing())
    .execute();
}

// Read on every quota view and generate: compiled once per database (db/prepared.ts).
const quotaRowOf = prepared<{ userId: string }, QuotaRow, Database>((db, param) =>
  db.selectFrom("quotas").selectAll().where("user_id", "=", param("userId")),
);

export async function findQuotaRow(db: Executor, userId: string): Promise<QuotaRow | undefined> {
  return (await quotaRowOf(db, { userId }))[0];
}

/**
 * Takes one unit in ONE conditional statement: no read-then-write, so concurrent requests (other
 * connections, other processes) can never over-issue. An expired window is reset in the same statement:
 * the row is "expired" when last_reset_at <= windowCutoffIso (now - 24 h). Both dialects evaluate the
 * SET expressions against the old row, and Postgres re-checks the WHERE on the newest row version
 * after waiting for a concurrent updater. No row back means the quota is used up.
 */
export async function reserveUnit(
  db: Executor,
  input: { userId: string; limit: number; nowIso: string; windowCutoffIso: string },
): Promise<QuotaRow | undefined> {
  const { userId, limit, nowIso, windowCutoffIso } = input;
  const expired = sql<boolean>`last_reset_at <= ${windowCutoffIso}`;
  return db
    .updateTable("quotas")
    .set({
      remaining: sql<number>`case when ${expired} then ${sql.lit(limit - 1)} else remaining - 1 end`,
      daily_limit: sql<number>`case when ${expired} then ${sql.lit(limit)} else daily_limit end`,
      last_reset_at: sql<string>`case when ${expired} then ${nowIso} else last_reset_at end`,
    })
    .where("user_id", "=", userId)
    .where((eb) =>
      eb.or([
        // A fresh window can only hand out a unit when the limit is at least one.
        ...(limit > 0 ? [eb("last_reset_at", "<=", windowCutoffIso)] : []),
        eb.and([eb("last_reset_at", ">", windowCutoffIso), eb("remaining", ">", 0)]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
}

/**
 * Gives one unit back, but only into the window it was taken from: after a reset the unit is already
 * part of the new, full window. The remaining < daily_limit guard keeps the row within its limit.
 */
export async function refundUnit(db: Executor, userId: string, windowStartIso: string): Promise<boolean> {
  const result = await db
    .updateTable("quotas")
    .set({ remaining: sql<number>`remaining + 1` })
    .where("user_id", "=", userId)
    .where("last_reset_at", "=", windowStartIso)
    .where(sql<boolean>`remaining < daily_limit`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
