import { PROBLEM_CONTENT_TYPE, type Challenge, type HistoryPage } from "@katagen/contract";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../testing/test-db";
import { buildChallengeTestApp, type ChallengeTestApp } from "../../testing/challenge-test-app";

const ALICE = "user_alice1";
const BOB = "user_bob1";

let t: ChallengeTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function call(userId: string, method: "GET" | "POST", url: string, payload?: object) {
  return t!.app.inject({
    method,
    url,
    headers: await t!.auth(userId),
    ...(payload === undefined ? {} : { payload }),
  });
}

async function generate(
  userId: string,
  body: Record<string, unknown> = { difficulty: "easy" },
): Promise<Challenge> {
  const res = await call(userId, "POST", "/api/generate-challenge", body);
  expect(res.statusCode).toBe(201);
  return res.json() as Challenge;
}

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers["content-type"])).toContain(PROBLEM_CONTENT_TYPE);
  expect(res.json()).toMatchObject({ status });
}

describe.each(testDatabases())("challenges API on $name", ({ name }) => {
  it("POST /api/generate-challenge answers 201 with a challenge that carries no answer key", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const res = await call(ALICE, "POST", "/api/generate-challenge", {
      difficulty: "medium",
      language: "python",
      topic: "generators",
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      difficulty: "medium",
      language: "python",
      topic: "generators",
      verified: true,
      source: "offline",
    });
    expect(body.options).toHaveLength(4);
    for (const secret of ["correctChoice", "correctIndex", "explanation", "optionExplanations", "answer"]) {
      expect(body).not.toHaveProperty(secret);
    }
    expect(res.body).not.toContain("1 + 1 is 2.");
  });

  it("defaults to javascript and a topic seeded from the generation id", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const catalog = (await t.app.inject({ method: "GET", url: "/api/catalog" })).json();
    const jsTopics = catalog.languages
      .find((l: { id: string }) => l.id === "javascript")
      .topics.map((x: { id: string }) => x.id);
    const topics = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const c = await generate(ALICE);
      expect(c.language).toBe("javascript");
      expect(jsTopics).toContain(c.topic);
      topics.add(c.topic);
    }
    expect(topics.size).toBeGreaterThan(1);
  });

  it("GET /api/catalog is public and lists languages, topics and difficulties from the engine", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const res = await t.app.inject({ method: "GET", url: "/api/catalog" });
    expect(res.statusCode).toBe(200);
    const catalog = res.json();
    expect(catalog.difficulties).toEqual(["easy", "medium", "hard"]);
    expect(catalog.languages.map((l: { id: string }) => l.id)).toEqual(
      expect.arrayContaining(["javascript", "python"]),
    );
    expect(res.headers["cache-control"]).toBe("public, max-age=300");
  });

  it("unknown language, topic or difficulty answers 400 naming the valid values, and charges nothing", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "3" } });
    const badTopic = await call(ALICE, "POST", "/api/generate-challenge", {
      difficulty: "easy",
      language: "javascript",
      topic: "quantum-physics",
    });
    expectProblem(badTopic, 400);
    expect(badTopic.json().detail).toMatch(/Valid topics: .*arrays/);
    const badLanguage = await call(ALICE, "POST", "/api/generate-challenge", {
      difficulty: "easy",
      language: "cobol",
    });
    expectProblem(badLanguage, 400);
    expect(badLanguage.json().detail).toMatch(/javascript/);
    const badDifficulty = await call(ALICE, "POST", "/api/generate-challenge", { difficulty: "impossible" });
    expectProblem(badDifficulty, 400);
    expect(badDifficulty.json().detail).toMatch(/easy/);
    const quota = await call(ALICE, "GET", "/api/quota");
    expect(quota.json().remaining).toBe(3);
  });

  it.each([
    ["no body", undefined],
    ["an empty object", {}],
    ["an unknown field", { difficulty: "easy", admin: true }],
    ["a number difficulty", { difficulty: 3 }],
    ["an upper-case topic", { difficulty: "easy", topic: "Arrays" }],
    ["an array", [1, 2]],
  ])("POST /api/generate-challenge with %s answers 400 problem+json", async (_label, payload) => {
    t = await buildChallengeTestApp({ dialect: name });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/generate-challenge",
      headers: { ...(await t.auth(ALICE)), "content-type": "application/json" },
      ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
    });
    expectProblem(res, 400);
  });

  it("every route needs a signed-in user except the catalog", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const id = "019ac0de-7a51-7c3e-9f1a-2b3c4d5e6f70";
    for (const [method, url] of [
      ["POST", "/api/generate-challenge"],
      ["GET", "/api/quota"],
      ["GET", `/api/challenges/${id}`],
      ["POST", `/api/challenges/${id}/answer`],
      ["GET", "/api/my-history"],
      ["GET", "/api/stats"],
    ] as const) {
      const res = await t.app.inject({ method, url, ...(method === "POST" ? { payload: {} } : {}) });
      expectProblem(res, 401);
    }
  });

  it("POST /api/challenges/:id/answer records the first answer and returns it unchanged afterwards", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const c = await generate(ALICE);
    const first = await call(ALICE, "POST", `/api/challenges/${c.id}/answer`, { choice: 0 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      correct: false,
      choice: 0,
      correctChoice: 1,
      explanation: "1 + 1 is 2.",
      optionExplanations: [
        "String concatenation needs a string.",
        "Right.",
        "Both operands are defined.",
        "Both are numbers.",
      ],
      answeredAt: "2026-11-26T12:00:00.000Z",
    });
    t.clock.advance(60_000);
    const again = await call(ALICE, "POST", `/api/challenges/${c.id}/answer`, { choice: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());

    const concurrent = await Promise.all(
      [0, 1, 2, 3].map(async (choice) => {
        const other = await generate(ALICE);
        return Promise.all([
          call(ALICE, "POST", `/api/challenges/${other.id}/answer`, { choice }),
          call(ALICE, "POST", `/api/challenges/${other.id}/answer`, { choice: (choice + 1) % 4 }),
        ]);
      }),
    );
    for (const [a, b] of concurrent) expect(a!.json()).toEqual(b!.json());
  });

  it("GET /api/challenges/:id returns the challenge, and its answer once answered", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const c = await generate(ALICE);
    const before = await call(ALICE, "GET", `/api/challenges/${c.id}`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual(c);
    await call(ALICE, "POST", `/api/challenges/${c.id}/answer`, { choice: 1 });
    const after = await call(ALICE, "GET", `/api/challenges/${c.id}`);
    expect(after.json()).toMatchObject({ ...c, answer: { correct: true, choice: 1, correctChoice: 1 } });
  });

  it.each([
    ["a choice out of range", { choice: 4 }],
    ["a negative choice", { choice: -1 }],
    ["a fractional choice", { choice: 1.5 }],
    ["a string choice", { choice: "1" }],
    ["no choice", {}],
  ])("answering with %s answers 400", async (_label, payload) => {
    t = await buildChallengeTestApp({ dialect: name });
    const c = await generate(ALICE);
    expectProblem(await call(ALICE, "POST", `/api/challenges/${c.id}/answer`, payload), 400);
    expect((await call(ALICE, "GET", `/api/challenges/${c.id}`)).json()).not.toHaveProperty("answer");
  });

  it("F9: another user's challenge is 404 on every route, and lists hold only the caller's rows", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const alices = [await generate(ALICE), await generate(ALICE)];
    const bobs = await generate(BOB);
    await call(ALICE, "POST", `/api/challenges/${alices[0]!.id}/answer`, { choice: 1 });

    for (const c of alices) {
      expectProblem(await call(BOB, "GET", `/api/challenges/${c.id}`), 404);
      expectProblem(await call(BOB, "POST", `/api/challenges/${c.id}/answer`, { choice: 1 }), 404);
    }
    // Bob's 404 must not have recorded anything on Alice's challenge.
    expect((await call(ALICE, "GET", `/api/challenges/${alices[1]!.id}`)).json()).not.toHaveProperty(
      "answer",
    );

    const bobHistory = (await call(BOB, "GET", "/api/my-history")).json() as HistoryPage;
    expect(bobHistory.items.map((i) => i.id)).toEqual([bobs.id]);
    const aliceHistory = (await call(ALICE, "GET", "/api/my-history")).json() as HistoryPage;
    expect(aliceHistory.items.map((i) => i.id).sort()).toEqual(alices.map((c) => c.id).sort());
    const bobStats = (await call(BOB, "GET", "/api/stats")).json();
    expect(bobStats).toMatchObject({ totalChallenges: 1, overall: { answered: 0 } });
  });

  it.each([
    "not-a-uuid",
    "1",
    "..%2F..%2Fetc",
    "%00",
    "019AC0DE-7A51-7C3E-9F1A-2B3C4D5E6F70",
    "' or 1=1 --",
    "x".repeat(64),
  ])("a malformed challenge id (%s) answers 404, never 500", async (id) => {
    t = await buildChallengeTestApp({ dialect: name });
    expectProblem(await call(ALICE, "GET", `/api/challenges/${id}`), 404);
    expectProblem(await call(ALICE, "POST", `/api/challenges/${id}/answer`, { choice: 0 }), 404);
  });

  it("GET /api/my-history pages newest first and stays stable while new challenges arrive", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "100" } });
    const made: Challenge[] = [];
    for (let i = 0; i < 7; i++) {
      made.push(await generate(ALICE));
      // Two challenges share each timestamp: the id breaks the tie.
      if (i % 2 === 1) t.clock.advance(1000);
    }
    const newestFirst = [...made].reverse().map((c) => c.id);

    const page1 = (await call(ALICE, "GET", "/api/my-history?limit=3")).json() as HistoryPage;
    expect(page1.items.map((i) => i.id)).toEqual(newestFirst.slice(0, 3));
    expect(page1.nextCursor).toEqual(expect.any(String));

    // New challenges arrive between pages; they must not shift or repeat what follows.
    t.clock.advance(1000);
    await generate(ALICE);
    await generate(ALICE);

    const page2 = (
      await call(ALICE, "GET", `/api/my-history?limit=3&cursor=${page1.nextCursor}`)
    ).json() as HistoryPage;
    expect(page2.items.map((i) => i.id)).toEqual(newestFirst.slice(3, 6));
    const page3 = (
      await call(ALICE, "GET", `/api/my-history?limit=3&cursor=${page2.nextCursor}`)
    ).json() as HistoryPage;
    expect(page3.items.map((i) => i.id)).toEqual(newestFirst.slice(6));
    expect(page3.nextCursor).toBeNull();
  });

  it("GET /api/my-history filters by difficulty, language, topic and status, and carries answers", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const easyJs = await generate(ALICE, { difficulty: "easy", language: "javascript", topic: "arrays" });
    const hardPy = await generate(ALICE, { difficulty: "hard", language: "python", topic: "generators" });
    const mediumJs = await generate(ALICE, {
      difficulty: "medium",
      language: "javascript",
      topic: "strings",
    });
    await call(ALICE, "POST", `/api/challenges/${easyJs.id}/answer`, { choice: 1 });
    await call(ALICE, "POST", `/api/challenges/${hardPy.id}/answer`, { choice: 2 });
    const ids = async (query: string) =>
      ((await call(ALICE, "GET", `/api/my-history?${query}`)).json() as HistoryPage).items.map((i) => i.id);

    expect(await ids("difficulty=hard")).toEqual([hardPy.id]);
    expect(await ids("language=javascript")).toEqual([mediumJs.id, easyJs.id]);
    expect(await ids("topic=strings")).toEqual([mediumJs.id]);
    expect(await ids("status=right")).toEqual([easyJs.id]);
    expect(await ids("status=wrong")).toEqual([hardPy.id]);
    expect(await ids("status=unanswered")).toEqual([mediumJs.id]);
    expect(await ids("language=javascript&status=unanswered")).toEqual([mediumJs.id]);

    const page = (await call(ALICE, "GET", "/api/my-history")).json() as HistoryPage;
    const answered = page.items.find((i) => i.id === easyJs.id)!;
    expect(answered.answer).toMatchObject({
      correct: true,
      choice: 1,
      correctChoice: 1,
      explanation: "1 + 1 is 2.",
    });
    expect(page.items.find((i) => i.id === mediumJs.id)!.answer).toBeNull();
  });

  it.each([
    ["limit=0"],
    ["limit=101"],
    ["limit=abc"],
    ["status=maybe"],
    ["difficulty=legendary"],
    ["cursor=not-a-cursor"],
    [`cursor=${Buffer.from('["2026-01-01T00:00:00.000Z","x"]').toString("base64url")}`],
  ])("GET /api/my-history?%s answers 400", async (query) => {
    t = await buildChallengeTestApp({ dialect: name });
    expectProblem(await call(ALICE, "GET", `/api/my-history?${query}`), 400);
  });
});

describe("OpenAPI for the challenge routes", () => {
  it("documents every route with tags, schemas and examples", async () => {
    t = await buildChallengeTestApp();
    const doc = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    const expectations: [string, string, string][] = [
      ["/api/catalog", "get", "catalog"],
      ["/api/quota", "get", "quota"],
      ["/api/generate-challenge", "post", "challenges"],
      ["/api/challenges/{id}", "get", "challenges"],
      ["/api/challenges/{id}/answer", "post", "challenges"],
      ["/api/my-history", "get", "history"],
      ["/api/stats", "get", "history"],
    ];
    for (const [path, method, tag] of expectations) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op.tags).toEqual([tag]);
      expect(JSON.stringify(op.responses)).toMatch(/"examples?":/);
    }
    const generate = doc.paths["/api/generate-challenge"].post;
    expect(generate.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toContain(
      "header:idempotency-key",
    );
    expect(Object.keys(generate.responses)).toEqual(
      expect.arrayContaining(["201", "400", "401", "409", "422", "429", "503"]),
    );
    expect(JSON.stringify(generate.requestBody)).toMatch(/"examples?":/);
    expect(doc.paths["/api/my-history"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["limit", "cursor", "difficulty", "language", "topic", "status"]),
    );
  });
});
