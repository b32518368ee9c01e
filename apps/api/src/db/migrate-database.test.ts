import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { createTestDb, testDatabases, type TestDb } from "../testing/test-db";
import { migrations } from "./migrate";
import { migrateDatabase, PoolerMigrationError } from "./migrate-database";

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NEON_POOLED = "postgresql://app:pw@ep-cool-darkness-a1b2c3d4-pooler.eu-central-1.aws.neon.tech/neondb";

/** `npm run migrate` as the API workspace runs it (tsx), with only `env` set. */
function runMigrateCli(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/db/migrate-cli.ts"], {
      cwd: API_DIR,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

describe("migrating through a transaction pooler", () => {
  it("is refused before connecting, naming DATABASE_URL_UNPOOLED", async () => {
    const config = loadConfig({ DATABASE_URL: NEON_POOLED, DATABASE_URL_UNPOOLED: NEON_POOLED });
    const attempt = migrateDatabase(config);
    await expect(attempt).rejects.toBeInstanceOf(PoolerMigrationError);
    await expect(attempt).rejects.toThrow(/DATABASE_URL_UNPOOLED/);
  });

  it("makes `npm run migrate` exit 1 with that message", async () => {
    const { code, output } = await runMigrateCli({
      DATABASE_URL: NEON_POOLED,
      DATABASE_URL_UNPOOLED: NEON_POOLED,
    });
    expect(code).toBe(1);
    expect(output).toMatch(
      /Could not migrate: refusing to migrate through the connection pooler ep-cool-darkness-a1b2c3d4-pooler\./,
    );
  }, 20_000);
});

// postgres-pooled only: its test database is a fresh database of its own. The direct variant's
// schemas share one database, where Kysely, without migrationTableSchema, would find another test's
// migration tables (test-db.ts passes the schema for that reason).
describe.each(testDatabases().filter(({ name }) => name === "postgres-pooled"))(
  "migrations on the direct URL of $name",
  ({ name }) => {
    let t: TestDb;
    afterEach(async () => t?.cleanup());

    it("two instances starting at once: the advisory lock lets one apply everything, the other finds nothing to do", async () => {
      t = await createTestDb(name, { migrate: false });
      // The config each instance would load: the app on DATABASE_URL (pooled for postgres-pooled),
      // migrations on DATABASE_URL_UNPOOLED.
      const config = loadConfig(t.env);
      expect(config.migrationDatabase).not.toEqual(config.database);
      const results = await Promise.all([migrateDatabase(config), migrateDatabase(config)]);
      expect(results.map((applied) => applied.length).sort()).toEqual([0, Object.keys(migrations).length]);
      // The app's own connection sees the migrated tables.
      expect(await t.db.selectFrom("users").select("id").execute()).toEqual([]);
    });
  },
);
