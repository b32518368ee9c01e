import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, testDatabases, type TestDb } from "../testing/test-db";
import { newId } from "./ids";
import { migrateDown, migrateToLatest, migrations } from "./migrate";
import { nowIso, toIso } from "./time";

const TABLES = [
  "attempts",
  "challenges",
  "generations",
  "quotas",
  "users",
  "webhook_events",
  "user_cell_totals",
  "user_day_totals",
];

/** The progress totals as the source tables say they are (what migration 0007's tables must equal). */
async function totalsFromSource(t: TestDb) {
  const cells = await sql<Record<string, unknown>>`
    select c.user_id, c.difficulty, c.language, c.topic, count(*) as challenges,
           count(a.challenge_id) as answered, coalesce(sum(a.correct), 0) as correct
    from challenges c left join attempts a on a.challenge_id = c.id
    group by c.user_id, c.difficulty, c.language, c.topic`.execute(t.db);
  const days = await sql<Record<string, unknown>>`
    select user_id, substr(answered_at, 1, 10) as day, count(*) as answered, coalesce(sum(correct), 0) as correct
    from attempts group by user_id, substr(answered_at, 1, 10)`.execute(t.db);
  return { cells: normalise(cells.rows), days: normalise(days.rows) };
}

async function totalsKept(t: TestDb) {
  const cells = await t.db
    .selectFrom("user_cell_totals")
    .select(["user_id", "difficulty", "language", "topic", "challenges", "answered", "correct"])
    .execute();
  const days = await t.db
    .selectFrom("user_day_totals")
    .select(["user_id", "day", "answered", "correct"])
    .execute();
  return { cells: normalise(cells), days: normalise(days) };
}

/** Counts as numbers (PostgreSQL's count is a bigint) and rows in one order. */
function normalise(rows: object[]) {
  return rows
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v]),
      ),
    )
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function addUser(t: TestDb, id = newId()) {
  await t.db
    .insertInto("users")
    .values({ id, email: `${id}@example.com`, name: "Ada", created_at: nowIso() })
    .execute();
  return id;
}

function challengeRow(userId: string, createdAt: string) {
  return {
    id: newId(),
    user_id: userId,
    difficulty: "easy",
    language: "python",
    topic: "loops",
    kind: "output",
    title: "What does it print?",
    prompt: "Read the code.",
    code: "print(1)",
    options: JSON.stringify(["1", "2", "3", "4"]),
    correct_choice: 0,
    explanation: "It prints 1.",
    option_explanations: JSON.stringify(["right", "no", "no", "no"]),
    source: "offline",
    model: null,
    template_id: "py-loops-1",
    seed: "42",
    engine_version: "1",
    verified: 1,
    created_at: createdAt,
  };
}

describe.each(testDatabases())("database on $name", ({ name }) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb(name);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it("migrations create every table, and running them again changes nothing", async () => {
    const tables = (await t.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(TABLES));
    // Migrations go through migrationDb: the direct URL for postgres-pooled, never the pooler.
    expect(await migrateToLatest(t.migrationDb, { schema: t.schema })).toEqual([]);
  });

  it("migrations roll back and apply again", async () => {
    const names = Object.keys(migrations);
    const rolledBack: string[] = [];
    for (let step = 0; step < names.length; step++)
      rolledBack.push(...(await migrateDown(t.migrationDb, { schema: t.schema })));
    expect(rolledBack).toEqual([...names].reverse());
    // Postgres introspection lists every schema's tables; only this test's schema is ours.
    const remaining = (await t.db.introspection.getTables())
      .filter((table) => t.schema === undefined || table.schema === t.schema)
      .map((table) => table.name);
    expect(remaining.filter((n) => TABLES.includes(n))).toEqual([]);
    expect(await migrateToLatest(t.migrationDb, { schema: t.schema })).toEqual(Object.keys(migrations));
  });

  it("migration 0007 starts the progress totals from existing history, and its triggers keep them equal to it", async () => {
    // Back to before 0007, with history in the source tables.
    expect(await migrateDown(t.migrationDb, { schema: t.schema })).toEqual(["0007_stats_rollups"]);
    const [ada, bob] = [await addUser(t), await addUser(t)];
    const answer = async (challenge: ReturnType<typeof challengeRow>, choice: number, at: string) =>
      t.db
        .insertInto("attempts")
        .values({
          challenge_id: challenge.id,
          user_id: challenge.user_id,
          choice,
          correct: choice === challenge.correct_choice ? 1 : 0,
          answered_at: at,
        })
        .execute();
    const made: ReturnType<typeof challengeRow>[] = [];
    for (let i = 0; i < 12; i++) {
      const row = {
        ...challengeRow(i % 3 === 0 ? bob : ada, toIso(new Date(Date.UTC(2026, 2, 1 + i)))),
        language: ["python", "javascript"][i % 2]!,
        topic: ["loops", "recursion", "loops"][i % 3]!,
      };
      await t.db.insertInto("challenges").values(row).execute();
      made.push(row);
      if (i % 4 !== 3) await answer(row, i % 2, toIso(new Date(Date.UTC(2026, 2, 1 + (i >> 1), 23, 59))));
    }
    expect(await migrateToLatest(t.migrationDb, { schema: t.schema })).toEqual(["0007_stats_rollups"]);
    const before = await totalsFromSource(t);
    expect(before.cells.length).toBeGreaterThan(2);
    expect(await totalsKept(t)).toEqual(before);

    // After the migration the triggers keep them: new challenges, first answers, and an answer that
    // conflicts with the first (answer-once) and so counts nothing.
    for (const row of made.filter((_, i) => i % 4 === 3)) await answer(row, 0, "2026-04-02T00:00:00.000Z");
    const late = { ...challengeRow(ada, "2026-04-03T10:00:00.000Z"), topic: "strings" };
    await t.db.insertInto("challenges").values(late).execute();
    await answer(late, 0, "2026-04-03T10:01:00.000Z");
    await t.db
      .insertInto("attempts")
      .values({ challenge_id: late.id, user_id: ada, choice: 3, correct: 0, answered_at: nowIso() })
      .onConflict((oc) => oc.column("challenge_id").doNothing())
      .execute();
    const after = await totalsFromSource(t);
    expect(after).not.toEqual(before);
    expect(await totalsKept(t)).toEqual(after);
  });

  it("round-trips a user, a challenge and an attempt with the same types on both dialects", async () => {
    const userId = await addUser(t);
    const created = toIso(new Date("2026-03-01T10:00:00Z"));
    const challenge = challengeRow(userId, created);
    await t.db.insertInto("challenges").values(challenge).execute();
    await t.db
      .insertInto("attempts")
      .values({ challenge_id: challenge.id, user_id: userId, choice: 2, correct: 0, answered_at: nowIso() })
      .execute();

    const row = await t.db
      .selectFrom("challenges")
      .innerJoin("attempts", "attempts.challenge_id", "challenges.id")
      .selectAll("challenges")
      .select(["attempts.choice", "attempts.correct"])
      .where("challenges.user_id", "=", userId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ ...challenge, choice: 2, correct: 0 });
    expect(JSON.parse(row.options)).toEqual(["1", "2", "3", "4"]);

    const { count } = await t.db
      .selectFrom("challenges")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    expect(count).toBe(1); // a number on Postgres too, not the string "1"
  });

  it("keeps ISO timestamps in order when sorted as text", async () => {
    const userId = await addUser(t);
    const times = ["2026-01-02T00:00:00.000Z", "2025-12-31T23:59:59.999Z", "2026-01-01T12:00:00.000Z"];
    for (const time of times)
      await t.db.insertInto("challenges").values(challengeRow(userId, time)).execute();
    const rows = await t.db
      .selectFrom("challenges")
      .select("created_at")
      .where("user_id", "=", userId)
      .orderBy("created_at", "desc")
      .execute();
    expect(rows.map((r) => r.created_at)).toEqual([...times].sort().reverse());
  });

  it("enforces foreign keys, one attempt per challenge and a unique idempotency key per user", async () => {
    await expect(
      t.db
        .insertInto("quotas")
        .values({ user_id: "nobody", daily_limit: 5, remaining: 5, last_reset_at: nowIso() })
        .execute(),
    ).rejects.toThrow();

    const userId = await addUser(t);
    const challenge = challengeRow(userId, nowIso());
    await t.db.insertInto("challenges").values(challenge).execute();
    const attempt = {
      challenge_id: challenge.id,
      user_id: userId,
      choice: 1,
      correct: 0,
      answered_at: nowIso(),
    };
    await t.db.insertInto("attempts").values(attempt).execute();
    await expect(t.db.insertInto("attempts").values(attempt).execute()).rejects.toThrow();

    const generation = (key: string | null) => ({
      id: newId(),
      user_id: userId,
      status: "pending" as const,
      idempotency_key: key,
      request_hash: null,
      challenge_id: null,
      lease_until: nowIso(),
      created_at: nowIso(),
      updated_at: nowIso(),
    });
    await t.db.insertInto("generations").values(generation("k1")).execute();
    await expect(t.db.insertInto("generations").values(generation("k1")).execute()).rejects.toThrow();
    // Requests without a key never collide.
    await t.db
      .insertInto("generations")
      .values([generation(null), generation(null)])
      .execute();
  });

  it("dedupes webhook events with ON CONFLICT DO NOTHING ... RETURNING", async () => {
    const insert = () =>
      t.db
        .insertInto("webhook_events")
        .values({ svix_id: "msg_1", type: "user.created", received_at: nowIso() })
        .onConflict((oc) => oc.column("svix_id").doNothing())
        .returning("svix_id")
        .executeTakeFirst();
    expect(await insert()).toEqual({ svix_id: "msg_1" });
    expect(await insert()).toBeUndefined();
  });

  it("the conditional decrement lets exactly `remaining` of 20 concurrent requests through", async () => {
    const userId = await addUser(t);
    await t.db
      .insertInto("quotas")
      .values({ user_id: userId, daily_limit: 5, remaining: 5, last_reset_at: nowIso() })
      .execute();
    // A second, independent connection pool, so on Postgres the updates really race.
    const other = t.connectAgain();
    const decrement = (db: typeof t.db) =>
      db
        .updateTable("quotas")
        .set((eb) => ({ remaining: eb("remaining", "-", 1) }))
        .where("user_id", "=", userId)
        .where("remaining", ">", 0)
        .returning("remaining")
        .executeTakeFirst();

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => decrement(i % 2 ? other : t.db)));
    const succeeded = results.filter((r) => r !== undefined);
    expect(succeeded).toHaveLength(5);
    expect(succeeded.map((r) => r?.remaining).sort()).toEqual([0, 1, 2, 3, 4]);
    const { remaining } = await t.db
      .selectFrom("quotas")
      .select("remaining")
      .where("user_id", "=", userId)
      .executeTakeFirstOrThrow();
    expect(remaining).toBe(0);
  });

  it("rejects a negative remaining quota", async () => {
    const userId = await addUser(t);
    await expect(
      t.db
        .insertInto("quotas")
        .values({ user_id: userId, daily_limit: 5, remaining: -1, last_reset_at: nowIso() })
        .execute(),
    ).rejects.toThrow();
  });

  it("rolls back a failed transaction", async () => {
    const userId = newId();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("users")
          .values({ id: userId, email: null, name: null, created_at: nowIso() })
          .execute();
        await sql`select * from no_such_table`.execute(trx);
      }),
    ).rejects.toThrow();
    expect(
      await t.db.selectFrom("users").select("id").where("id", "=", userId).executeTakeFirst(),
    ).toBeUndefined();
  });

  // SQLite reuses one prepared statement per SQL text (create-db.ts); these hold on both dialects.
  it("the same query still answers right after 300 other distinct queries ran", async () => {
    const userId = await addUser(t);
    const byId = () => t.db.selectFrom("users").select(["id", "name"]).where("id", "=", userId).execute();
    expect(await byId()).toEqual([{ id: userId, name: "Ada" }]);
    for (let i = 0; i < 300; i++) {
      const { rows } = await sql<{ n: number }>`select ${sql.lit(i)} as n`.execute(t.db);
      expect(Number(rows[0]!.n)).toBe(i);
    }
    await t.db.updateTable("users").set({ name: "Grace" }).where("id", "=", userId).execute();
    expect(await byId()).toEqual([{ id: userId, name: "Grace" }]);
  });

  it("a statement that failed on a constraint runs again with other values", async () => {
    const userId = await addUser(t);
    await expect(addUser(t, userId)).rejects.toThrow();
    const other = await addUser(t);
    expect(
      (await t.db.selectFrom("users").select("id").where("id", "in", [userId, other]).execute()).length,
    ).toBe(2);
  });

  it("a select * prepared before a column is added returns the new column afterwards", async () => {
    const userId = await addUser(t);
    const all = () => t.db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirstOrThrow();
    expect(Object.keys(await all())).not.toContain("nickname");
    await sql`alter table users add column nickname text`.execute(t.db);
    expect(await all()).toMatchObject({ id: userId, nickname: null });
  });
});

describe("SQLite query plans", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb("sqlite");
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it("history's order (created_at desc, id desc) comes from an index, not a sort", async () => {
    const { rows } = await sql<{ detail: string }>`explain query plan
      select c.* from challenges as c left join attempts as a on a.challenge_id = c.id
      where c.user_id = ${"u"} order by c.created_at desc, c.id desc limit 21`.execute(t.db);
    const plan = rows.map((r) => r.detail).join("\n");
    expect(plan).toContain("challenges_user_created_id");
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});

describe("ids and time", () => {
  it("newId gives time-ordered, unique UUIDv7 strings", () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    expect(new Set(ids).size).toBe(1000);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it("nowIso reads the injected clock and always says UTC", () => {
    expect(nowIso({ now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)) })).toBe(
      "2026-01-02T03:04:05.006Z",
    );
  });
});
