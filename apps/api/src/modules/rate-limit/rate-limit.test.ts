import { PROBLEM_CONTENT_TYPE } from "@katagen/contract";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../testing/test-db";
import { buildChallengeTestApp, type ChallengeTestApp } from "../../testing/challenge-test-app";
import { findQuotaRow } from "../quota/repo";

const USER = "user_rate1";

const apps: ChallengeTestApp[] = [];
afterEach(async () => {
  // Close in reverse: an app sharing another's database closes before the owner drops it.
  for (const app of apps.splice(0).reverse()) await app.close();
});

async function generate(app: ChallengeTestApp, userId = USER) {
  return app.app.inject({
    method: "POST",
    url: "/api/generate-challenge",
    headers: await app.auth(userId),
    payload: { difficulty: "easy" },
  });
}

describe.each(testDatabases())("per-minute rate limit on generate, $name", ({ name }) => {
  it("answers 429 with Retry-After and minute RateLimit headers past the limit, without charging the quota", async () => {
    const t = await buildChallengeTestApp({
      dialect: name,
      env: { RATE_LIMIT_GENERATE_PER_MINUTE: "3", QUOTA_DAILY_LIMIT: "50" },
    });
    apps.push(t);
    t.clock.advance(15_000); // 12:00:15, 45 s before the window ends
    const ok = [await generate(t), await generate(t), await generate(t)];
    expect(ok.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(ok[0]!.headers["ratelimit-policy"]).toBe('"daily";q=50;w=86400, "minute";q=3;w=60');
    expect(ok[0]!.headers.ratelimit).toBe('"daily";r=49;t=86400, "minute";r=2;t=45');
    expect(ok[2]!.headers.ratelimit).toBe('"daily";r=47;t=86400, "minute";r=0;t=45');

    const limited = await generate(t);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
    expect(limited.json()).toMatchObject({
      type: "https://katagen.dev/problems/rate-limited",
      status: 429,
      "violated-policies": ["minute"],
    });
    expect(limited.headers["retry-after"]).toBe("45");
    expect(limited.headers["ratelimit-policy"]).toBe('"minute";q=3;w=60');
    expect(limited.headers.ratelimit).toBe('"minute";r=0;t=45');
    expect((await findQuotaRow(t.testDb.db, USER))?.remaining).toBe(47);

    // Other users have their own bucket.
    expect((await generate(t, "user_rate2")).statusCode).toBe(201);

    t.clock.advance(45_000);
    expect((await generate(t)).statusCode).toBe(201);
  });

  it("holds across two app instances on one database, under concurrency", async () => {
    const a = await buildChallengeTestApp({ dialect: name, env: { RATE_LIMIT_GENERATE_PER_MINUTE: "5" } });
    apps.push(a);
    // Postgres: an independent pool, as a second process would have (SQLite's two-process case is
    // in the multi-process suite: two connections in one thread would block each other).
    const shared = name !== "sqlite" ? { ...a.testDb, db: a.testDb.connectAgain() } : a.testDb;
    const b = await buildChallengeTestApp({
      dialect: name,
      env: { RATE_LIMIT_GENERATE_PER_MINUTE: "5" },
      testDb: shared,
      clock: a.clock,
    });
    apps.push(b);
    const [ha, hb] = [await a.auth(USER), await b.auth(USER)];
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? b : a).app.inject({
          method: "POST",
          url: "/api/generate-challenge",
          headers: i % 2 ? hb : ha,
          payload: { difficulty: "easy" },
        }),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(5);
    expect(responses.filter((r) => r.statusCode === 429)).toHaveLength(15);
  });

  it("RATE_LIMIT_GENERATE_PER_MINUTE=0 turns the limit off", async () => {
    const t = await buildChallengeTestApp({
      dialect: name,
      env: { RATE_LIMIT_GENERATE_PER_MINUTE: "0", QUOTA_DAILY_LIMIT: "20" },
    });
    apps.push(t);
    const headers = await t.auth(USER);
    const responses = await Promise.all(
      Array.from({ length: 15 }, () =>
        t.app.inject({
          method: "POST",
          url: "/api/generate-challenge",
          headers,
          payload: { difficulty: "easy" },
        }),
      ),
    );
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    expect(responses[0]!.headers["ratelimit-policy"]).toBe('"daily";q=20;w=86400');
  });
});
