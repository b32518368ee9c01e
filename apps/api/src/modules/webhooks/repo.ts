import type { Db } from "../../db/create-db";
import { deleteUserBuckets } from "../rate-limit/repo";

/**
 * Claims a Svix message id. Returns false when it was already claimed: by an earlier delivery, or
 * by a concurrent one, in which case this insert waits for that transaction and then conflicts
 * (PostgreSQL), or runs after it (SQLite has one writer). Run it inside the transaction that
 * applies the event, so a rollback releases the claim and Svix's retry is processed.
 */
export async function claimEvent(
  db: Db,
  event: { svixId: string; type: string; receivedAt: string },
): Promise<boolean> {
  const row = await db
    .insertInto("webhook_events")
    .values({ svix_id: event.svixId, type: event.type, received_at: event.receivedAt })
    .onConflict((oc) => oc.column("svix_id").doNothing())
    .returning("svix_id")
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A deleted user's data leaves with them: the generation ledger, answers, challenges, the quota, their
 * progress totals and the rate-limit windows. The ledger goes first on purpose: an in-flight generation commits its
 * challenge only by flipping its own pending ledger row, so either that commit finished first (its
 * row lock makes this delete wait, and the challenges delete below then sees the new challenge) or it
 * finds its row gone and saves nothing. Deleting challenges first would leave a window for an orphan.
 */
export async function deleteUserData(db: Db, userId: string) {
  const deleted = {
    generations: await db.deleteFrom("generations").where("user_id", "=", userId).executeTakeFirst(),
    attempts: await db.deleteFrom("attempts").where("user_id", "=", userId).executeTakeFirst(),
    challenges: await db.deleteFrom("challenges").where("user_id", "=", userId).executeTakeFirst(),
    quotas: await db.deleteFrom("quotas").where("user_id", "=", userId).executeTakeFirst(),
    // The running totals of what was just deleted (migration 0007): triggers add, only this removes.
    user_cell_totals: await db
      .deleteFrom("user_cell_totals")
      .where("user_id", "=", userId)
      .executeTakeFirst(),
    user_day_totals: await db.deleteFrom("user_day_totals").where("user_id", "=", userId).executeTakeFirst(),
  };
  const counts = Object.fromEntries(
    Object.entries(deleted).map(([table, result]) => [table, Number(result.numDeletedRows)]),
  ) as Record<keyof typeof deleted, number>;
  return { ...counts, rate_limits: await deleteUserBuckets(db, userId) };
}
