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

  it("carries the request id in every log line of the request, those logged through app.log included", async () => {
    const t = await buildTestApp({
      extend: (app) => {
        app.get("/api/test/logs", async (request) => {
          request.log.info("from the request logger");
          // What a service does: it holds app.log, not the request's logger, and awaits on the way.
          await new Promise((resolve) => setTimeout(resolve, 5));
          app.log.info("from the app logger");
          app.log.child({ module: "llm" }).warn("from a module's child logger");
          return { ok: true };
        });
      },
    });
    try {
      const res = await t.app.inject({
        method: "GET",
        url: "/api/test/logs",
        headers: { "x-request-id": "trace-42" },
      });
      expect(res.headers["x-request-id"]).toBe("trace-42");
      const lines = t.logs.records().filter((r) => String(r.msg ?? "").startsWith("from"));
      expect(lines.map((r) => r.msg)).toEqual([
        "from the request logger",
        "from the app logger",
        "from a module's child logger",
      ]);
      for (const line of lines) expect(line.reqId, String(line.msg)).toBe("trace-42");
      // One reqId per line (the request logger binds it; the mixin must not add a second).
      const raw = t.logs.lines.find((l) => l.includes("from the request logger"))!;
      expect(raw.match(/"reqId"/g)).toHaveLength(1);
      // Outside any request there is no id to carry.
      t.app.log.info("from startup");
      expect(t.logs.records().find((r) => r.msg === "from startup")!.reqId).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it("puts X-Request-Id on every response, errors and 404s included, and the problem's instance names it", async () => {
    await withApp({}, async ({ app }) => {
      for (const url of ["/healthz", "/api/nothing-here", "/api/me", "/api/catalog?bad=1"]) {
        const res = await app.inject({ method: "GET", url });
        const id = res.headers["x-request-id"];
        expect(id, url).toMatch(/^[0-9a-f-]{36}$/);
        if (res.statusCode >= 400) expect(res.json().instance, url).toBe(`urn:katagen:request:${id}`);
      }
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
        "get /api/challenges/{id}/run",
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
