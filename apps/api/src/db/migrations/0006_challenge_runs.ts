import type { Kysely } from "kysely";

// Portable types only (docs/decisions/002-portable-schema.md). The step view's record of a challenge's
// key run (issue 14, docs/decisions/022-step-view-trace.md): recorded on the first "See the run" after
// an answer, not at generate time, so it lives beside the challenge rather than in its row. `trace` is
// the contract's RunTrace as JSON text, or the JSON text null for a program that cannot be traced
// faithfully (so it is not run again on every view). Deleting the challenge deletes its run.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("challenge_runs")
    .addColumn("challenge_id", "text", (c) => c.primaryKey().references("challenges.id").onDelete("cascade"))
    .addColumn("trace", "text", (c) => c.notNull())
    .addColumn("engine_version", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("challenge_runs").ifExists().execute();
}
