import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, testDatabases, type TestDb } from "../../testing/test-db";
import { ensureUser, findUser, saveLocalUser } from "./repo";

describe.each(testDatabases())("users repo on $name", ({ name }) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb(name);
  });
  afterEach(async () => t.cleanup());

  it("ensureUser creates a minimal row once, even when called concurrently", async () => {
    const rows = await Promise.all(
      Array.from({ length: 8 }, () => ensureUser(t.db, "user_race1", "2026-03-01T00:00:00.000Z")),
    );
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(["user_race1"]));
    expect(await t.db.selectFrom("users").selectAll().execute()).toHaveLength(1);
  });

  it("ensureUser never overwrites a webhook row or clears a tombstone", async () => {
    await t.db
      .insertInto("users")
      .values({
        id: "user_x1",
        email: "x@example.com",
        name: "X",
        created_at: "2026-01-01T00:00:00.000Z",
        updated_at: null,
        deleted_at: "2026-02-01T00:00:00.000Z",
        last_event_at: null,
      })
      .execute();
    const row = await ensureUser(t.db, "user_x1", "2026-03-01T00:00:00.000Z");
    expect(row).toMatchObject({ email: "x@example.com", name: "X", deleted_at: "2026-02-01T00:00:00.000Z" });
  });

  it("saveLocalUser updates name and email of a live user but not of a tombstoned one", async () => {
    await saveLocalUser(
      t.db,
      { id: "user_l1", email: "a@example.com", name: "A" },
      "2026-03-01T00:00:00.000Z",
    );
    await saveLocalUser(
      t.db,
      { id: "user_l1", email: "a@example.com", name: "Ada" },
      "2026-03-02T00:00:00.000Z",
    );
    expect(await findUser(t.db, "user_l1")).toMatchObject({
      name: "Ada",
      created_at: "2026-03-01T00:00:00.000Z",
    });
    await t.db.updateTable("users").set({ deleted_at: "2026-03-03T00:00:00.000Z" }).execute();
    await saveLocalUser(
      t.db,
      { id: "user_l1", email: "a@example.com", name: "Zed" },
      "2026-03-04T00:00:00.000Z",
    );
    expect(await findUser(t.db, "user_l1")).toMatchObject({ name: "Ada" });
  });
});
