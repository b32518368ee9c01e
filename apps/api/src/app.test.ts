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

describe("the signed-in scope", () => {
  it("every /api operation but the catalog needs a token: documented with bearer security and 401, and answering 401 without one", async () => {
    const t = await buildTestApp();
    try {
      const doc = (await t.app.inject({ method: "GET", url: "/openapi.json" })).json() as {
        paths: Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>>;
      };
      const signedIn: string[] = [];
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const secured = JSON.stringify(operation.security ?? []).includes("bearerAuth");
          if (!path.startsWith("/api/") || path === "/api/catalog") {
            expect(secured, `${method} ${path}`).toBe(false);
            continue;
          }
          expect(secured, `${method} ${path}`).toBe(true);
          expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(
            expect.arrayContaining(["401", "403", "503"]),
          );
          signedIn.push(`${method} ${path}`);
          const url = path.replace(/\{[^}]+\}/g, "019ac0de-7a51-7c3e-9f1a-2b3c4d5e6f70");
          const response = await t.app.inject({ method: method.toUpperCase() as "GET", url, payload: {} });
          expect(response.statusCode, `${method} ${path}`).toBe(401);
        }
      }
      expect(signedIn.sort()).toEqual([
        "get /api/challenges/{id}",
        "get /api/me",
        "get /api/my-history",
        "get /api/quota",
        "get /api/stats",
        "post /api/challenges/{id}/answer",
        "post /api/generate-challenge",
      ]);
    } finally {
      await t.close();
    }
  });
});
