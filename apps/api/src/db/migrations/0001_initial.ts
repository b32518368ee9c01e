import { sql, type Kysely } from "kysely";

// Portable types only (see docs/decisions/002-portable-schema.md): this file runs unchanged on
// SQLite and PostgreSQL. Never use serial, jsonb, enums or dialect-specific defaults here.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text")
    .addColumn("name", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text")
    .addColumn("deleted_at", "text")
    .addColumn("last_event_at", "text")
    .execute();

  await db.schema
    .createTable("quotas")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("daily_limit", "integer", (c) => c.notNull())
    .addColumn("remaining", "integer", (c) => c.notNull())
    .addColumn("last_reset_at", "text", (c) => c.notNull())
    .addCheckConstraint("quotas_remaining_nonnegative", sql`remaining >= 0`)
    .execute();

  await db.schema
    .createTable("generations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text")
    .addColumn("request_hash", "text")
    .addColumn("challenge_id", "text")
    .addColumn("lease_until", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("generations_user_idempotency_key", ["user_id", "idempotency_key"])
    .addCheckConstraint("generations_status_known", sql`status in ('pending', 'succeeded', 'failed')`)
    .execute();
  // Finding expired leases to refund.
  await db.schema
    .createIndex("generations_status_lease")
    .on("generations")
    .columns(["status", "lease_until"])
    .execute();

  await db.schema
    .createTable("challenges")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("difficulty", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("prompt", "text", (c) => c.notNull())
    .addColumn("code", "text")
    .addColumn("options", "text", (c) => c.notNull())
    .addColumn("correct_choice", "integer", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("option_explanations", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("model", "text")
    .addColumn("template_id", "text")
    .addColumn("seed", "text")
    .addColumn("engine_version", "text")
    .addColumn("verified", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("challenges_user_created")
    .on("challenges")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("attempts")
    .addColumn("challenge_id", "text", (c) => c.primaryKey().references("challenges.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("choice", "integer", (c) => c.notNull())
    .addColumn("correct", "integer", (c) => c.notNull())
    .addColumn("answered_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("attempts_user_answered")
    .on("attempts")
    .columns(["user_id", "answered_at"])
    .execute();

  await db.schema
    .createTable("webhook_events")
    .addColumn("svix_id", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["webhook_events", "attempts", "challenges", "generations", "quotas", "users"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
