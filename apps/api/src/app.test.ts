import { describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "./testing/test-app";

async function withApp(env: Record<string, string>, run: (t: TestApp) => Promise<void>) {
  const t = await buildTestApp({
    env,
    extend: (app) => {
      app.get("/api/test/ip", async (request) => ({ ip: request.ip }));
      app.get("/api/test/now", async () => ({ now: app.clock.now().toISOString() }));
    },
  });
  try {
    await run(t);
  } finally {
    await t.close();
  }
}

describe("buildApp", () => {
  it("echoes a caller's sane X-Request-Id and replaces a forged one", async () => {
    await withApp({}, async ({ app }) => {
      const sane = await app.inject({
        method: "GET",
        url: "/healthz",
        headers: { "x-request-id": "abc-123" },
      });
      expect(sane.headers["x-request-id"]).toBe("abc-123");
      const forged = await app.inject({
        method: "GET",
        url: "/healthz",
        headers: { "x-request-id": 'x"\n{"level":60}' },
      });
      expect(forged.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY says a proxy is in front", async () => {
    const headers = { "x-forwarded-for": "203.0.113.9" };
    await withApp({}, async ({ app }) => {
      expect((await app.inject({ method: "GET", url: "/api/test/ip", headers })).json()).toEqual({
        ip: "127.0.0.1",
      });
    });
    await withApp({ TRUST_PROXY: "1" }, async ({ app }) => {
      expect((await app.inject({ method: "GET", url: "/api/test/ip", headers })).json()).toEqual({
        ip: "203.0.113.9",
      });
    });
  });

  it("uses the injected clock", async () => {
    const fixed = new Date("2030-05-06T07:08:09.000Z");
    const t = await buildTestApp({
      clock: { now: () => fixed },
      extend: (app) => {
        app.get("/api/test/now", async () => ({ now: app.clock.now().toISOString() }));
      },
    });
    try {
      expect((await t.app.inject({ method: "GET", url: "/api/test/now" })).json()).toEqual({
        now: fixed.toISOString(),
      });
    } finally {
      await t.close();
    }
  });
});
