import { PROBLEM_CONTENT_TYPE } from "@katagen/contract";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../testing/test-db";
import {
  buildChallengeTestApp,
  failingGenerator,
  fakeQuestion,
  gatedGenerator,
  HOUR_MS,
  type ChallengeTestApp,
} from "../../testing/challenge-test-app";
import type { GenerateQuestion } from "../questions/question-source";
import { findGeneration, reserveGeneration, sweepExpiredLeases } from "./ledger";
import { findQuotaRow } from "./repo";

const DAY_MS = 24 * HOUR_MS;
const USER = "user_quota1";

let t: ChallengeTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function generate(
  app: ChallengeTestApp,
  userId = USER,
  body: Record<string, unknown> = { difficulty: "easy" },
) {
  return app.app.inject({
    method: "POST",
    url: "/api/generate-challenge",
    headers: await app.auth(userId),
    payload: body,
  });
}

async function counts(app: ChallengeTestApp, userId = USER) {
  const db = app.testDb.db;
  const challenges = await db.selectFrom("challenges").select("id").where("user_id", "=", userId).execute();
  const generations = await db
    .selectFrom("generations")
    .select(["status"])
    .where("user_id", "=", userId)
    .execute();
  const quota = await findQuotaRow(db, userId);
  return {
    challenges: challenges.length,
    succeeded: generations.filter((g) => g.status === "succeeded").length,
    failed: generations.filter((g) => g.status === "failed").length,
    pending: generations.filter((g) => g.status === "pending").length,
    remaining: quota?.remaining,
  };
}

describe.each(testDatabases())("quota on $name", ({ name }) => {
  it("F1: 50 concurrent generates against 5 remaining succeed exactly 5 times, 20 rounds in a row", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "5" } });
    for (let round = 1; round <= 20; round++) {
      // Each round opens a fresh window, so the reset inside the reserving statement races too.
      t.clock.advance(DAY_MS + 1);
      const headers = await t.auth(USER);
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          t!.app.inject({
            method: "POST",
            url: "/api/generate-challenge",
            headers,
            payload: { difficulty: "easy" },
          }),
        ),
      );
      const statuses = responses.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(45);
      const refused = responses.find((r) => r.statusCode === 429)!;
      expect(refused.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
      expect(refused.json()).toMatchObject({
        type: "https://katagen.dev/problems/quota-exceeded",
        status: 429,
      });
      expect(Number(refused.headers["retry-after"])).toBe(86400);
      expect(refused.headers["ratelimit-policy"]).toBe('"daily";q=5;w=86400');
      expect(refused.headers.ratelimit).toBe('"daily";r=0;t=86400');
      const after = await counts(t);
      expect(after).toMatchObject({ challenges: 5 * round, succeeded: 5 * round, pending: 0, remaining: 0 });
    }
  });

  it("a successful generate carries the daily RateLimit headers and GET /api/quota agrees", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "5" } });
    const before = await t.app.inject({ method: "GET", url: "/api/quota", headers: await t.auth(USER) });
    expect(before.statusCode).toBe(200);
    // No row yet: a full quota whose window would start now.
    expect(before.json()).toEqual({
      limit: 5,
      remaining: 5,
      lastResetAt: "2026-11-26T12:00:00.000Z",
      nextResetAt: "2026-11-27T12:00:00.000Z",
    });

    const first = await generate(t);
    expect(first.statusCode).toBe(201);
    expect(first.headers["ratelimit-policy"]).toBe('"daily";q=5;w=86400');
    expect(first.headers.ratelimit).toBe('"daily";r=4;t=86400');

    t.clock.advance(HOUR_MS);
    const quota = await t.app.inject({ method: "GET", url: "/api/quota", headers: await t.auth(USER) });
    expect(quota.json()).toEqual({
      limit: 5,
      remaining: 4,
      lastResetAt: "2026-11-26T12:00:00.000Z",
      nextResetAt: "2026-11-27T12:00:00.000Z",
    });
    expect(quota.headers["cache-control"]).toBe("no-store");
  });

  it("the window resets 24 hours after it started, with an injected clock", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "2" } });
    expect((await generate(t)).statusCode).toBe(201);
    t.clock.advance(6 * HOUR_MS);
    expect((await generate(t)).statusCode).toBe(201);
    t.clock.advance(6 * HOUR_MS);
    const refused = await generate(t);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe(String(12 * 3600));

    t.clock.advance(12 * HOUR_MS - 1000);
    const stillRefused = await generate(t);
    expect(stillRefused.statusCode).toBe(429);
    expect(stillRefused.headers["retry-after"]).toBe("1");

    t.clock.advance(1000);
    const fresh = await generate(t);
    expect(fresh.statusCode).toBe(201);
    expect(fresh.headers.ratelimit).toBe('"daily";r=1;t=86400');
    const quota = await t.app.inject({ method: "GET", url: "/api/quota", headers: await t.auth(USER) });
    expect(quota.json()).toMatchObject({ remaining: 1, lastResetAt: "2026-11-27T12:00:00.000Z" });
  });

  it("a quota of 0 refuses every generate", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "0" } });
    expect((await generate(t)).statusCode).toBe(429);
    t.clock.advance(DAY_MS * 2);
    expect((await generate(t)).statusCode).toBe(429);
    expect(await counts(t)).toMatchObject({ challenges: 0, remaining: 0 });
  });

  it("F2: a failing generator charges nothing and stores nothing", async () => {
    t = await buildChallengeTestApp({
      dialect: name,
      env: { QUOTA_DAILY_LIMIT: "5" },
      generator: failingGenerator,
    });
    for (let i = 0; i < 10; i++) {
      const res = await generate(t);
      expect(res.statusCode).toBe(503);
      expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.json()).toMatchObject({
        type: "https://katagen.dev/problems/generation-failed",
        status: 503,
      });
      expect(res.headers["retry-after"]).toBe("5");
      expect(res.body).not.toContain("upstream exploded");
    }
    expect(await counts(t)).toMatchObject({
      challenges: 0,
      succeeded: 0,
      failed: 10,
      pending: 0,
      remaining: 5,
    });
  });

  it("F2: with half the generations failing, units used = successes = stored challenges", async () => {
    let calls = 0;
    const flaky: GenerateQuestion = async (request) => {
      calls += 1;
      if (calls % 2 === 0) throw new Error("flaky upstream");
      return fakeQuestion(request);
    };
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "50" }, generator: flaky });
    const headers = await t.auth(USER);
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        t!.app.inject({
          method: "POST",
          url: "/api/generate-challenge",
          headers,
          payload: { difficulty: "medium" },
        }),
      ),
    );
    const successes = responses.filter((r) => r.statusCode === 201).length;
    expect(successes).toBe(15);
    expect(responses.filter((r) => r.statusCode === 503)).toHaveLength(15);
    const after = await counts(t);
    expect(50 - after.remaining!).toBe(successes);
    expect(after.challenges).toBe(successes);
    expect(after.succeeded).toBe(successes);
  });

  it("F2: a generation that overruns its timeout is refunded and answered 503", async () => {
    const never: GenerateQuestion = () => new Promise(() => undefined);
    t = await buildChallengeTestApp({
      dialect: name,
      env: { QUOTA_DAILY_LIMIT: "5" },
      generator: never,
      generation: { timeoutMs: 50, leaseMs: 60_000 },
    });
    const res = await generate(t);
    expect(res.statusCode).toBe(503);
    expect(res.json().detail).toMatch(/too long/);
    expect(await counts(t)).toMatchObject({ challenges: 0, failed: 1, pending: 0, remaining: 5 });
  });

  it("the sweeper refunds an expired lease exactly once, even when sweeps race", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "5" } });
    await t.app.inject({ method: "GET", url: "/api/me", headers: await t.auth(USER) });
    // A request that reserved and then died (crash, kill -9): its row stays pending.
    const reserved = await reserveGeneration(t.testDb.db, {
      userId: USER,
      limit: 5,
      now: t.clock.now(),
      leaseMs: 90_000,
      idempotencyKey: null,
      requestHash: "h",
    });
    if (reserved.kind !== "reserved") throw new Error("expected a reservation");
    expect((await findQuotaRow(t.testDb.db, USER))?.remaining).toBe(4);

    expect(await sweepExpiredLeases(t.testDb.db, t.clock.now())).toBe(0);
    t.clock.advance(90_001);
    // Postgres: a second pool, as another process would have. SQLite: better-sqlite3 is synchronous, so a
    // second connection in the same thread would spin on the lock the first holds across an await; the
    // cross-process SQLite case is covered by the two-server test.
    const other = name !== "sqlite" ? t.testDb.connectAgain() : t.testDb.db;
    const refunds = await Promise.all([
      sweepExpiredLeases(t.testDb.db, t.clock.now()),
      sweepExpiredLeases(other, t.clock.now()),
      sweepExpiredLeases(t.testDb.db, t.clock.now()),
    ]);
    expect(refunds.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sweepExpiredLeases(t.testDb.db, t.clock.now())).toBe(0);
    expect((await findQuotaRow(t.testDb.db, USER))?.remaining).toBe(5);
    expect((await findGeneration(t.testDb.db, reserved.generation.id))?.status).toBe("failed");
  });

  it("a refund never lands in a newer window than the one it was taken from", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "5" } });
    await t.app.inject({ method: "GET", url: "/api/me", headers: await t.auth(USER) });
    const stale = await reserveGeneration(t.testDb.db, {
      userId: USER,
      limit: 5,
      now: t.clock.now(),
      leaseMs: 90_000,
      idempotencyKey: null,
      requestHash: "h",
    });
    expect(stale.kind).toBe("reserved");
    t.clock.advance(DAY_MS + HOUR_MS);
    expect((await generate(t)).statusCode).toBe(201); // opens a new window: 4 left
    expect(await sweepExpiredLeases(t.testDb.db, t.clock.now())).toBe(1);
    expect((await findQuotaRow(t.testDb.db, USER))?.remaining).toBe(4);
  });

  it("the app sweeps expired leases when it starts", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "5" } });
    await t.app.inject({ method: "GET", url: "/api/me", headers: await t.auth(USER) });
    await reserveGeneration(t.testDb.db, {
      userId: USER,
      limit: 5,
      now: new Date(t.clock.now().getTime() - 10 * 60_000),
      leaseMs: 90_000,
      idempotencyKey: null,
      requestHash: "h",
    });
    expect((await findQuotaRow(t.testDb.db, USER))?.remaining).toBe(4);
    // A second app over the same database, as after a restart.
    const restarted = await buildChallengeTestApp({ testDb: t.testDb, clock: t.clock });
    try {
      await expect.poll(async () => (await findQuotaRow(t!.testDb.db, USER))?.remaining).toBe(5);
    } finally {
      await restarted.close();
    }
  });
});

describe("a generation that outlives its lease", () => {
  it("is discarded with a 503 once the sweeper has refunded it: units used always equal challenges stored", async () => {
    const gate = gatedGenerator();
    t = await buildChallengeTestApp({
      env: { QUOTA_DAILY_LIMIT: "5" },
      generator: gate.generate,
      generation: { timeoutMs: 60_000, leaseMs: 90_000 },
    });
    const pending = generate(t);
    await expect.poll(() => gate.calls).toBe(1);
    t.clock.advance(90_001);
    expect(await sweepExpiredLeases(t.testDb.db, t.clock.now())).toBe(1);
    gate.releaseAll();
    const res = await pending;
    expect(res.statusCode).toBe(503);
    expect(res.json().detail).toMatch(/not charged/);
    expect(await counts(t)).toMatchObject({
      challenges: 0,
      succeeded: 0,
      failed: 1,
      pending: 0,
      remaining: 5,
    });
  });
});
