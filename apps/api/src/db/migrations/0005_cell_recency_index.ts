import type { Kysely } from "kysely";

// A generate asks which templates the learner had in the cell, most recent first
// (challenges/repo.ts recentTemplatesInCell): `where user_id = ? and language = ? and topic = ? and
// difficulty = ?` grouped by template. With the cell in the index both dialects read only that
// cell's rows, however long the learner's history is in other cells.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("challenges_user_cell_created")
    .on("challenges")
    .columns(["user_id", "language", "topic", "difficulty", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("challenges_user_cell_created").execute();
}
