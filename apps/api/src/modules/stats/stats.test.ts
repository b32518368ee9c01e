import type { Challenge, Stats } from "@katagen/contract";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../testing/test-db";
import { buildChallengeTestApp, HOUR_MS, type ChallengeTestApp } from "../../testing/challenge-test-app";
import { streaks } from "./service";

const USER = "user_stats1";
const DAY_MS = 24 * HOUR_MS;

describe("streaks", () => {
  it("counts the current streak through yesterday when today has no answer yet", () => {
    expect(streaks(["2026-11-23", "2026-11-24", "2026-11-25"], "2026-11-26")).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it("includes today, and breaks on a missed day", () => {
    expect(
      streaks(
        ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-24", "2026-11-25", "2026-11-26"],
        "2026-11-26",
      ),
    ).toEqual({
      current: 3,
      longest: 3,
    });
    expect(
      streaks(["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-26"], "2026-11-26"),
    ).toEqual({
      current: 1,
      longest: 4,
    });
  });

  it("is zero once two days pass without an answer, and crosses month ends", () => {
    expect(streaks(["2026-11-23", "2026-11-24"], "2026-11-26")).toEqual({ current: 0, longest: 2 });
    expect(streaks(["2026-10-30", "2026-10-31", "2026-11-01"], "2026-11-02")).toEqual({
      current: 3,
      longest: 3,
    });
    expect(streaks([], "2026-11-26")).toEqual({ current: 0, longest: 0 });
  });
});

let t: ChallengeTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function call(method: "GET" | "POST", url: string, payload?: object) {
  return t!.app.inject({ method, url, headers: await t!.auth(USER), ...(payload ? { payload } : {}) });
}

async function generateAndAnswer(body: object, choice: number | null): Promise<Challenge> {
  const c = (await call("POST", "/api/generate-challenge", body)).json() as Challenge;
  if (choice !== null) await call("POST", `/api/challenges/${c.id}/answer`, { choice });
  return c;
}

describe.each(testDatabases())("GET /api/stats on $name", ({ name }) => {
  it("a new user has zero everywhere and 30 empty days of activity", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const res = await call("GET", "/api/stats");
    expect(res.statusCode).toBe(200);
    const stats = res.json() as Stats;
    expect(stats).toMatchObject({
      totalChallenges: 0,
      overall: { answered: 0, correct: 0, accuracy: 0 },
      byDifficulty: {},
      byTopic: {},
      byLanguageTopic: {},
      currentStreak: 0,
      longestStreak: 0,
    });
    expect(stats.activity).toHaveLength(30);
    expect(stats.activity[0]!.date).toBe("2026-10-28");
    expect(stats.activity[29]).toEqual({ date: "2026-11-26", answered: 0, correct: 0 });
  });

  it("reports accuracy by difficulty, language and topic, streaks and daily activity", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "100" } });
    t.clock.set("2026-11-20T10:00:00.000Z");
    // The fake generator's key is option 1.
    await generateAndAnswer({ difficulty: "easy", language: "javascript", topic: "arrays" }, 1);
    await generateAndAnswer({ difficulty: "easy", language: "javascript", topic: "arrays" }, 0);
    t.clock.advance(DAY_MS); // 11-21
    await generateAndAnswer({ difficulty: "hard", language: "python", topic: "generators" }, 1);
    t.clock.advance(3 * DAY_MS); // 11-24
    await generateAndAnswer({ difficulty: "easy", language: "python", topic: "generators" }, 1);
    t.clock.set("2026-11-25T23:59:59.999Z"); // the last instant of 11-25 (UTC) still counts for that day
    await generateAndAnswer({ difficulty: "medium", language: "javascript", topic: "strings" }, 3);
    await generateAndAnswer({ difficulty: "medium", language: "javascript", topic: "strings" }, null);
    t.clock.set("2026-11-26T08:00:00.000Z");

    const stats = (await call("GET", "/api/stats")).json() as Stats;
    expect(stats.totalChallenges).toBe(6);
    expect(stats.overall).toEqual({ answered: 5, correct: 3, accuracy: 0.6 });
    expect(stats.byDifficulty).toEqual({
      easy: { answered: 3, correct: 2, accuracy: 2 / 3 },
      hard: { answered: 1, correct: 1, accuracy: 1 },
      medium: { answered: 1, correct: 0, accuracy: 0 },
    });
    expect(stats.byLanguage).toEqual({
      javascript: { answered: 3, correct: 1, accuracy: 1 / 3 },
      python: { answered: 2, correct: 2, accuracy: 1 },
    });
    expect(stats.byTopic.generators).toEqual({ answered: 2, correct: 2, accuracy: 1 });
    expect(stats.byTopic.strings).toEqual({ answered: 1, correct: 0, accuracy: 0 });
    expect(stats.byLanguageTopic).toEqual({
      javascript: {
        arrays: { answered: 2, correct: 1, accuracy: 0.5 },
        strings: { answered: 1, correct: 0, accuracy: 0 },
      },
      python: { generators: { answered: 2, correct: 2, accuracy: 1 } },
    });
    // 11-24 and 11-25 answered, today (11-26) not yet: the streak still stands.
    expect(stats.currentStreak).toBe(2);
    expect(stats.longestStreak).toBe(2);
    const day = (date: string) => stats.activity.find((a) => a.date === date);
    expect(day("2026-11-20")).toEqual({ date: "2026-11-20", answered: 2, correct: 1 });
    expect(day("2026-11-22")).toEqual({ date: "2026-11-22", answered: 0, correct: 0 });
    expect(day("2026-11-25")).toEqual({ date: "2026-11-25", answered: 1, correct: 0 });
    expect(stats.activity.at(-1)!.date).toBe("2026-11-26");
  });
  it("keeps a topic id that two languages share apart per language, and still merges it in byTopic", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "100" } });
    // The fake generator's key is option 1.
    await generateAndAnswer({ difficulty: "easy", language: "javascript", topic: "recursion" }, 1);
    await generateAndAnswer({ difficulty: "hard", language: "javascript", topic: "recursion" }, 1);
    await generateAndAnswer({ difficulty: "easy", language: "python", topic: "recursion" }, 0);
    await generateAndAnswer({ difficulty: "easy", language: "python", topic: "generators" }, 1);
    await generateAndAnswer({ difficulty: "easy", language: "python", topic: "recursion" }, null);

    // Through the HTTP response, so the serializer (which encodes through the schema) keeps the field.
    const res = await call("GET", "/api/stats");
    expect(res.statusCode).toBe(200);
    const stats = res.json() as Stats;
    expect(stats.byLanguageTopic).toEqual({
      javascript: { recursion: { answered: 2, correct: 2, accuracy: 1 } },
      python: {
        recursion: { answered: 1, correct: 0, accuracy: 0 },
        generators: { answered: 1, correct: 1, accuracy: 1 },
      },
    });
    expect(stats.byTopic.recursion).toEqual({ answered: 3, correct: 2, accuracy: 2 / 3 });
    expect(stats.byLanguage.python).toEqual({ answered: 2, correct: 1, accuracy: 0.5 });
  });
});
