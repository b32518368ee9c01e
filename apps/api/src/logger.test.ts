import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED, redactUrl } from "./logger";
import { buildTestApp, type TestApp } from "./testing/test-app";

const TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    env: { LOG_LEVEL: "trace" },
    extend: (app) => {
      // A careless module: logs whole header objects and credential-shaped fields.
      app.get("/api/test/careless", async (request) => {
        request.log.info({ headers: request.headers }, "headers as received");
        request.log.info({ req: request }, "the request itself");
        request.log.info(
          {
            llm: {
              baseUrl: "http://llm.local",
              apiKey: "sk-live-123",
              nested: [{ clientSecret: "whsec_abc" }],
            },
            password: "hunter2",
            accessToken: TOKEN,
            user: { id: "user_1" },
          },
          "config dump",
        );
        return { ok: true };
      });
    },
  });
});
afterAll(async () => t.close());

describe("log redaction", () => {
  it("an Authorization header, cookies and credential-named fields never reach the logs", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/test/careless?token=${TOKEN}&page=2`,
      headers: { authorization: `Bearer ${TOKEN}`, cookie: "__session=abc123cookie", "x-api-key": "key-999" },
    });
    expect(response.statusCode).toBe(200);

    const text = t.logs.text;
    expect(t.logs.lines.length).toBeGreaterThan(3);
    for (const secret of [TOKEN, "abc123cookie", "sk-live-123", "whsec_abc", "hunter2", "key-999"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain(REDACTED);

    const records = t.logs.records();
    const headers = records.find((r) => r.msg === "headers as received")?.headers as Record<string, unknown>;
    expect(headers.authorization).toBe(REDACTED);
    expect(headers.cookie).toBe(REDACTED);
    expect(headers["user-agent"]).toBeDefined(); // harmless fields survive

    const dump = records.find((r) => r.msg === "config dump");
    expect(dump).toMatchObject({
      llm: { baseUrl: "http://llm.local", apiKey: REDACTED, nested: [{ clientSecret: REDACTED }] },
      password: REDACTED,
      accessToken: REDACTED,
      user: { id: "user_1" },
    });

    // One line per request, on completion, with the masked url, the status and the time.
    const completed = records.filter((r) => r.msg === "request completed");
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      req: { method: "GET", url: `/api/test/careless?token=${encodeURIComponent(REDACTED)}&page=2` },
      res: { statusCode: 200 },
    });
    expect(completed[0]!.responseTime).toEqual(expect.any(Number));
    expect(records.some((r) => r.msg === "incoming request")).toBe(false);
  });

  it("redactUrl masks credential-like query parameters only", () => {
    expect(redactUrl("/cb?code=abc&state=xyz")).toBe(`/cb?code=${encodeURIComponent(REDACTED)}&state=xyz`);
    expect(redactUrl("/api/my-history?limit=20")).toBe("/api/my-history?limit=20");
    expect(redactUrl("/plain")).toBe("/plain");
  });
});
