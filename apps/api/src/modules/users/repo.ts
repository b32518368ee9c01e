import type { User } from "@katagen/contract";
import type { Db } from "../../db/create-db";
import type { UsersTable } from "../../db/schema";

export type UserRow = UsersTable;

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * The first authenticated call may arrive before Clerk's user.created webhook (delivery is not
 * immediate, sometimes not at all), so create a minimal row. ON CONFLICT DO NOTHING: a webhook or a
 * concurrent request that won the race keeps its row, and a tombstone is never overwritten.
 */
export async function ensureUser(db: Db, id: string, nowIso: string): Promise<UserRow> {
  const existing = await findUser(db, id);
  if (existing) return existing;
  await db
    .insertInto("users")
    .values({
      id,
      email: null,
      name: null,
      created_at: nowIso,
      updated_at: null,
      deleted_at: null,
      last_event_at: null,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const row = await findUser(db, id);
  if (!row) throw new Error(`user ${id} vanished right after insert`);
  return row;
}

/** Local sign-in is its own identity provider: it records the name and email the user typed.
 *  A tombstoned user stays tombstoned (the update skips deleted rows). */
export async function saveLocalUser(
  db: Db,
  user: { id: string; email: string; name: string },
  nowIso: string,
): Promise<UserRow> {
  await db
    .insertInto("users")
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      created_at: nowIso,
      updated_at: nowIso,
      deleted_at: null,
      last_event_at: null,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  await db
    .updateTable("users")
    .set({ email: user.email, name: user.name, updated_at: nowIso })
    .where("id", "=", user.id)
    .where("deleted_at", "is", null)
    .execute();
  const row = await findUser(db, user.id);
  if (!row) throw new Error(`user ${user.id} vanished right after insert`);
  return row;
}
