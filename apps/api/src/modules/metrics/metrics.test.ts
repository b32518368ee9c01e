/**
 * GET /metrics (issue 13): Prometheus text, read back with a real exposition parser
 * (parse-prometheus-text-format), behind METRICS_TOKEN; the counters move when requests do.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { Webhook } from "svix";
import { afterEach, describe, expect, it } from "vitest";
import { buildChallengeTestApp, type ChallengeTestApp } from "../../testing/challenge-test-app";
import { buildTestApp, TEST_WEBHOOK_SECRET } from "../../testing/test-app";
import { randomId, userEvent } from "../webhooks/clerk-fixtures";

const TOKEN = randomBytes(24).toString("hex");

interface Family {
  name: string;
  type: string;
  metrics: { value?: string; count?: string; labels?: Record<string, string> }[];
}

let t: ChallengeTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function scrape(app: ChallengeTestApp["app"]): Promise<Family[]> {
  const res = await app.inject({
    method: "GET",
    url: "/metrics",
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusTextFormat(res.body) as Family[];
}

/** A counter's (or histogram's count) value for the series whose labels include `labels`; 0 if absent. */
function value(families: Family[], name: string, labels: Record<string, string> = {}): number {
  const family = families.find((f) => f.name === name);
  const series = family?.metrics.filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  return (series ?? []).reduce((sum, m) => sum + Number(m.value ?? m.count ?? 0), 0);
}

describe("GET /metrics", () => {
  it("does not exist without METRICS_TOKEN", async () => {
    t = await buildChallengeTestApp();
    const res = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(404);
  });

  it("answers 401 with a problem to a caller without the token, or with a wrong one", async () => {
    t = await buildChallengeTestApp({ env: { METRICS_TOKEN: TOKEN } });
    for (const authorization of [undefined, "Bearer wrong", `Bearer ${TOKEN}x`, TOKEN]) {
      const res = await t.app.inject({
        method: "GET",
        url: "/metrics",
        headers: authorization ? { authorization } : {},
      });
      expect(res.statusCode, String(authorization)).toBe(401);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.body).not.toContain(TOKEN);
    }
  });

  it("counts requests by route template, generations by source and outcome, and quota 429s", async () => {
    t = await buildChallengeTestApp({ env: { METRICS_TOKEN: TOKEN, QUOTA_DAILY_LIMIT: "1" } });
    const before = await scrape(t.app);
    await t.app.inject({ method: "GET", url: "/api/catalog" });
    const headers = await t.auth("user_metrics1");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/generate-challenge",
      headers,
      payload: { difficulty: "easy", language: "python" },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await t.app.inject({ method: "GET", url: `/api/challenges/${id}`, headers });
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/generate-challenge",
      headers,
      payload: { difficulty: "easy", language: "python" },
    });
    expect(refused.statusCode).toBe(429);
    const after = await scrape(t.app);

    const moved = (name: string, labels: Record<string, string>) =>
      value(after, name, labels) - value(before, name, labels);
    expect(moved("http_requests_total", { route: "/api/catalog", method: "GET", status_code: "200" })).toBe(
      1,
    );
    // The template, not the id: one series however many challenges there are.
    expect(moved("http_requests_total", { route: "/api/challenges/:id", status_code: "200" })).toBe(1);
    expect(JSON.stringify(after)).not.toContain(id);
    expect(after.find((f) => f.name === "http_request_duration_seconds")?.type).toBe("HISTOGRAM");
    expect(
      moved("katagen_generations_total", { source: "offline", language: "python", outcome: "created" }),
    ).toBe(1);
    expect(moved("katagen_generations_total", { language: "python", outcome: "quota_exceeded" })).toBe(1);
    expect(moved("katagen_rejections_total", { reason: "quota" })).toBe(1);
    // Process metrics come along.
    expect(value(after, "process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("counts webhook events by type and result", async () => {
    const app = await buildTestApp({ env: { METRICS_TOKEN: TOKEN, LOG_LEVEL: "warn" } });
    try {
      const send = async (body: string, secret: string) => {
        const svixId = randomId("msg");
        const signature = new Webhook(secret).sign(svixId, new Date(), body);
        return app.app.inject({
          method: "POST",
          url: "/webhooks/clerk",
          headers: {
            "content-type": "application/json",
            "svix-id": svixId,
            "svix-timestamp": String(Math.floor(Date.now() / 1000)),
            "svix-signature": signature,
          },
          payload: body,
        });
      };
      const body = JSON.stringify(userEvent("user.created", { id: randomId("user") }));
      expect((await send(body, TEST_WEBHOOK_SECRET)).statusCode).toBe(200);
      expect((await send(body, `whsec_${randomBytes(24).toString("base64")}`)).statusCode).toBe(400);
      const families = await scrape(app.app);
      expect(
        value(families, "katagen_webhook_events_total", { type: "user.created", result: "success" }),
      ).toBe(1);
      expect(value(families, "katagen_webhook_events_total", { result: "rejected" })).toBe(1);
    } finally {
      await app.close();
    }
  });

  it("reports the engine's sandbox pool and breaker once it runs, over real HTTP", async () => {
    const app = await buildTestApp({
      env: { METRICS_TOKEN: TOKEN, LOG_LEVEL: "warn", SANDBOX_WORKERS: "1" },
    });
    try {
      await app.app.questions.generate({ language: "javascript", topic: "arrays", difficulty: "easy" });
      await app.app.listen({ host: "127.0.0.1", port: 0 });
      const { port } = app.app.server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(200);
      const families = parsePrometheusTextFormat(await res.text()) as Family[];
      expect(value(families, "katagen_sandbox_workers")).toBe(1);
      expect(value(families, "katagen_sandbox_programs_total")).toBeGreaterThanOrEqual(4);
      expect(value(families, "katagen_sandbox_queue_depth")).toBe(0);
      // No LLM configured: the breaker reports no state.
      expect(value(families, "katagen_llm_breaker_state", { state: "open" })).toBe(0);
    } finally {
      await app.close();
    }
  });
});
