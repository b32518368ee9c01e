/**
 * Builds the real app for auth tests: in-memory SQLite (migrated), silent logs, and the given
 * environment parsed by the real config loader (through testConfig, like every test app), so tests
 * exercise exactly what production runs.
 */
import { rm } from "node:fs/promises";
import { buildApp, type App } from "../app";
import { createDb, type Db } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { TEST_WEBHOOK_SECRET } from "./test-app";
import { testConfig } from "./test-config";

export interface AuthTestApp {
  app: App;
  db: Db;
  dataDir: string;
  close(): Promise<void>;
}

export async function buildAuthTestApp(
  env: Record<string, string>,
  options: { dataDir?: string } = {},
): Promise<AuthTestApp> {
  const ownDir = options.dataDir === undefined;
  const config = testConfig("auth", {
    LOG_LEVEL: "silent",
    DATA_DIR: options.dataDir,
    DATABASE_URL: ":memory:",
    CLERK_WEBHOOK_SIGNING_SECRET: TEST_WEBHOOK_SECRET,
    ...env,
  });
  const dataDir = config.dataDir;
  const db = createDb(config);
  await migrateToLatest(db);
  const app = await buildApp(config, { db });
  await app.ready();
  return {
    app,
    db,
    dataDir,
    async close() {
      await app.close();
      await db.destroy();
      if (ownDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
