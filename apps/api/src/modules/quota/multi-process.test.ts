/**
 * F1 across processes: two real API servers (`tsx src/server.ts`, the production entry point with
 * the built-in engine) on ONE database, hit concurrently over real loopback HTTP with local tokens.
 * Only the database can keep them from over-issuing.
 */
import fs from "node:fs";
import { freePort } from "../../testing/free-port";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config";
import { createTestDb, testDatabases, type TestDb } from "../../testing/test-db";
import { loadOrCreateLocalKey, type LocalKey } from "../auth/local-keys";
import { mintLocalToken } from "../auth/local-sign-in";
import { serverProcessEnv, startServerProcess, type ServerProcess } from "../../resilience/server-process";

const PUBLIC_URL = "http://localhost:3999";
const ROUNDS = 20;

describe.each(testDatabases())("F1 with two API processes on one $name database", ({ name }) => {
  let testDb: TestDb;
  let dataDir: string;
  let key: LocalKey;
  let servers: ServerProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    testDb = await createTestDb(name);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-2proc-"));
    // Both servers read the same signing key from DATA_DIR, so one token works on either.
    key = await loadOrCreateLocalKey(dataDir);
    env = serverProcessEnv({ databaseEnv: testDb.env, dataDir, publicUrl: PUBLIC_URL, quotaDailyLimit: 5 });
    servers = await Promise.all([
      startServerProcess(env, await freePort()),
      startServerProcess(env, await freePort()),
    ]);
  }, 60_000);

  afterAll(async () => {
    const codes = await Promise.all(servers.map((server) => server.stop()));
    expect(codes).toEqual([0, 0]);
    await testDb?.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it(`50 concurrent generates split across both servers against 5 remaining: exactly 5 succeed, ${ROUNDS} rounds`, async () => {
    const settings = loadConfig(env).auth;
    for (let round = 1; round <= ROUNDS; round++) {
      const userId = `user_twoproc${name.replace("-", "")}${round}`;
      const token = await mintLocalToken(key, settings, {
        sub: userId,
        azp: settings.issuer,
        nowS: Math.floor(Date.now() / 1000),
      });
      const responses = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const res = await fetch(`${servers[i % 2]!.origin}/api/generate-challenge`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify({ difficulty: "easy", language: "javascript" }),
          });
          return {
            status: res.status,
            type: res.headers.get("content-type"),
            body: (await res.json()) as { id?: string; type?: string },
          };
        }),
      );
      const statuses = responses.map((r) => r.status);
      expect(
        statuses.filter((s) => s === 201),
        `round ${round}: ${statuses.join(",")}`,
      ).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(45);
      for (const r of responses.filter((x) => x.status === 429)) {
        expect(r.type).toContain("application/problem+json");
        expect(r.body.type).toBe("https://katagen.dev/problems/quota-exceeded");
      }
      const quota = await testDb.db
        .selectFrom("quotas")
        .selectAll()
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow();
      const stored = await testDb.db
        .selectFrom("challenges")
        .select("id")
        .where("user_id", "=", userId)
        .execute();
      expect(quota.remaining).toBe(0);
      expect(stored).toHaveLength(5);
    }
  }, 180_000);
});
