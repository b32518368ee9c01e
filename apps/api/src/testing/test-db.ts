import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createHash, randomBytes } from "node:crypto";
import type { DatabaseConfig } from "../config";
import { createDb, type Db } from "../db/create-db";
import { migrateToLatest, migrations } from "../db/migrate";

/**
 * Databases for tests. SQLite always; with TEST_DATABASE_URL (CI: .ci/postgres.sh) PostgreSQL too,
 * and with TEST_DATABASE_POOLED_URL as well the same data through PgBouncer in transaction mode, as
 * on Neon's -pooler host (migrations on the direct URL, decision 011). Use with describe.each:
 *
 *   describe.each(testDatabases())("quota repo on $name", ({ name }) => {
 *     let t: TestDb;
 *     beforeEach(async () => { t = await createTestDb(name); });
 *     afterEach(async () => t.cleanup());
 *     it("...", async () => { await t.db.selectFrom("users")... });
 *   });
 */

export type TestDialect = "sqlite" | "postgres" | "postgres-pooled";

// Test-only settings, read here rather than in config.ts because the app itself never uses them.
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
const TEST_DATABASE_POOLED_URL = process.env.TEST_DATABASE_POOLED_URL?.trim() || undefined;
// The CA of the test server's certificate. pg verifies it for sslmode=require (as for Neon's public
// one), so a child server process must trust it too; Node reads NODE_EXTRA_CA_CERTS at start only.
const TEST_DATABASE_CA_FILE =
  process.env.TEST_DATABASE_CA_FILE?.trim() || process.env.NODE_EXTRA_CA_CERTS?.trim() || undefined;
const caEnv = (): Record<string, string> =>
  TEST_DATABASE_CA_FILE ? { NODE_EXTRA_CA_CERTS: TEST_DATABASE_CA_FILE } : {};

export function testDatabases(): { name: TestDialect }[] {
  const names: TestDialect[] = ["sqlite"];
  if (TEST_DATABASE_URL) names.push("postgres");
  if (TEST_DATABASE_URL && TEST_DATABASE_POOLED_URL) names.push("postgres-pooled");
  return names.map((name) => ({ name }));
}

export interface TestDb {
  name: TestDialect;
  /** The app's connection: SQLite file, direct PostgreSQL, or PostgreSQL through the pooler. */
  db: Db;
  /** Where migrations run: `db` itself, except a direct connection for postgres-pooled. */
  migrationDb: Db;
  /** postgres: the schema holding this test's tables (postgres-pooled has a database of its own). */
  schema?: string;
  /** The config.database value pointing at the same data (for buildApp or a second connection). */
  database: DatabaseConfig;
  /** The environment of a server process on the same data: DATABASE_URL, DATABASE_URL_UNPOOLED, the CA. */
  env: { DATABASE_URL: string } & Record<string, string>;
  /** Opens another, independent connection (pool) to the same data, migrated already. */
  connectAgain(): Db;
  cleanup(): Promise<void>;
}

/** A fresh, migrated database: a temp SQLite file, a new schema, or (pooled) a new database. */
export async function createTestDb(
  name: TestDialect = "sqlite",
  options: { migrate?: boolean } = {},
): Promise<TestDb> {
  const migrate = options.migrate ?? true;
  if (name === "sqlite") return createSqliteTestDb(migrate);
  if (!TEST_DATABASE_URL) throw new Error(`createTestDb('${name}') needs TEST_DATABASE_URL`);
  if (name === "postgres") return createSchemaTestDb(TEST_DATABASE_URL, migrate);
  if (!TEST_DATABASE_POOLED_URL)
    throw new Error("createTestDb('postgres-pooled') needs TEST_DATABASE_POOLED_URL");
  return createPooledTestDb(TEST_DATABASE_URL, TEST_DATABASE_POOLED_URL, migrate);
}

/** connectAgain, and the cleanup that closes what it opened along with the test's own connections. */
function extraConnections(open: () => Db) {
  const others: Db[] = [];
  return {
    connectAgain: () => {
      const other = open();
      others.push(other);
      return other;
    },
    destroyAll: async (...own: Db[]) => {
      for (const db of [...others, ...own]) await db.destroy();
    },
  };
}

async function createSqliteTestDb(migrate: boolean): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-test-"));
  const database = { dialect: "sqlite" as const, filename: path.join(dir, "test.sqlite") };
  const db = createDb({ database });
  if (migrate) await migrateToLatest(db);
  const extra = extraConnections(() => createDb({ database }));
  return {
    name: "sqlite",
    db,
    migrationDb: db,
    database,
    env: { DATABASE_URL: `sqlite:${database.filename}` },
    connectAgain: extra.connectAgain,
    cleanup: async () => {
      await extra.destroyAll(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const uniqueName = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;

async function withAdmin<T>(directUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: directUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * postgres: one schema per test in the shared test database, chosen with a `search_path` startup
 * parameter. Cheap, and fine on a direct connection; PgBouncer refuses that parameter.
 */
async function createSchemaTestDb(directUrl: string, migrate: boolean): Promise<TestDb> {
  const schema = uniqueName("t");
  await withAdmin(directUrl, (admin) => admin.query(`create schema ${schema}`));
  const database = { dialect: "postgres" as const, connectionString: directUrl };
  const open = () => createDb({ database }, { searchPath: schema, poolMax: 5 });
  const db = open();
  if (migrate) await migrateToLatest(db, { schema });
  const extra = extraConnections(open);
  const separator = directUrl.includes("?") ? "&" : "?";
  return {
    name: "postgres",
    db,
    migrationDb: db,
    schema,
    database,
    env: {
      DATABASE_URL: `${directUrl}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      ...caEnv(),
    },
    connectAgain: extra.connectAgain,
    cleanup: async () => {
      await extra.destroyAll(db);
      await withAdmin(directUrl, (admin) => admin.query(`drop schema if exists ${schema} cascade`));
    },
  };
}

/** The same server and credentials, another database. */
export function withDatabaseName(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The migrated template every pooled test database is copied from, named after the migrations'
 * source so a changed migration gets a new one. Built once per machine (an advisory lock on the
 * direct connection serialises test processes), and marked by a comment only once fully migrated,
 * so a run killed half-way is rebuilt rather than copied.
 */
const TEMPLATE = `katagen_tpl_${createHash("sha256")
  .update(
    Object.entries(migrations)
      .map(([n, m]) => `${n}\n${String(m.up)}\n${String(m.down)}`)
      .join("\n"),
  )
  .digest("hex")
  .slice(0, 12)}`;
const TEMPLATE_READY = "katagen test template: migrated";
let templateReady: Promise<void> | undefined;

function ensureTemplate(directUrl: string): Promise<void> {
  templateReady ??= withAdmin(directUrl, async (admin) => {
    await admin.query("select pg_advisory_lock(hashtext('katagen test template'))");
    try {
      const { rows } = await admin.query<{ ready: string | null }>(
        "select shobj_description(oid, 'pg_database') as ready from pg_database where datname = $1",
        [TEMPLATE],
      );
      if (rows[0]?.ready === TEMPLATE_READY) return;
      await admin.query(`drop database if exists ${TEMPLATE} with (force)`);
      await admin.query(`create database ${TEMPLATE}`);
      const db = createDb({
        database: { dialect: "postgres", connectionString: withDatabaseName(directUrl, TEMPLATE) },
      });
      try {
        await migrateToLatest(db);
      } finally {
        await db.destroy();
      }
      await admin.query(`comment on database ${TEMPLATE} is '${TEMPLATE_READY}'`);
    } finally {
      await admin.query("select pg_advisory_unlock(hashtext('katagen test template'))");
    }
  }).catch((error: unknown) => {
    templateReady = undefined;
    throw error;
  });
  return templateReady;
}

/**
 * postgres-pooled: the app reaches its data through PgBouncer in transaction mode, where no session
 * state survives between transactions, so neither a search_path startup parameter (refused) nor a
 * session SET (lost) can isolate tests. Each test gets a database of its own instead, copied from
 * the migrated template (~0.1 s here, less than migrating a schema) and dropped WITH (FORCE), which
 * also ends PgBouncer's server connections to it. PgBouncer's `*` entry reaches every database.
 */
async function createPooledTestDb(directUrl: string, pooledUrl: string, migrate: boolean): Promise<TestDb> {
  const name = uniqueName("katagen_t");
  if (migrate) await ensureTemplate(directUrl);
  await withAdmin(directUrl, (admin) =>
    admin.query(migrate ? `create database ${name} template ${TEMPLATE}` : `create database ${name}`),
  );
  const database = { dialect: "postgres" as const, connectionString: withDatabaseName(pooledUrl, name) };
  const direct = { dialect: "postgres" as const, connectionString: withDatabaseName(directUrl, name) };
  const open = () => createDb({ database }, { poolMax: 5 });
  const db = open();
  const migrationDb = createDb({ database: direct }, { poolMax: 1 });
  const extra = extraConnections(open);
  return {
    name: "postgres-pooled",
    db,
    migrationDb,
    database,
    env: {
      DATABASE_URL: database.connectionString,
      DATABASE_URL_UNPOOLED: direct.connectionString,
      ...caEnv(),
    },
    connectAgain: extra.connectAgain,
    cleanup: async () => {
      await extra.destroyAll(db, migrationDb);
      await withAdmin(directUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}
