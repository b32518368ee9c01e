/**
 * docs/clerk-auth.md §8.2 (one test per row) plus docs/reliability.md F4/F6: real app, real database (SQLite,
 * and PostgreSQL when TEST_DATABASE_URL is set), every payload signed by the svix library and sent
 * as exact bytes. Nothing in the verification or the SQL is mocked; row 18's failure is a real
 * failing SQL statement injected into the event's transaction.
 */
import { randomBytes } from "node:crypto";
import { PROBLEM_CONTENT_TYPE } from "@katagen/contract";
import { sql } from "kysely";
import { Webhook } from "svix";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig, ConfigError } from "../../config";
import { startJwksServer, type JwksServer } from "../../testing/jwks-server";
import { buildTestApp, type TestApp } from "../../testing/test-app";
import { testDatabases } from "../../testing/test-db";
import { createTestKey, signToken, templateClaims, type TestKey } from "../../testing/token-factory";
import {
  otherEvent,
  randomId,
  randomWebhookSecret,
  signDelivery,
  userDeletedEvent,
  userEvent,
  type SignedDelivery,
} from "./clerk-fixtures";
import { fakeQuestion } from "../../testing/challenge-test-app";
import { CLERK_WEBHOOK_PATH } from "./routes";
import { ALERTS } from "./service";

const SPA = "http://localhost:5173";
const QUOTA = 7;

let key: TestKey;
let jwks: JwksServer;

beforeAll(async () => {
  key = await createTestKey("ins_test_1");
  jwks = await startJwksServer([key.jwk]);
});
afterAll(async () => jwks.close());

const clerkEnv = () => ({
  CLERK_ISSUER: jwks.origin,
  CLERK_JWKS_URL: jwks.jwksUrl,
  CLERK_AUTHORIZED_PARTIES: SPA,
  QUOTA_DAILY_LIMIT: String(QUOTA),
});

/** Waits until the current second has at least 600 ms left, so ±1 s boundary cases cannot flake. */
async function earlyInSecond() {
  const ms = Date.now() % 1000;
  if (ms > 400) await new Promise((resolve) => setTimeout(resolve, 1000 - ms + 5));
}

describe.each(testDatabases())("POST /webhooks/clerk on $name", ({ name }) => {
  let t: TestApp;
  let secret: string;
  /** How many upcoming deliveries fail inside their transaction, after the event was applied. */
  let failingCommits = 0;

  beforeEach(async () => {
    secret = randomWebhookSecret();
    failingCommits = 0;
    t = await buildTestApp({
      dialect: name,
      env: { ...clerkEnv(), CLERK_WEBHOOK_SIGNING_SECRET: secret },
      deps: {
        webhookBeforeCommit: async (trx) => {
          if (failingCommits === 0) return;
          failingCommits -= 1;
          await sql`select no_such_column from no_such_table`.execute(trx);
        },
      },
    });
  });
  afterEach(async () => t.close());

  const db = () => t.testDb.db;
  const sign = (event: unknown, options?: Parameters<typeof signDelivery>[2]) =>
    signDelivery(secret, JSON.stringify(event), options);
  const post = (delivery: { body: string | Buffer; headers: Record<string, string> }) =>
    t.app.inject({
      method: "POST",
      url: CLERK_WEBHOOK_PATH,
      headers: delivery.headers,
      payload: delivery.body,
    });
  const deliver = (event: unknown, options?: Parameters<typeof signDelivery>[2]) =>
    post(sign(event, options));

  const user = (id: string) => db().selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  const quota = (id: string) =>
    db().selectFrom("quotas").selectAll().where("user_id", "=", id).executeTakeFirst();
  const count = async (table: "users" | "quotas" | "webhook_events") =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const events = () => db().selectFrom("webhook_events").selectAll().execute();

  function expectProblem(res: Awaited<ReturnType<typeof post>>, status: number) {
    expect(res.statusCode).toBe(status);
    expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.json()).toMatchObject({ status });
    expect(res.body).not.toMatch(/at .+\.ts:\d+/);
  }

  async function expectNothingRecorded() {
    expect(await count("webhook_events")).toBe(0);
    expect(await count("users")).toBe(0);
    expect(await count("quotas")).toBe(0);
  }

  it("row 1: a valid user.created answers 200 and creates the user (primary email, name) and a default quota", async () => {
    const event = userEvent("user.created", {
      id: "user_2ada",
      email: "ada@example.com",
      firstName: "Ada",
      lastName: "Lovelace",
      updatedAt: 1_780_000_000_000,
    });
    // A secondary address listed first must not be taken for the primary one.
    event.data.email_addresses.unshift({
      ...event.data.email_addresses[0]!,
      id: "idn_secondary",
      email_address: "old@example.com",
    });
    const delivery = sign(event);
    const res = await post(delivery);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "success" });
    expect(await user("user_2ada")).toMatchObject({
      email: "ada@example.com",
      name: "Ada Lovelace",
      updated_at: new Date(1_780_000_000_000).toISOString(),
      deleted_at: null,
    });
    expect(await quota("user_2ada")).toMatchObject({ daily_limit: QUOTA, remaining: QUOTA });
    expect(await events()).toEqual([
      expect.objectContaining({ svix_id: delivery.headers["svix-id"], type: "user.created" }),
    ]);
  });

  it("row 2: user.updated applies a newer updated_at and leaves the row unchanged for an older one", async () => {
    const id = "user_2grace";
    await deliver(userEvent("user.created", { id, email: "g@example.com", updatedAt: 1_780_000_000_000 }));

    const newer = await deliver(
      userEvent("user.updated", {
        id,
        email: "grace@example.com",
        username: "grace",
        updatedAt: 1_780_000_100_000,
      }),
    );
    expect(newer.statusCode).toBe(200);
    expect(newer.json()).toEqual({ status: "success" });
    const afterNewer = await user(id);
    expect(afterNewer).toMatchObject({ email: "grace@example.com", name: "grace" });

    const older = await deliver(
      userEvent("user.updated", { id, email: "stale@example.com", updatedAt: 1_780_000_050_000 }),
    );
    expect(older.statusCode).toBe(200);
    expect(older.json()).toMatchObject({ status: "ignored" });
    expect(await user(id)).toEqual(afterNewer);
  });

  it("row 3: user.deleted tombstones the user and a late user.updated is ignored", async () => {
    const id = "user_2linus";
    await deliver(userEvent("user.created", { id, email: "l@example.com", updatedAt: 1_780_000_000_000 }));

    const deleted = await deliver(userDeletedEvent(id));
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual({ status: "success" });
    const tombstone = await user(id);
    expect(tombstone?.deleted_at).toEqual(expect.any(String));
    expect(tombstone).toMatchObject({ email: null, name: null });
    expect(await quota(id)).toBeUndefined();

    const late = await deliver(
      userEvent("user.updated", { id, email: "back@example.com", updatedAt: 1_790_000_000_000 }),
    );
    expect(late.statusCode).toBe(200);
    expect(late.json()).toEqual({ status: "ignored", reason: "user was deleted" });
    expect(await user(id)).toEqual(tombstone);
  });

  it("row 4: any one of the three svix-* headers missing answers 400", async () => {
    for (const header of ["svix-id", "svix-timestamp", "svix-signature"] as const) {
      const delivery = sign(userEvent("user.created", { id: "user_2x" }));
      const headers: Record<string, string> = { ...delivery.headers };
      delete headers[header];
      const res = await post({ body: delivery.body, headers });
      expectProblem(res, 400);
      expect(res.json().detail).toContain(header);
    }
    await expectNothingRecorded();
  });

  it("row 5: a random signature answers 400", async () => {
    const delivery = sign(userEvent("user.created", { id: "user_2x" }));
    const res = await post({
      body: delivery.body,
      headers: { ...delivery.headers, "svix-signature": `v1,${randomBytes(32).toString("base64")}` },
    });
    expectProblem(res, 400);
    expect(res.json().title).toBe("Invalid webhook signature");
    await expectNothingRecorded();
  });

  it("row 6: a payload signed with a different secret answers 400", async () => {
    const res = await post(
      signDelivery(randomWebhookSecret(), JSON.stringify(userEvent("user.created", { id: "user_2x" }))),
    );
    expectProblem(res, 400);
    await expectNothingRecorded();
  });

  it("row 7: a body changed after signing (one byte, or re-serialised JSON) answers 400", async () => {
    const event = userEvent("user.created", { id: "user_2x", email: "x@example.com" });
    const delivery = signDelivery(secret, JSON.stringify(event, null, 1));

    const oneByte = Buffer.from(delivery.body);
    oneByte[oneByte.indexOf("x@example.com")] = "y".charCodeAt(0);
    expectProblem(await post({ body: oneByte, headers: delivery.headers }), 400);

    // What a framework's JSON parser plus JSON.stringify would hand over: same data, other bytes.
    const reserialised = JSON.stringify(JSON.parse(delivery.body));
    expect(reserialised).not.toBe(delivery.body);
    expectProblem(await post({ body: reserialised, headers: delivery.headers }), 400);

    await expectNothingRecorded();
    // The untouched bytes pass, so the two rejections above were about the bytes alone.
    expect((await post(delivery)).statusCode).toBe(200);
  });

  it("row 8: a timestamp 301 s in the past or future answers 400; 299 s in the past answers 200", async () => {
    await earlyInSecond();
    const event = userEvent("user.created", { id: "user_2clock" });
    const at = (offsetS: number) => new Date(Date.now() + offsetS * 1000);
    expectProblem(await deliver(event, { timestamp: at(-301) }), 400);
    expectProblem(await deliver(event, { timestamp: at(301) }), 400);
    await expectNothingRecorded();
    const inside = await deliver(event, { timestamp: at(-299) });
    expect(inside.statusCode).toBe(200);
    expect(await user("user_2clock")).toBeDefined();
  });

  it("row 9: a non-numeric or millisecond timestamp answers 400", async () => {
    const body = JSON.stringify(userEvent("user.created", { id: "user_2x" }));
    const svixId = randomId("msg");
    const nowS = Math.floor(Date.now() / 1000);
    const signFor = (seconds: number) => new Webhook(secret).sign(svixId, new Date(seconds * 1000), body);
    const cases = [
      { timestamp: "yesterday", signature: signFor(nowS) },
      // svix alone would parseInt this to a valid time; the header must be whole seconds only.
      { timestamp: `${nowS}abc`, signature: signFor(nowS) },
      { timestamp: String(nowS * 1000), signature: signFor(nowS * 1000) },
    ];
    for (const c of cases) {
      const res = await post({
        body,
        headers: {
          "content-type": "application/json",
          "svix-id": svixId,
          "svix-timestamp": c.timestamp,
          "svix-signature": c.signature,
        },
      });
      expectProblem(res, 400);
    }
    await expectNothingRecorded();
  });

  it("row 10: a replay with the same svix-id and body answers 200 duplicate with no second side effect", async () => {
    const id = "user_2replay";
    const delivery = sign(userEvent("user.created", { id, email: "r@example.com" }));
    expect((await post(delivery)).json()).toEqual({ status: "success" });
    // Spend some quota so a second user.created would visibly reset or re-create it.
    await db().updateTable("quotas").set({ remaining: 2 }).where("user_id", "=", id).execute();
    const before = { user: await user(id), quota: await quota(id), events: await events() };

    const replay = await post(delivery);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual({ status: "duplicate" });
    expect({ user: await user(id), quota: await quota(id), events: await events() }).toEqual(before);
  });

  it("row 11: two signatures, one of them valid (secret rotation), answer 200", async () => {
    const delivery = sign(userEvent("user.created", { id: "user_2rotate" }));
    const res = await post({
      body: delivery.body,
      headers: {
        ...delivery.headers,
        "svix-signature": `v1,${randomBytes(32).toString("base64")} ${delivery.headers["svix-signature"]}`,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(await user("user_2rotate")).toBeDefined();
  });

  it("row 12: only a v2 signature (even a correct HMAC) answers 400", async () => {
    const delivery = sign(userEvent("user.created", { id: "user_2x" }));
    const res = await post({
      body: delivery.body,
      headers: {
        ...delivery.headers,
        "svix-signature": delivery.headers["svix-signature"].replace(/^v1,/, "v2,"),
      },
    });
    expectProblem(res, 400);
    await expectNothingRecorded();
  });

  it("row 13: a signed body that is not JSON answers 400", async () => {
    const res = await post(signDelivery(secret, "user.created user_2x"));
    expectProblem(res, 400);
    expect(res.json().detail).toBe("The signed webhook body is not JSON.");
    // Signed JSON that is not an event envelope is refused the same way.
    expectProblem(await post(signDelivery(secret, "[1,2,3]")), 400);
    await expectNothingRecorded();
  });

  it("row 14: a signed unknown type (session.created) answers 200, is ignored, and its id is recorded", async () => {
    const delivery = sign(
      otherEvent("session.created", { id: "sess_1", object: "session", user_id: "user_2x" }),
    );
    const res = await post(delivery);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ignored", reason: "unhandled event type" });
    expect(await events()).toEqual([
      expect.objectContaining({ svix_id: delivery.headers["svix-id"], type: "session.created" }),
    ]);
    expect(await count("users")).toBe(0);
    expect((await post(delivery)).json()).toEqual({ status: "duplicate" });
  });

  it("row 15: user.deleted without data.id answers 200, changes no user, and raises an alert", async () => {
    await deliver(userEvent("user.created", { id: "user_2keep", email: "k@example.com" }));
    const before = {
      users: await db().selectFrom("users").selectAll().execute(),
      quota: await quota("user_2keep"),
    };

    const delivery = sign(userDeletedEvent(undefined));
    const res = await post(delivery);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ignored", reason: "no user id" });
    expect({
      users: await db().selectFrom("users").selectAll().execute(),
      quota: await quota("user_2keep"),
    }).toEqual(before);
    const alert = t.logs.records().find((r) => r.msg === ALERTS.deletedWithoutId);
    expect(alert).toMatchObject({ level: 50, svixId: delivery.headers["svix-id"], type: "user.deleted" });
  });

  it("row 16: a body over 256 KB answers 413, while a signed 200 KB event is accepted", async () => {
    const big = (size: number) => {
      const event = userEvent("user.created", { id: `user_2big${size}` });
      (event.data.unsafe_metadata as Record<string, string>).padding = "x".repeat(size);
      return event;
    };
    const over = await deliver(big(300 * 1024));
    expectProblem(over, 413);
    await expectNothingRecorded();

    const under = await deliver(big(200 * 1024));
    expect(under.statusCode).toBe(200);
  });

  it("row 17: GET answers 405 with Allow: POST", async () => {
    const res = await t.app.inject({ method: "GET", url: CLERK_WEBHOOK_PATH });
    expectProblem(res, 405);
    expect(res.headers.allow).toBe("POST");
  });

  it("row 18: a database failure after verification answers 500 and records nothing; the redelivery is processed", async () => {
    const id = "user_2retry";
    const delivery = sign(userEvent("user.created", { id, email: "retry@example.com" }));
    failingCommits = 1;

    const failed = await post(delivery);
    expectProblem(failed, 500);
    expect(failed.json().detail).not.toMatch(/no_such_table/);
    // The user row and quota written before the failure were rolled back with the event id.
    await expectNothingRecorded();

    const retried = await post(delivery);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual({ status: "success" });
    expect(await user(id)).toMatchObject({ email: "retry@example.com" });
    expect(await quota(id)).toMatchObject({ remaining: QUOTA });
    expect(await count("webhook_events")).toBe(1);
  });

  it("the same user.created delivered 10 times concurrently over HTTP makes one user, one quota and one event row", async () => {
    const address = await t.app.listen({ host: "127.0.0.1", port: 0 });
    const delivery = sign(userEvent("user.created", { id: "user_2burst", email: "b@example.com" }));
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        fetch(`${address}${CLERK_WEBHOOK_PATH}`, {
          method: "POST",
          headers: delivery.headers,
          body: delivery.body,
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const statuses = (await Promise.all(responses.map((r) => r.json() as Promise<{ status: string }>))).map(
      (b) => b.status,
    );
    expect(statuses.filter((s) => s === "success")).toHaveLength(1);
    expect(statuses.filter((s) => s === "duplicate")).toHaveLength(9);
    expect(await count("users")).toBe(1);
    expect(await count("quotas")).toBe(1);
    expect(await count("webhook_events")).toBe(1);
  });

  it("user.deleted before user.created leaves a tombstone that no later event resurrects", async () => {
    const id = "user_2early";
    expect((await deliver(userDeletedEvent(id))).json()).toEqual({ status: "success" });
    const created = await deliver(userEvent("user.created", { id, email: "zombie@example.com" }));
    expect(created.json()).toEqual({ status: "ignored", reason: "user was deleted" });
    const updated = await deliver(userEvent("user.updated", { id, email: "zombie@example.com" }));
    expect(updated.json()).toMatchObject({ status: "ignored" });

    expect(await user(id)).toMatchObject({ email: null, name: null, deleted_at: expect.any(String) });
    expect(await quota(id)).toBeUndefined();
    expect(await count("webhook_events")).toBe(3);
  });

  it("user.deleted removes the user's quota, generations, challenges and answers, and their token then gets 403", async () => {
    const gone = "user_2leaving";
    const stays = "user_2staying";
    await deliver(userEvent("user.created", { id: gone, email: "leaving@example.com" }));
    await deliver(userEvent("user.created", { id: stays, email: "staying@example.com" }));
    const token = await signToken(key, templateClaims({ issuer: jwks.origin, azp: SPA, sub: gone }));
    const me = () =>
      t.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    expect((await me()).statusCode).toBe(200);
    for (const owner of [gone, stays]) await seedActivity(owner);

    expect((await deliver(userDeletedEvent(gone))).json()).toEqual({ status: "success" });

    const refused = await me();
    expectProblem(refused, 403);
    for (const table of ["quotas", "generations", "challenges", "attempts"] as const) {
      const owners = await db().selectFrom(table).select("user_id").execute();
      expect(
        owners.map((o) => o.user_id),
        table,
      ).toEqual([stays]);
    }
    const buckets = await db().selectFrom("rate_limits").select("bucket").execute();
    expect(buckets.map((b) => b.bucket)).toEqual([`generate:${stays}`]);
    expect(t.logs.text).not.toContain(secret);
  });

  it("a generation still running when user.deleted arrives saves nothing for the deleted user", async () => {
    const gone = "user_2midflight";
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const generatorStarted = new Promise<void>((resolve) => (started = resolve));
    await t.close();
    t = await buildTestApp({
      dialect: name,
      env: { ...clerkEnv(), CLERK_WEBHOOK_SIGNING_SECRET: secret },
      deps: {
        generator: async (request) => {
          started();
          await released;
          return fakeQuestion(request);
        },
      },
    });
    await deliver(userEvent("user.created", { id: gone, email: "midflight@example.com" }));
    const token = await signToken(key, templateClaims({ issuer: jwks.origin, azp: SPA, sub: gone }));
    const generating = t.app.inject({
      method: "POST",
      url: "/api/generate-challenge",
      headers: { authorization: `Bearer ${token}` },
      payload: { difficulty: "easy" },
    });
    await generatorStarted;

    expect((await deliver(userDeletedEvent(gone))).json()).toEqual({ status: "success" });
    release();
    const res = await generating;

    expect(res.statusCode).toBeGreaterThanOrEqual(500);
    expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
    for (const table of ["quotas", "generations", "challenges"] as const) {
      const rows = await db().selectFrom(table).select("user_id").where("user_id", "=", gone).execute();
      expect(rows, table).toEqual([]);
    }
  });

  it("a signed user.created whose data breaks the schema answers 200, creates nothing, and raises an alert", async () => {
    const event = userEvent("user.created", { id: "user_2broken", email: "b@example.com" });
    const { updated_at: _dropped, ...data } = event.data;
    const res = await deliver({ ...event, data });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ignored", reason: "malformed user data" });
    expect(await count("users")).toBe(0);
    expect(await count("quotas")).toBe(0);
    const alert = t.logs.records().find((r) => r.msg === ALERTS.malformedUser);
    expect(alert).toMatchObject({ level: 50, fields: ["updated_at"] });
  });

  it("GET /openapi.json declares POST /webhooks/clerk under the webhooks tag", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json();
    const operation = document.paths[CLERK_WEBHOOK_PATH].post;
    expect(operation.tags).toEqual(["webhooks"]);
    expect(operation.responses).toHaveProperty("200");
    expect(operation.responses).toHaveProperty("400");
    expect(operation.responses).toHaveProperty("413");
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["svix-id", "svix-timestamp", "svix-signature"]),
    );
  });

  async function seedActivity(userId: string) {
    const now = new Date().toISOString();
    const challengeId = randomId("ch");
    await db()
      .insertInto("challenges")
      .values({
        id: challengeId,
        user_id: userId,
        difficulty: "easy",
        language: "python",
        topic: "lists",
        kind: "output",
        title: "t",
        prompt: "p",
        code: "print(1)",
        options: JSON.stringify(["1", "2", "3", "4"]),
        correct_choice: 0,
        explanation: "e",
        option_explanations: JSON.stringify(["a", "b", "c", "d"]),
        source: "offline",
        model: null,
        template_id: null,
        seed: null,
        engine_version: null,
        verified: 1,
        created_at: now,
      })
      .execute();
    await db()
      .insertInto("attempts")
      .values({ challenge_id: challengeId, user_id: userId, choice: 0, correct: 1, answered_at: now })
      .execute();
    await db()
      .insertInto("generations")
      .values({
        id: randomId("gen"),
        user_id: userId,
        status: "succeeded",
        idempotency_key: null,
        request_hash: null,
        challenge_id: challengeId,
        lease_until: now,
        created_at: now,
        updated_at: now,
        quota_window_start: now,
      })
      .execute();
    await db()
      .insertInto("rate_limits")
      .values({ bucket: `generate:${userId}`, window_start: now, count: 1 })
      .execute();
  }
});

describe("CLERK_WEBHOOK_SIGNING_SECRET", () => {
  const variables = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      return err.issues.map((issue) => issue.variable);
    }
  };
  const clerk = { CLERK_ISSUER: "https://clerk.example.com", CLERK_AUTHORIZED_PARTIES: SPA };

  it("is required in Clerk mode: start-up fails naming it", () => {
    expect(variables(clerk)).toEqual(["CLERK_WEBHOOK_SIGNING_SECRET"]);
    expect(variables({ NODE_ENV: "production" })).toContain("CLERK_WEBHOOK_SIGNING_SECRET");
    expect(variables({ ...clerk, CLERK_WEBHOOK_SIGNING_SECRET: randomWebhookSecret() })).toEqual([]);
  });

  it("must start with whsec_ and carry a base64 key; the message never echoes the value", () => {
    const cases = [
      { value: "sk_test_Zq8wLmN4pRt7VxY2", secretPart: "Zq8wLmN4pRt7VxY2" },
      { value: "whsec_", secretPart: undefined },
      { value: "whsec_Zq8w LmN4 pRt7!!", secretPart: "Zq8w LmN4 pRt7" },
    ];
    for (const { value, secretPart } of cases) {
      let caught: unknown;
      try {
        loadConfig({ ...clerk, CLERK_WEBHOOK_SIGNING_SECRET: value });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ConfigError);
      expect((caught as ConfigError).issues.map((i) => i.variable)).toEqual(["CLERK_WEBHOOK_SIGNING_SECRET"]);
      if (secretPart) expect((caught as Error).message).not.toContain(secretPart);
    }
    // Also checked in local mode, where it is optional.
    expect(variables({ CLERK_WEBHOOK_SIGNING_SECRET: "abc" })).toEqual(["CLERK_WEBHOOK_SIGNING_SECRET"]);
  });

  it("local mode without a secret has no webhook route (404); with one, the route verifies", async () => {
    const without = await buildTestApp({ env: { CLERK_WEBHOOK_SIGNING_SECRET: "" } });
    try {
      const res = await without.app.inject({ method: "POST", url: CLERK_WEBHOOK_PATH, payload: "{}" });
      expect(res.statusCode).toBe(404);
      expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
    } finally {
      await without.close();
    }

    const secret = randomWebhookSecret();
    const withSecret = await buildTestApp({ env: { CLERK_WEBHOOK_SIGNING_SECRET: secret } });
    try {
      expect(withSecret.config.auth.mode).toBe("local");
      const delivery: SignedDelivery = signDelivery(
        secret,
        JSON.stringify(userEvent("user.created", { id: "user_2local" })),
      );
      const res = await withSecret.app.inject({
        method: "POST",
        url: CLERK_WEBHOOK_PATH,
        headers: delivery.headers,
        payload: delivery.body,
      });
      expect(res.json()).toEqual({ status: "success" });
    } finally {
      await withSecret.close();
    }
  });
});
