/**
 * Neon scales an idle compute to zero; the next connection waits while it starts (typically a few
 * hundred ms, 1–2 s at worst). That wait must not fail a user's request: the pool's connect timeout
 * (4 s, db/create-db.ts) and /readyz's own check (3 s, modules/health/routes.ts) both cover it. A
 * loopback proxy in front of the database plays the sleeping compute: TCP connects at once, nothing
 * crosses for WAKE_UP_MS. Direct and through PgBouncer; needs TEST_DATABASE_URL (skipped, named so).
 */
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, testDatabases, type TestDb } from "../testing/test-db";
import { startOutageApp, type OutageApp, type Probe } from "./outage-harness";

const WAKE_UP_MS = 1500;
const postgresVariants = testDatabases().filter(({ name }) => name !== "sqlite");

describe.each(postgresVariants.length > 0 ? postgresVariants : [{ name: "postgres" as const }])(
  "a cold start of the database on $name",
  ({ name }) => {
    let target: OutageApp | undefined;
    let testDb: TestDb | undefined;
    afterEach(async () => {
      await target?.close();
      await testDb?.cleanup();
      target = undefined;
      testDb = undefined;
    });

    it.skipIf(postgresVariants.length === 0).each(["history", "generate", "readyz"] as const)(
      `the first request after ${WAKE_UP_MS} ms of wake-up answers 2xx, not 503: %s (needs TEST_DATABASE_URL)`,
      async (kind: Probe["kind"]) => {
        testDb = await createTestDb(name);
        const url = new URL(testDb.database.dialect === "postgres" ? testDb.database.connectionString : "");
        target = await startOutageApp({
          target: { host: url.hostname, port: Number(url.port || 5432) },
          connectionString: url.toString(),
          schema: testDb.schema,
          wakeUpMs: WAKE_UP_MS,
        });
        const first = await target.probe(kind, "user_coldstart");
        const at = `${kind} → ${first.status} after ${(first.doneAt - first.sentAt).toFixed(0)} ms: ${first.body.slice(0, 200)}`;
        expect(first.status, at).toBe(kind === "generate" ? 201 : 200);
        // The wake-up really was in the path, and the request, sent while the database still slept,
        // waited it out instead of failing. (The app's start-up sweep may have begun the wake-up.)
        expect(target.proxy.heldForWakeUp, at).toBeGreaterThan(0);
        expect(target.proxy.awakeAt, at).toBeGreaterThan(first.sentAt);
        expect(first.doneAt, at).toBeGreaterThan(target.proxy.awakeAt!);
        // Awake now: the next request needs no wait.
        const second = await target.probe("readyz", "user_coldstart");
        expect(second.status).toBe(200);
        expect(second.doneAt - second.sentAt).toBeLessThan(WAKE_UP_MS);
      },
      20_000,
    );
  },
);
