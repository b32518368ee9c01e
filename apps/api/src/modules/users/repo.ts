import type { User } from "@katagen/contract";
import type { Db } from "../../db/create-db";
import { prepared } from "../../db/prepared";
import type { Database, UsersTable } from "../../db/schema";

export type UserRow = UsersTable;

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
}

// Behind every authenticated request: compiled once (db/prepared.ts).
const userById = prepared<{ id: string }, UserRow, Database>((db, param) =>
  db.selectFrom("users").selectAll().where("id", "=", param("id")),
);

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  return (await userById(db, { id }))[0];
}

/** A user we know only by id: before their webhook arrives, or after their deletion. */
const bareUser = (id: string, createdAt: string): UserRow => ({
  id,
  email: null,
  name: null,
  created_at: createdAt,
  updated_at: null,
  deleted_at: null,
  last_event_at: null,
});

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
    .values(bareUser(id, nowIso))
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

/** How a Clerk profile event ended: written, older than what we hold, or refused by a tombstone. */
export type ProfileOutcome = "applied" | "stale" | "tombstoned";

/**
 * Upserts a Clerk user (user.created / user.updated) in one statement. An existing row is only
 * overwritten by a strictly newer Clerk updated_at (events arrive in any order; a row made by the
 * first authenticated call has none), and never once tombstoned: a late event must not resurrect
 * a deleted user.
 */
export async function applyClerkProfile(
  db: Db,
  profile: { id: string; email: string | null; name: string | null; updatedAt: string },
  at: { nowIso: string; eventIso: string },
): Promise<ProfileOutcome> {
  const written = await db
    .insertInto("users")
    .values({
      id: profile.id,
      email: profile.email,
      name: profile.name,
      created_at: at.nowIso,
      updated_at: profile.updatedAt,
      deleted_at: null,
      last_event_at: at.eventIso,
    })
    .onConflict((oc) =>
      oc
        .column("id")
        .doUpdateSet({
          email: (eb) => eb.ref("excluded.email"),
          name: (eb) => eb.ref("excluded.name"),
          updated_at: (eb) => eb.ref("excluded.updated_at"),
          last_event_at: (eb) => eb.ref("excluded.last_event_at"),
        })
        .where("users.deleted_at", "is", null)
        .where((eb) =>
          eb.or([
            eb("users.updated_at", "is", null),
            eb("users.updated_at", "<", eb.ref("excluded.updated_at")),
          ]),
        ),
    )
    .returning("id")
    .executeTakeFirst();
  if (written) return "applied";
  const row = await findUser(db, profile.id);
  return row?.deleted_at ? "tombstoned" : "stale";
}

/**
 * Marks a user deleted (Clerk user.deleted), creating the tombstone if we never saw them, and drops
 * their email and name. The first deletion time is kept. Their tokens get 403 from then on.
 */
export async function tombstoneUser(db: Db, id: string, at: { nowIso: string; eventIso: string }) {
  await db
    .insertInto("users")
    .values({ ...bareUser(id, at.nowIso), deleted_at: at.nowIso, last_event_at: at.eventIso })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({
        email: null,
        name: null,
        deleted_at: (eb) => eb.fn.coalesce("users.deleted_at", "excluded.deleted_at"),
        last_event_at: (eb) => eb.ref("excluded.last_event_at"),
      }),
    )
    .execute();
}
