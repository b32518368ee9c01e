import fs from "node:fs";
import { builtInCatalog } from "@katagen/engine";
import { jsAnswer, startFakeLlmServer, type FakeLlmServer } from "@katagen/engine/testing/fake-llm-server";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../app";
import { createTestDb, type TestDb } from "../../testing/test-db";
import { LogCapture } from "../../testing/test-app";
import { loadOrCreateLocalKey } from "../auth/local-keys";
import { mintLocalToken } from "../auth/local-sign-in";
import { testConfig } from "../../testing/test-config";

const API_KEY = "sk-api-level-9d3e1f";
const MODEL = "fake-coder-7b";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real app and the real engine (no injected generator), pointed at a fake OpenAI-compatible server. */
async function llmApp(
  fake: FakeLlmServer,
  env: Record<string, string> = {},
): Promise<{ app: App; testDb: TestDb; logs: LogCapture; authorization: string }> {
  const config = testConfig("llm", {
    LOG_LEVEL: "info",
    RATE_LIMIT_GENERATE_PER_MINUTE: "0",
    ENGINE_WARM_UP: "false",
    LLM_BASE_URL: fake.baseUrl,
    LLM_MODEL: MODEL,
    LLM_API_KEY: API_KEY,
    LLM_TIMEOUT_MS: "5000",
    ...env,
  });
  const testDb = await createTestDb("sqlite");
  const logs = new LogCapture();
  const app = await buildApp(config, { db: testDb.db, logStream: logs });
  await app.ready();
  cleanups.push(async () => {
    await app.close();
    await testDb.cleanup();
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  });
  const key = await loadOrCreateLocalKey(config.dataDir);
  const token = await mintLocalToken(key, config.auth, {
    sub: "user_llm1",
    azp: config.auth.issuer,
    nowS: Math.floor(Date.now() / 1000),
  });
  return { app, testDb, logs, authorization: `Bearer ${token}` };
}

describe("challenges with an OpenAI-compatible LLM configured", () => {
  it("POST /api/generate-challenge ships the model's verified question and stores the model name", async () => {
    const fake = await startFakeLlmServer([
      {
        answer: jsAnswer(),
      },
    ]);
    cleanups.push(() => fake.close());
    const { app, testDb, logs, authorization } = await llmApp(fake);
    const topic = builtInCatalog().languages.find((l) => l.id === "javascript")!.topics[0]!;

    const res = await app.inject({
      method: "POST",
      url: "/api/generate-challenge",
      headers: { authorization },
      payload: { language: "javascript", topic: topic.id, difficulty: "easy" },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ source: "llm", verified: true, language: "javascript", topic: topic.id });
    expect(body.code).toContain("a.push(3)");

    const row = await testDb.db
      .selectFrom("challenges")
      .selectAll()
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(row.model).toBe(MODEL);
    expect(row.source).toBe("llm");
    expect(JSON.parse(row.options)[row.correct_choice]).toBe("3");

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(fake.requests[0]!.body.messages.map((m) => m.content).join("\n")).toContain(topic.name);
    expect(logs.text).toContain("LLM question verified");
    expect(logs.text).not.toContain(API_KEY);
  });

  it("falls back to the offline engine when the LLM server fails, and stores no model", async () => {
    const fake = await startFakeLlmServer([{ status: 503 }]);
    cleanups.push(() => fake.close());
    const { app, testDb, logs, authorization } = await llmApp(fake);
    const res = await app.inject({
      method: "POST",
      url: "/api/generate-challenge",
      headers: { authorization },
      payload: { language: "javascript", difficulty: "easy" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ source: "offline", verified: true });
    const row = await testDb.db
      .selectFrom("challenges")
      .selectAll()
      .where("id", "=", res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.model).toBeNull();
    expect(logs.text).toContain("falling back to the offline generator");
    expect(logs.text).not.toContain(API_KEY);
  });

  it("keeps answering 201 offline, quickly and without calling the LLM, once the breaker has opened on a hanging server", async () => {
    const fake = await startFakeLlmServer([{ hang: true }]);
    cleanups.push(() => fake.close());
    const timeoutMs = 1000;
    const { app, logs, authorization } = await llmApp(fake, {
      LLM_TIMEOUT_MS: String(timeoutMs),
      LLM_BREAKER_FAILURES: "1",
      LLM_BREAKER_HALF_OPEN_MS: "60000",
    });
    const generate = async () => {
      const started = performance.now();
      const res = await app.inject({
        method: "POST",
        url: "/api/generate-challenge",
        headers: { authorization },
        payload: { language: "javascript", difficulty: "easy" },
      });
      return { res, ms: performance.now() - started };
    };

    // The hanging server costs the first user the whole LLM budget (a timeout and one client retry).
    const first = await generate();
    expect(first.res.statusCode).toBe(201);
    expect(first.res.json()).toMatchObject({ source: "offline", verified: true });
    expect(first.ms).toBeGreaterThanOrEqual(timeoutMs * 0.9);
    const requestsWhenOpened = fake.requests.length;
    expect(requestsWhenOpened).toBeGreaterThanOrEqual(1);
    expect(logs.text).toContain("LLM circuit breaker opened");

    for (let i = 0; i < 3; i++) {
      const next = await generate();
      expect(next.res.statusCode).toBe(201);
      expect(next.res.json()).toMatchObject({ source: "offline", verified: true });
      expect(next.ms).toBeLessThan(timeoutMs / 2);
    }
    expect(fake.requests).toHaveLength(requestsWhenOpened);
    expect(logs.text.match(/LLM circuit breaker opened/g)).toHaveLength(1);
    expect(logs.text).not.toContain(API_KEY);
  });
});
