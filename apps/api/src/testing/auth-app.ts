/**
 * Builds the real app for auth tests: in-memory SQLite (migrated), silent logs, and the given
 * environment parsed by the real config loader, so tests exercise exactly what production runs.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp, type App } from "../app";
import { loadConfig } from "../config";
import { createDb, type Db } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { TEST_WEBHOOK_SECRET } from "./test-app";

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
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "katagen-auth-")));
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: dataDir,
    DATABASE_URL: ":memory:",
    CLERK_WEBHOOK_SIGNING_SECRET: TEST_WEBHOOK_SECRET,
    ...env,
  });
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
