import type { Kysely } from "kysely";

// Portable types only (docs/decisions/002-portable-schema.md). See docs/decisions/004-quota-reservation-ledger.md.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The quota window a reservation was charged to (its quotas.last_reset_at). A refund only gives the
  // unit back while that window is still current: refunding into a fresh window would over-issue.
  await db.schema.alterTable("generations").addColumn("quota_window_start", "text").execute();

  // Fixed one-minute windows per bucket ("generate:<user id>"), counted in the database so the limit
  // holds across API processes.
  await db.schema
    .createTable("rate_limits")
    .addColumn("bucket", "text", (c) => c.primaryKey())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("rate_limits").ifExists().execute();
  await db.schema.alterTable("generations").dropColumn("quota_window_start").execute();
}
