import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../testing/test-app";

const ALLOWED = "https://app.example.com";

describe("security headers and CORS", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { CORS_ORIGINS: `${ALLOWED},http://localhost:5173` } });
  });
  afterAll(async () => t.close());

  it("every response carries nosniff, a CSP with frame-ancestors and a referrer policy", async () => {
    for (const url of ["/healthz", "/api/missing", "/docs"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(response.headers["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
      expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(response.headers["content-type"]).toMatch(/charset=utf-8/);
    }
  });

  it("does not send HSTS outside production", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });

  it("answers a preflight from an allowed origin with 204 and the allowed headers", async () => {
    const response = await t.app.inject({
      method: "OPTIONS",
      url: "/api/generate-challenge",
      headers: {
        origin: ALLOWED,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type,idempotency-key",
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers["access-control-allow-origin"]).toBe(ALLOWED);
    expect(response.headers["access-control-allow-credentials"]).toBeUndefined();
    expect(
      String(response.headers["access-control-allow-headers"])
        .toLowerCase()
        .split(",")
        .map((h) => h.trim()),
    ).toEqual(["authorization", "content-type", "idempotency-key"]);
    expect(String(response.headers.vary)).toMatch(/Origin/i);
  });

  it("echoes only the exact allowed origin on simple requests, and exposes rate-limit headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz", headers: { origin: ALLOWED } });
    expect(response.headers["access-control-allow-origin"]).toBe(ALLOWED);
    expect(String(response.headers["access-control-expose-headers"])).toMatch(/Retry-After/);
    expect(String(response.headers.vary)).toMatch(/Origin/i);
  });

  it.each(["https://evil.example.com", "null", "https://app.example.com.evil.com", "http://app.example.com"])(
    "gives origin %s no Access-Control-Allow-Origin",
    async (origin) => {
      const simple = await t.app.inject({ method: "GET", url: "/healthz", headers: { origin } });
      expect(simple.headers["access-control-allow-origin"]).toBeUndefined();
      const preflight = await t.app.inject({
        method: "OPTIONS",
        url: "/api/generate-challenge",
        headers: { origin, "access-control-request-method": "POST" },
      });
      expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    },
  );
});

describe("production security headers", () => {
  it("sends HSTS for a year in production", async () => {
    const t = await buildTestApp({
      env: {
        NODE_ENV: "production",
        // Production refuses local sign-in; a Clerk-shaped configuration satisfies the auth checks.
        CLERK_ISSUER: "https://clerk.example.com",
        CLERK_JWKS_URL: "https://clerk.example.com/.well-known/jwks.json",
        CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
        PUBLIC_URL: "https://api.example.com",
      },
    });
    try {
      const response = await t.app.inject({ method: "GET", url: "/healthz" });
      expect(response.headers["strict-transport-security"]).toMatch(/max-age=31536000/);
    } finally {
      await t.close();
    }
  });
});
