import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../testing/test-app";

const ALLOWED = "https://app.example.com";

describe("security headers and CORS", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { CORS_ORIGINS: `${ALLOWED},http://localhost:5173` } });
  });
  afterAll(async () => t.close());

  it("every response carries nosniff, a CSP with frame-ancestors 'none', a referrer policy and CORP", async () => {
    for (const url of ["/healthz", "/api/me", "/openapi.json", "/api/missing", "/docs", "/no-such-page"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["content-security-policy"], url).toMatch(/frame-ancestors 'none'/);
      expect(response.headers["referrer-policy"], url).toMatch(
        /^(no-referrer|strict-origin-when-cross-origin)$/,
      );
      expect(response.headers["cross-origin-resource-policy"], url).toBe("same-origin");
      expect(response.headers["content-type"], url).toMatch(/charset=utf-8/);
    }
  });

  it("a JSON route's answer, error or not, may load and frame nothing and carries no page-only headers", async () => {
    for (const url of ["/healthz", "/api/me", "/api/quota?x=1", "/openapi.json"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.headers["content-security-policy"], url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(response.headers["x-frame-options"], url).toBe("DENY");
      expect(response.headers["referrer-policy"], url).toBe("no-referrer");
      for (const pageOnly of ["cross-origin-opener-policy", "origin-agent-cluster", "x-dns-prefetch-control"])
        expect(response.headers[pageOnly], `${url} ${pageOnly}`).toBeUndefined();
    }
  });

  it("Swagger UI and whatever no route claims get the page policy: scripts from 'self' only", async () => {
    for (const url of ["/docs", "/api/missing", "/no-such-page"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.headers["content-security-policy"], url).toMatch(/script-src 'self'(;|$)/);
      expect(response.headers["content-security-policy"], url).toMatch(/default-src 'self'/);
      expect(response.headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
      expect(response.headers["cross-origin-opener-policy"], url).toBe("same-origin");
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
  it("sends HSTS for a year in production, on JSON answers and pages alike", async () => {
    const t = await buildTestApp({
      env: {
        NODE_ENV: "production",
        // Production refuses local sign-in; a Clerk-shaped configuration satisfies the auth checks.
        CLERK_ISSUER: "https://clerk.example.com",
        CLERK_JWKS_URL: "https://clerk.example.com/.well-known/jwks.json",
        CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
        PUBLIC_URL: "https://api.example.com",
        // Production names its database (the app under test gets its own through buildTestApp).
        DATABASE_URL: "sqlite::memory:",
      },
    });
    try {
      for (const url of ["/healthz", "/docs"]) {
        const response = await t.app.inject({ method: "GET", url });
        expect(response.headers["strict-transport-security"], url).toMatch(
          /max-age=31536000; includeSubDomains/,
        );
      }
    } finally {
      await t.close();
    }
  });
});

describe("credentialed CORS for local sign-in with the SPA on another origin", () => {
  // Same site as the API (ports do not change the site), so the SameSite=Lax session cookie travels.
  const SPA = "http://127.0.0.1:4000";
  const FOREIGN = "http://127.0.0.1:4002";
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { CORS_ORIGINS: SPA, PUBLIC_URL: "http://127.0.0.1:4001", PORT: "4001" } });
  });
  afterAll(async () => t.close());

  const preflight = (url: string, origin: string, headers = "content-type") =>
    t.app.inject({
      method: "OPTIONS",
      url,
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": headers },
    });

  it("answers the preflight for the local token route from an allowed origin with credentials", async () => {
    const response = await preflight("/auth/local/token", SPA);
    expect(response.statusCode).toBe(204);
    expect(response.headers["access-control-allow-origin"]).toBe(SPA);
    expect(response.headers["access-control-allow-credentials"]).toBe("true");
  });

  it("signs in and mints a token for the allowed origin over credentialed CORS", async () => {
    const signIn = await t.app.inject({
      method: "POST",
      url: "/auth/local/sign-in",
      headers: { origin: SPA, "content-type": "application/json" },
      payload: { name: "Ada", email: "ada@example.com" },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.headers["access-control-allow-credentials"]).toBe("true");
    const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const token = await t.app.inject({
      method: "POST",
      url: "/auth/local/token",
      headers: { origin: SPA, cookie, "content-type": "application/json" },
      payload: "{}",
    });
    expect(token.statusCode).toBe(200);
    expect(token.headers["access-control-allow-origin"]).toBe(SPA);
    expect(token.headers["access-control-allow-credentials"]).toBe("true");
  });

  it("sends no Access-Control-Allow-Credentials on /api routes, preflight or not", async () => {
    const options = await preflight("/api/generate-challenge", SPA, "authorization,content-type");
    expect(options.statusCode).toBe(204);
    expect(options.headers["access-control-allow-origin"]).toBe(SPA);
    expect(options.headers["access-control-allow-credentials"]).toBeUndefined();
    const get = await t.app.inject({ method: "GET", url: "/api/me", headers: { origin: SPA } });
    expect(get.headers["access-control-allow-origin"]).toBe(SPA);
    expect(get.headers["access-control-allow-credentials"]).toBeUndefined();
  });

  it("refuses a foreign origin on the local routes: no CORS headers, and 403 for the session", async () => {
    const options = await preflight("/auth/local/token", FOREIGN);
    expect(options.headers["access-control-allow-origin"]).toBeUndefined();
    expect(options.headers["access-control-allow-credentials"]).toBeUndefined();
    const signIn = await t.app.inject({
      method: "POST",
      url: "/auth/local/sign-in",
      headers: { origin: FOREIGN, "content-type": "application/json" },
      payload: { name: "Eve", email: "eve@example.com" },
    });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("credentialed CORS in Clerk mode", () => {
  it("answers credentials on no route, not even the local sign-in paths", async () => {
    const t = await buildTestApp({
      env: {
        CLERK_ISSUER: "https://clerk.example.com",
        CLERK_JWKS_URL: "https://clerk.example.com/.well-known/jwks.json",
        CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
      },
    });
    try {
      for (const url of ["/auth/local/token", "/api/generate-challenge"]) {
        const response = await t.app.inject({
          method: "OPTIONS",
          url,
          headers: { origin: "https://app.example.com", "access-control-request-method": "POST" },
        });
        expect(response.headers["access-control-allow-origin"]).toBe("https://app.example.com");
        expect(response.headers["access-control-allow-credentials"]).toBeUndefined();
      }
    } finally {
      await t.close();
    }
  });
});
