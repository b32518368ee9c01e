import type { Kysely } from "kysely";

// History pages are `where user_id = ? order by created_at desc, id desc limit n`. With id in the
// index both dialects read the page straight off it; without it SQLite sorted every created_at tie
// group in a temporary B-tree (EXPLAIN QUERY PLAN: "USE TEMP B-TREE FOR LAST TERM OF ORDER BY").
// The new index serves every query the old (user_id, created_at) one did, so it replaces it.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("challenges_user_created_id")
    .on("challenges")
    .columns(["user_id", "created_at", "id"])
    .execute();
  await db.schema.dropIndex("challenges_user_created").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("challenges_user_created")
    .on("challenges")
    .columns(["user_id", "created_at"])
    .execute();
  await db.schema.dropIndex("challenges_user_created_id").execute();
}
