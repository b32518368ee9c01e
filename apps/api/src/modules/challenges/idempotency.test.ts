import { PROBLEM_CONTENT_TYPE } from "@katagen/contract";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../testing/test-db";
import { findQuotaRow } from "../quota/repo";
import type { GenerateQuestion } from "../questions/question-source";
import {
  buildChallengeTestApp,
  fakeQuestion,
  gatedGenerator,
  type ChallengeTestApp,
} from "../../testing/challenge-test-app";

const USER = "user_idem1";
const URL = "/api/generate-challenge";

let t: ChallengeTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function send(
  key: string | undefined,
  body: Record<string, unknown> = { difficulty: "easy", language: "javascript" },
) {
  const headers: Record<string, string> = { ...(await t!.auth(USER)) };
  if (key !== undefined) headers["idempotency-key"] = key;
  return t!.app.inject({ method: "POST", url: URL, headers, payload: body });
}

async function ledger() {
  const db = t!.testDb.db;
  const generations = await db.selectFrom("generations").selectAll().where("user_id", "=", USER).execute();
  const challenges = await db.selectFrom("challenges").select("id").where("user_id", "=", USER).execute();
  return { generations, challenges: challenges.length, remaining: (await findQuotaRow(db, USER))?.remaining };
}

describe.each(testDatabases())("Idempotency-Key on $name", ({ name }) => {
  it("F3: the same key ten times concurrently generates once, charges once, and replays the same challenge", async () => {
    const gate = gatedGenerator();
    t = await buildChallengeTestApp({
      dialect: name,
      env: { QUOTA_DAILY_LIMIT: "5" },
      generator: gate.generate,
    });
    const concurrent = Promise.all(Array.from({ length: 10 }, () => send("key-f3")));
    await expect.poll(() => gate.calls).toBe(1);
    gate.releaseAll();
    const responses = await concurrent;
    const created = responses.filter((r) => r.statusCode === 201);
    const inFlight = responses.filter((r) => r.statusCode === 409);
    expect(created.length + inFlight.length).toBe(10);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.json().id)).size).toBe(1);
    for (const r of inFlight) {
      expect(r.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
      expect(r.json()).toMatchObject({
        type: "https://katagen.dev/problems/idempotency-key-in-flight",
        status: 409,
      });
    }

    // Once finished, every retry replays the identical challenge without generating or charging.
    const replays = await Promise.all(Array.from({ length: 10 }, () => send("key-f3")));
    const original = created[0]!.json();
    for (const r of replays) {
      expect(r.statusCode).toBe(201);
      expect(r.json()).toEqual(original);
      expect(r.headers["idempotent-replayed"]).toBe("true");
    }
    expect(gate.calls).toBe(1);
    const after = await ledger();
    expect(after.generations).toHaveLength(1);
    expect(after.challenges).toBe(1);
    expect(after.remaining).toBe(4);
  });

  it("F3: a request still in flight answers 409 to a retry with the same key", async () => {
    const gate = gatedGenerator();
    t = await buildChallengeTestApp({ dialect: name, generator: gate.generate });
    const first = send("key-slow");
    await expect.poll(() => gate.calls).toBe(1);
    const retry = await send("key-slow");
    expect(retry.statusCode).toBe(409);
    expect(retry.headers["retry-after"]).toBe("1");
    gate.releaseAll();
    expect((await first).statusCode).toBe(201);
    expect((await send("key-slow")).statusCode).toBe(201);
    expect(gate.calls).toBe(1);
  });

  it("F3: the same key with a different body answers 422 and charges nothing", async () => {
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "5" } });
    expect((await send("key-body", { difficulty: "easy" })).statusCode).toBe(201);
    const other = await send("key-body", { difficulty: "hard" });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({
      type: "https://katagen.dev/problems/idempotency-key-reused",
      status: 422,
    });
    expect((await ledger()).remaining).toBe(4);
  });

  it("a failed (refunded) key may run again and then succeeds, charged once", async () => {
    let fail = true;
    const generator: GenerateQuestion = async (request) => {
      if (fail) throw new Error("transient");
      return fakeQuestion(request);
    };
    t = await buildChallengeTestApp({ dialect: name, env: { QUOTA_DAILY_LIMIT: "5" }, generator });
    expect((await send("key-retry")).statusCode).toBe(503);
    expect((await ledger()).remaining).toBe(5);
    fail = false;
    const retried = await send("key-retry");
    expect(retried.statusCode).toBe(201);
    const replay = await send("key-retry");
    expect(replay.json()).toEqual(retried.json());
    const after = await ledger();
    expect(after.remaining).toBe(4);
    expect(after.challenges).toBe(1);
    expect(after.generations.map((g) => g.status).sort()).toEqual(["failed", "succeeded"]);
  });

  it("keys belong to one user: another user's identical key is a separate request", async () => {
    t = await buildChallengeTestApp({ dialect: name });
    const mine = await send("shared-key");
    const theirs = await t.app.inject({
      method: "POST",
      url: URL,
      headers: { ...(await t.auth("user_idem2")), "idempotency-key": "shared-key" },
      payload: { difficulty: "easy", language: "javascript" },
    });
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it.each([
    ["too long", "k".repeat(256)],
    ["not printable ASCII", "clé-ü"],
    ["a control character", "a\tb"],
  ])("an Idempotency-Key that is %s answers 400", async (_label, key) => {
    t = await buildChallengeTestApp({ dialect: name });
    const res = await t.app.inject({
      method: "POST",
      url: URL,
      headers: { ...(await t.auth(USER)), "idempotency-key": key },
      payload: { difficulty: "easy" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
    expect((await ledger()).generations).toHaveLength(0);
  });
});
