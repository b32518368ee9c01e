import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { createDb, type Db } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";

/**
 * Databases for tests. SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it).
 * Use with describe.each:
 *
 *   describe.each(testDatabases())("quota repo on $name", ({ name }) => {
 *     let t: TestDb;
 *     beforeEach(async () => { t = await createTestDb(name); });
 *     afterEach(async () => t.cleanup());
 *     it("...", async () => { await t.db.selectFrom("users")... });
 *   });
 */

export type TestDialect = "sqlite" | "postgres";

// Test-only setting, read here rather than in config.ts because the app itself never uses it.
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export function testDatabases(): { name: TestDialect }[] {
  return TEST_DATABASE_URL ? [{ name: "sqlite" }, { name: "postgres" }] : [{ name: "sqlite" }];
}

export interface TestDb {
  name: TestDialect;
  db: Db;
  /** Postgres: the schema holding this test's tables. */
  schema?: string;
  /** The config.database value pointing at the same data (for buildApp or a second connection). */
  database: { dialect: "sqlite"; filename: string } | { dialect: "postgres"; connectionString: string };
  /** Opens another, independent connection (pool) to the same data, migrated already. */
  connectAgain(): Db;
  cleanup(): Promise<void>;
}

/** A fresh, migrated database: a temp SQLite file, or a new schema in the Postgres test database. */
export async function createTestDb(
  name: TestDialect = "sqlite",
  options: { migrate?: boolean } = {},
): Promise<TestDb> {
  const migrate = options.migrate ?? true;
  if (name === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-test-"));
    const database = { dialect: "sqlite" as const, filename: path.join(dir, "test.sqlite") };
    const db = createDb({ database });
    if (migrate) await migrateToLatest(db);
    const others: Db[] = [];
    return {
      name,
      db,
      database,
      connectAgain: () => {
        const other = createDb({ database });
        others.push(other);
        return other;
      },
      cleanup: async () => {
        for (const other of others) await other.destroy();
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  if (!TEST_DATABASE_URL) throw new Error("createTestDb('postgres') needs TEST_DATABASE_URL");
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const database = { dialect: "postgres" as const, connectionString: TEST_DATABASE_URL };
  const open = () => createDb({ database }, { searchPath: schema, poolMax: 5 });
  const db = open();
  if (migrate) await migrateToLatest(db, { schema });
  const others: Db[] = [];
  return {
    name,
    db,
    schema,
    database,
    connectAgain: () => {
      const other = open();
      others.push(other);
      return other;
    },
    cleanup: async () => {
      for (const other of others) await other.destroy();
      await db.destroy();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
