import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDatabases, type TestDb } from "../testing/test-db";
import type { Database } from "./schema";
import { prepared } from "./prepared";

const findUser = prepared<{ id: string }, Database["users"], Database>((db, param) =>
  db.selectFrom("users").selectAll().where("id", "=", param("id")),
);
const usersNamed = prepared<{ a: string; b: string }, { id: string }, Database>((db, param) =>
  db
    .selectFrom("users")
    .select("id")
    .where("deleted_at", "is", null)
    .where((eb) => eb.or([eb("name", "=", param("a")), eb("name", "=", param("b"))]))
    .orderBy("id"),
);

describe.each(testDatabases())("a prepared query on $name", ({ name }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(name);
    const now = "2026-12-03T10:00:00.000Z";
    await t.db
      .insertInto("users")
      .values(
        ["u1", "u2", "u3"].map((id, i) => ({
          id,
          email: `${id}@example.com`,
          name: ["Ada", "Bob", "Cy"][i]!,
          created_at: now,
          updated_at: now,
          deleted_at: id === "u3" ? now : null,
          last_event_at: null,
        })),
      )
      .execute();
  });
  afterAll(async () => t?.cleanup());

  it("returns what the same query built each time returns, for each call's own values", async () => {
    for (const id of ["u1", "u2", "nobody"]) {
      const built = await t.db.selectFrom("users").selectAll().where("id", "=", id).execute();
      expect(await findUser(t.db, { id })).toEqual(built);
    }
  });

  it("binds a placeholder used twice and keeps the query's own constant parameters", async () => {
    expect(await usersNamed(t.db, { a: "Ada", b: "Cy" })).toEqual([{ id: "u1" }]);
    expect(await usersNamed(t.db, { a: "Bob", b: "Ada" })).toEqual([{ id: "u1" }, { id: "u2" }]);
  });

  it("keeps concurrent calls apart", async () => {
    const ids = ["u1", "u2", "u1", "nobody", "u2", "u3"];
    const rows = await Promise.all(ids.map((id) => findUser(t.db, { id })));
    expect(rows.map((r) => r[0]?.id ?? null)).toEqual(["u1", "u2", "u1", null, "u2", "u3"]);
  });

  it("refuses a placeholder that would be inlined into the SQL text rather than bound", async () => {
    const inlined = prepared<{ id: string }, unknown, Database>((db, param) =>
      db
        .selectFrom("users")
        .select("id")
        .where("id", "=", sql.lit(param("id"))),
    );
    await expect(inlined(t.db, { id: "u1" })).rejects.toThrow(/inlined into its SQL/);
  });
});
