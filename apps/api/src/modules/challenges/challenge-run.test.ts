import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, type Challenge, type ChallengeRun } from "@katagen/contract";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../testing/test-db";
import { buildChallengeTestApp, fakeQuestion, type ChallengeTestApp } from "../../testing/challenge-test-app";
import { deleteUserData } from "../webhooks/repo";

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

async function generate(userId: string): Promise<Challenge> {
  const res = await call(userId, "POST", "/api/generate-challenge", { difficulty: "easy" });
  expect(res.statusCode).toBe(201);
  return res.json() as Challenge;
}

// The fake question's program is `console.log(1 + 1)`; its run is recorded by the real sandbox.
const FAKE_RUN: ChallengeRun = {
  trace: {
    language: "javascript",
    code: "console.log(1 + 1)",
    steps: [{ line: 1, output: "2\n", values: [], queue: "sync" }],
  },
};

describe.each(testDatabases())("GET /api/challenges/:id/run on $name", ({ name }) => {
  it("is a 409 problem before an answer, and neither it nor the challenge shows the run", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const challenge = await generate(ALICE);
    const res = await call(ALICE, "GET", `/api/challenges/${challenge.id}/run`);
    expect(res.statusCode).toBe(409);
    expect(String(res.headers["content-type"])).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.json()).toMatchObject({ status: 409, type: PROBLEM_TYPES.notAnswered });
    expect(res.body).not.toContain("steps");
    const detail = await call(ALICE, "GET", `/api/challenges/${challenge.id}`);
    expect(detail.json()).not.toHaveProperty("trace");
    expect(detail.body).not.toContain("steps");
    // Nothing was recorded for it either.
    expect(await t.testDb.db.selectFrom("challenge_runs").selectAll().execute()).toEqual([]);
  });

  it("after an answer returns the recorded run, stores it, and serves the stored one afterwards", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const challenge = await generate(ALICE);
    const answer = await call(ALICE, "POST", `/api/challenges/${challenge.id}/answer`, { choice: 0 });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).not.toHaveProperty("trace");

    const res = await call(ALICE, "GET", `/api/challenges/${challenge.id}/run`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(FAKE_RUN);

    const rows = await t.testDb.db.selectFrom("challenge_runs").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ challenge_id: challenge.id, recorded_at: "2026-11-26T12:00:00.000Z" });
    expect(JSON.parse(rows[0]!.trace)).toEqual(FAKE_RUN.trace);

    // Served from storage, not run again: an edited row comes back as it is.
    const edited = { ...FAKE_RUN.trace!, steps: [{ ...FAKE_RUN.trace!.steps[0]!, output: "stored\n" }] };
    await t.testDb.db
      .updateTable("challenge_runs")
      .set({ trace: JSON.stringify(edited) })
      .where("challenge_id", "=", challenge.id)
      .execute();
    expect((await call(ALICE, "GET", `/api/challenges/${challenge.id}/run`)).json()).toEqual({
      trace: edited,
    });
  });

  it("is a 404 for another user's challenge, answered or not, and for an unknown id", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const challenge = await generate(ALICE);
    expect((await call(BOB, "GET", `/api/challenges/${challenge.id}/run`)).statusCode).toBe(404);
    await call(ALICE, "POST", `/api/challenges/${challenge.id}/answer`, { choice: 1 });
    const res = await call(BOB, "GET", `/api/challenges/${challenge.id}/run`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain("steps");
    expect(
      (await call(ALICE, "GET", "/api/challenges/019ac0de-0000-7000-8000-000000000000/run")).statusCode,
    ).toBe(404);
  });

  it("runs a fill-in-blank challenge with the key fragment filled in", async () => {
    t = await buildChallengeTestApp({
      dialect: name,
      generator: async (request) => ({
        ...fakeQuestion(request),
        kind: "fill-in-blank",
        code: "const n = 4;\nconsole.log(n /*___*/ 2);",
        options: ["+", "*", "-", "/"],
        correctIndex: 1,
      }),
    });
    const challenge = await generate(ALICE);
    await call(ALICE, "POST", `/api/challenges/${challenge.id}/answer`, { choice: 0 });
    expect((await call(ALICE, "GET", `/api/challenges/${challenge.id}/run`)).json()).toEqual({
      trace: {
        language: "javascript",
        code: "const n = 4;\nconsole.log(n * 2);",
        steps: [{ line: 2, output: "8\n", values: [{ name: "n", value: "4" }], queue: "sync" }],
      },
    });
  });

  it("answers trace null, stored, for a program whose run cannot be traced faithfully", async () => {
    t = await buildChallengeTestApp({
      dialect: name,
      generator: async (request) => ({ ...fakeQuestion(request), code: "[2].forEach(console.log);" }),
    });
    const challenge = await generate(ALICE);
    await call(ALICE, "POST", `/api/challenges/${challenge.id}/answer`, { choice: 1 });
    const res = await call(ALICE, "GET", `/api/challenges/${challenge.id}/run`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ trace: null });
    const rows = await t.testDb.db.selectFrom("challenge_runs").select("trace").execute();
    expect(rows).toEqual([{ trace: "null" }]);
  });

  it("leaves with the user's other data when the user is deleted", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const challenge = await generate(ALICE);
    await call(ALICE, "POST", `/api/challenges/${challenge.id}/answer`, { choice: 1 });
    expect((await call(ALICE, "GET", `/api/challenges/${challenge.id}/run`)).statusCode).toBe(200);
    await deleteUserData(t.testDb.db, ALICE);
    expect(await t.testDb.db.selectFrom("challenge_runs").selectAll().execute()).toEqual([]);
  });
});
