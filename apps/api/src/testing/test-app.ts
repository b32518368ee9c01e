import fs from "node:fs";
import { Writable } from "node:stream";
import { buildApp, type App, type AppDeps } from "../app";
import type { Config } from "../config";
import type { Clock } from "../db/time";
import { randomWebhookSecret } from "../modules/webhooks/clerk-fixtures";
import { createTestDb, type TestDb, type TestDialect } from "./test-db";
import { testConfig } from "./test-config";

/** Clerk mode refuses to start without a webhook secret; tests get a random one unless they set it
 *  ("" unsets it, which in local mode removes POST /webhooks/clerk). */
export const TEST_WEBHOOK_SECRET = randomWebhookSecret();

/** Collects the JSON log lines an app writes, for asserting what reaches (or never reaches) the logs. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void) {
    this.lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    callback();
  }
  get text(): string {
    return this.lines.join("\n");
  }
  records(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

export interface TestApp {
  app: App;
  config: Config;
  testDb: TestDb;
  logs: LogCapture;
  dataDir: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment, parsed by the real config loader. */
  env?: Record<string, string>;
  dialect?: TestDialect;
  clock?: Clock;
  /** Register extra routes/plugins before the app is made ready (e.g. test-only routes). */
  extend?: (app: App) => Promise<void> | void;
  /** Leave the app un-readied so the caller can still register routes. */
  ready?: boolean;
  /** More buildApp dependencies (test seams such as webhookBeforeCommit). */
  deps?: Omit<AppDeps, "db" | "logStream">;
}

/**
 * The real app over a fresh migrated database (SQLite temp file by default), a temp DATA_DIR and
 * captured logs at LOG_LEVEL=info unless overridden. Always call close().
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = testConfig("app", {
    LOG_LEVEL: "info",
    CLERK_WEBHOOK_SIGNING_SECRET: TEST_WEBHOOK_SECRET,
    ...options.env,
  });
  const testDb = await createTestDb(options.dialect ?? "sqlite");
  const logs = new LogCapture();
  const deps: AppDeps = { ...options.deps, db: testDb.db, logStream: logs };
  if (options.clock) deps.clock = options.clock;
  const app = await buildApp(config, deps);
  await options.extend?.(app);
  if (options.ready ?? true) await app.ready();
  return {
    app,
    config,
    testDb,
    logs,
    dataDir: config.dataDir,
    async close() {
      await app.close();
      await testDb.cleanup();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
