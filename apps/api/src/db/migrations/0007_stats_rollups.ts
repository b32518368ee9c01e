import { sql, SqliteAdapter, type Kysely } from "kysely";

// Progress read from running totals instead of the learner's whole history (issue 15: /api/stats
// grouped every answer on each call, 23 req/s for a learner with 10,000). Portable types only
// (docs/decisions/002-portable-schema.md); docs/decisions/024-stats-from-running-totals.md.
//
// - user_cell_totals: per learner and cell (difficulty, language, topic), challenges made, answered and
//   answered right;
// - user_day_totals: per learner and UTC day (the first ten characters of answered_at), answered and
//   answered right.
//
// The database keeps them, with row triggers on the two tables they sum: a challenge or an answer
// cannot be written without its totals, in the same statement, whichever code path (or version of the
// app, during a rolling deploy) wrote it. Challenges and answers are never updated (answer-once) and
// leave only with their user, whose totals leave with them (webhooks/repo.ts deleteUserData). The
// trigger bodies are the one dialect-specific part: SQLite's CREATE TRIGGER, PostgreSQL's plpgsql
// functions; the upserts inside are the same SQL. Both tables start from what the source tables hold,
// so a database migrated with history reads the same figures as before.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("user_cell_totals")
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("difficulty", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("challenges", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("answered", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("correct", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("user_cell_totals_pk", ["user_id", "difficulty", "language", "topic"])
    .execute();
  await db.schema
    .createTable("user_day_totals")
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("answered", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("correct", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("user_day_totals_pk", ["user_id", "day"])
    .execute();

  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const [name, table, body] of TRIGGERS) {
    if (sqlite) {
      await sql.raw(`create trigger ${name} after insert on ${table} begin ${body("new")}; end`).execute(db);
    } else {
      await sql
        .raw(
          `create function ${name}() returns trigger language plpgsql as $$ begin ${body("new")}; return null; end $$`,
        )
        .execute(db);
      await sql
        .raw(`create trigger ${name} after insert on ${table} for each row execute function ${name}()`)
        .execute(db);
    }
  }

  await sql`
    insert into user_cell_totals (user_id, difficulty, language, topic, challenges, answered, correct)
    select c.user_id, c.difficulty, c.language, c.topic,
           count(*), count(a.challenge_id), coalesce(sum(a.correct), 0)
    from challenges c left join attempts a on a.challenge_id = c.id
    group by c.user_id, c.difficulty, c.language, c.topic
  `.execute(db);
  await sql`
    insert into user_day_totals (user_id, day, answered, correct)
    select user_id, substr(answered_at, 1, 10), count(*), coalesce(sum(correct), 0)
    from attempts
    group by user_id, substr(answered_at, 1, 10)
  `.execute(db);
}

/** name, table, statements run for each inserted row (`row` is NEW in both dialects). */
const TRIGGERS: [string, string, (row: string) => string][] = [
  [
    "challenges_add_to_totals",
    "challenges",
    (row) => `
      insert into user_cell_totals (user_id, difficulty, language, topic, challenges, answered, correct)
      values (${row}.user_id, ${row}.difficulty, ${row}.language, ${row}.topic, 1, 0, 0)
      on conflict (user_id, difficulty, language, topic)
      do update set challenges = user_cell_totals.challenges + 1`,
  ],
  [
    "attempts_add_to_totals",
    "attempts",
    // SQLite parses "insert … select … on conflict" only with a where clause on the select: it has one.
    (row) => `
      insert into user_cell_totals (user_id, difficulty, language, topic, challenges, answered, correct)
      select c.user_id, c.difficulty, c.language, c.topic, 0, 1, ${row}.correct
      from challenges c where c.id = ${row}.challenge_id
      on conflict (user_id, difficulty, language, topic)
      do update set answered = user_cell_totals.answered + 1,
                    correct = user_cell_totals.correct + excluded.correct;
      insert into user_day_totals (user_id, day, answered, correct)
      values (${row}.user_id, substr(${row}.answered_at, 1, 10), 1, ${row}.correct)
      on conflict (user_id, day)
      do update set answered = user_day_totals.answered + 1,
                    correct = user_day_totals.correct + excluded.correct`,
  ],
];

export async function down(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const [name, table] of TRIGGERS) {
    await sql.raw(`drop trigger if exists ${name}${sqlite ? "" : ` on ${table}`}`).execute(db);
    if (!sqlite) await sql.raw(`drop function if exists ${name}()`).execute(db);
  }
  await db.schema.dropTable("user_day_totals").ifExists().execute();
  await db.schema.dropTable("user_cell_totals").ifExists().execute();
}
