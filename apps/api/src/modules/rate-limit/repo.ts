import { sql } from "kysely";
import type { Db } from "../../db/create-db";

/** Rate-limited actions; a user's buckets are `<action>:<userId>`, one per action. */
export const RATE_LIMITED_ACTIONS = ["generate"] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];

export const bucketOf = (action: RateLimitedAction, userId: string) => `${action}:${userId}`;

/** Drops a user's rate-limit windows (their data leaves with them on user.deleted). */
export async function deleteUserBuckets(db: Db, userId: string): Promise<number> {
  const result = await db
    .deleteFrom("rate_limits")
    .where(
      "bucket",
      "in",
      RATE_LIMITED_ACTIONS.map((action) => bucketOf(action, userId)),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface WindowHit {
  /** Hits counted in the current window, this one included; null when this hit was refused. */
  count: number | null;
}

/**
 * Counts one hit in the bucket's fixed window, in ONE upsert that only succeeds while the window
 * has room: a newer window starts over at 1, the same window adds 1 while count < limit. When the
 * WHERE refuses the update, no row comes back: the caller is over the limit. Holds across
 * processes because the database arbitrates, not process memory.
 */
export async function hitWindow(
  db: Db,
  input: { bucket: string; windowStartIso: string; limit: number },
): Promise<WindowHit> {
  const stored = sql.ref("rate_limits.window_start");
  const storedCount = sql.ref("rate_limits.count");
  const incoming = sql.ref("excluded.window_start");
  const row = await db
    .insertInto("rate_limits")
    .values({ bucket: input.bucket, window_start: input.windowStartIso, count: 1 })
    .onConflict((oc) =>
      oc
        .column("bucket")
        .doUpdateSet({
          count: sql<number>`case when ${stored} < ${incoming} then 1 else ${storedCount} + 1 end`,
          window_start: sql<string>`case when ${stored} < ${incoming} then ${incoming} else ${stored} end`,
        })
        .where((eb) => eb.or([eb(stored, "<", incoming), eb(storedCount, "<", sql.lit(input.limit))])),
    )
    .returning("count")
    .executeTakeFirst();
  return { count: row ? row.count : null };
}
