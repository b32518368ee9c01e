/**
 * docs/clerk-auth.md §8.1: GET /api/me against a real loopback JWKS server and jose-signed tokens.
 * One test per row; nothing in the verifier is mocked.
 */
import { PROBLEM_CONTENT_TYPE } from "@katagen/contract";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildAuthTestApp, type AuthTestApp } from "../../testing/auth-app";
import { buildTestApp } from "../../testing/test-app";
import { startJwksServer, type JwksServer } from "../../testing/jwks-server";
import {
  createTestKey,
  hs256WithPem,
  nowS,
  signToken,
  templateClaims,
  unsignedToken,
  withPayload,
  type ClaimOverrides,
  type TestKey,
} from "../../testing/token-factory";
import { CLERK_M2M_CATEGORY } from "./verifier";

const SPA = "http://localhost:5173";
const SUB = "user_2abcDEF123";

let key1: TestKey;
let key2: TestKey;
let foreign: TestKey;
let jwks: JwksServer;
let t: AuthTestApp | undefined;

beforeAll(async () => {
  [key1, key2, foreign] = await Promise.all([
    createTestKey("ins_test_1"),
    createTestKey("ins_test_2"),
    createTestKey("ins_test_1"), // same kid as key1, different key
  ]);
});

afterEach(async () => {
  await t?.close();
  t = undefined;
  await jwks?.close();
});

async function clerkApp(extraEnv: Record<string, string> = {}, keys = [key1.jwk]) {
  jwks = await startJwksServer(keys);
  t = await buildAuthTestApp({
    CLERK_ISSUER: jwks.origin,
    CLERK_JWKS_URL: jwks.jwksUrl,
    CLERK_AUTHORIZED_PARTIES: SPA,
    CLERK_JWKS_COOLDOWN_MS: "100",
    ...extraEnv,
  });
  return t.app;
}

const claims = (overrides: ClaimOverrides = {}, now?: number) =>
  templateClaims({ issuer: jwks.origin, azp: SPA, sub: SUB }, overrides, now);
const token = (overrides: ClaimOverrides = {}, key: TestKey = key1) => signToken(key, claims(overrides));

async function me(authorization?: string) {
  return t!.app.inject({
    method: "GET",
    url: "/api/me",
    headers: authorization === undefined ? {} : { authorization },
  });
}

function expectInvalidToken(res: Awaited<ReturnType<typeof me>>) {
  expect(res.statusCode).toBe(401);
  expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
  expect(res.headers["www-authenticate"]).toMatch(/^Bearer\b.*error="invalid_token"/);
  // Generic: the reason goes to the log only.
  expect(res.json().detail).toBe("The access token is missing, invalid or expired. Sign in again.");
}

/** Waits until the current second has at least 600 ms left, so a ±1 s boundary case cannot flake. */
async function earlyInSecond() {
  const ms = Date.now() % 1000;
  if (ms > 400) await new Promise((r) => setTimeout(r, 1000 - ms + 5));
}

describe("GET /api/me with a Bearer token (docs/clerk-auth.md §8.1)", () => {
  it("row 1: a valid template token answers 200 with userId = sub", async () => {
    await clerkApp();
    const res = await me(`Bearer ${await token()}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: SUB, email: null, name: null });
  });

  it("row 2: no Authorization header answers 401 with WWW-Authenticate: Bearer", async () => {
    await clerkApp();
    const res = await me();
    expect(res.statusCode).toBe(401);
    expect(res.headers["www-authenticate"]).toMatch(/^Bearer\b/);
    expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
  });

  it("row 3: Basic, bare Bearer, two tokens, two segments and non-base64url all answer 401", async () => {
    await clerkApp();
    const good = await token();
    const [h, p] = good.split(".");
    for (const header of [
      "Basic x",
      "Bearer",
      "Bearer ",
      `Bearer ${good} ${good}`,
      `Bearer ${h}.${p}`,
      `Bearer ${h}.${p}.s+g/=`,
    ]) {
      const res = await me(header);
      expect(res.statusCode, header.slice(0, 40)).toBe(401);
      expect(res.headers["www-authenticate"]).toMatch(/^Bearer\b/);
    }
    expect(jwks.requests).toBe(0);
  });

  it("row 4: a token over 8 KiB answers 401 without fetching the JWKS; a header over 16 KiB gets Node's 431", async () => {
    const app = await clerkApp();
    const big = await token({ pad: "x".repeat(9000) });
    expectInvalidToken(await me(`Bearer ${big}`));
    expect(jwks.requests).toBe(0);

    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    const res = await fetch(`${address}/api/me`, {
      headers: { authorization: `Bearer ${"a".repeat(17 * 1024)}.b.c` },
    });
    expect(res.status).toBe(431);
    expect(jwks.requests).toBe(0);
  });

  it("row 5: alg none answers 401", async () => {
    await clerkApp();
    expectInvalidToken(await me(`Bearer ${unsignedToken(claims())}`));
    // The same with a junk signature segment, so it reaches jose rather than the shape check.
    expectInvalidToken(await me(`Bearer ${unsignedToken(claims())}c2ln`));
  });

  it("row 6: HS256 signed with the PEM as HMAC secret answers 401", async () => {
    await clerkApp();
    expectInvalidToken(await me(`Bearer ${await hs256WithPem(key1.pem, key1.kid, claims())}`));
  });

  it("row 7: a foreign RSA key under a known kid answers 401", async () => {
    await clerkApp();
    expectInvalidToken(await me(`Bearer ${await token({}, foreign)}`));
  });

  it("row 8: an unknown kid that is never published answers 401, with at most one fetch per cooldown", async () => {
    await clerkApp({ CLERK_JWKS_COOLDOWN_MS: "30000" });
    for (let i = 0; i < 3; i += 1) expectInvalidToken(await me(`Bearer ${await token({}, key2)}`));
    expect(jwks.requests).toBe(1);
  });

  it("row 9: an unknown kid published after rotation answers 200 after the cooldown, with exactly one extra fetch", async () => {
    await clerkApp();
    expect((await me(`Bearer ${await token()}`)).statusCode).toBe(200);
    expect(jwks.requests).toBe(1);
    jwks.keys = [key1.jwk, key2.jwk];
    await new Promise((r) => setTimeout(r, 150));
    const res = await me(`Bearer ${await token({}, key2)}`);
    expect(res.statusCode).toBe(200);
    expect(jwks.requests).toBe(2);
  });

  it("row 10: exp = now-6 s answers 401, exp = now-4 s answers 200 (5 s leeway)", async () => {
    await clerkApp();
    await earlyInSecond();
    const now = nowS();
    expectInvalidToken(
      await me(`Bearer ${await signToken(key1, claims({ exp: now - 6, iat: now - 60, nbf: now - 65 }))}`),
    );
    const res = await me(
      `Bearer ${await signToken(key1, claims({ exp: now - 4, iat: now - 60, nbf: now - 65 }))}`,
    );
    expect(res.statusCode).toBe(200);
  });

  it("row 11: nbf = now+10 s answers 401; iat = now+10 s answers 401", async () => {
    await clerkApp();
    const now = nowS();
    expectInvalidToken(await me(`Bearer ${await token({ nbf: now + 10 })}`));
    expectInvalidToken(await me(`Bearer ${await token({ iat: now + 10 })}`));
  });

  it("row 12: a wrong iss, including a trailing-slash variant, answers 401", async () => {
    await clerkApp();
    expectInvalidToken(await me(`Bearer ${await token({ iss: "https://evil.clerk.accounts.dev" })}`));
    expectInvalidToken(await me(`Bearer ${await token({ iss: `${jwks.origin}/` })}`));
  });

  it('row 13: aud missing, "other" or ["other"] answers 401; ["other","backend"] answers 200', async () => {
    await clerkApp();
    for (const aud of [undefined, "other", ["other"]]) {
      expectInvalidToken(await me(`Bearer ${await token({ aud })}`));
    }
    expect((await me(`Bearer ${await token({ aud: ["other", "backend"] })}`)).statusCode).toBe(200);
  });

  it("row 14: azp missing or not on the allowlist answers 401", async () => {
    await clerkApp();
    expectInvalidToken(await me(`Bearer ${await token({ azp: undefined })}`));
    expectInvalidToken(await me(`Bearer ${await token({ azp: "https://evil.example" })}`));
    expectInvalidToken(await me(`Bearer ${await token({ azp: `${SPA}/` })}`));
  });

  it("row 15: sub missing, numeric or mch_…, and exp missing, answer 401", async () => {
    await clerkApp();
    for (const overrides of [{ sub: undefined }, { sub: 12345 }, { sub: "mch_2abc" }, { exp: undefined }]) {
      expectInvalidToken(await me(`Bearer ${await token(overrides)}`));
    }
  });

  it("row 16: a changed payload with the signature kept answers 401", async () => {
    await clerkApp();
    const original = await token();
    expectInvalidToken(await me(`Bearer ${withPayload(original, claims({ sub: "user_someoneElse" }))}`));
  });

  it("row 17: a cat header equal to Clerk's M2M tag answers 401", async () => {
    await clerkApp();
    const m2m = await signToken(key1, claims(), { header: { cat: CLERK_M2M_CATEGORY } });
    expectInvalidToken(await me(`Bearer ${m2m}`));
  });

  it("row 18: JWKS down answers 503 + Retry-After on a cold cache and 200 on a warm cache", async () => {
    await clerkApp();
    // Warm: one successful verification, then the issuer disappears.
    expect((await me(`Bearer ${await token()}`)).statusCode).toBe(200);
    await jwks.close();
    expect((await me(`Bearer ${await token()}`)).statusCode).toBe(200);
    await t!.close();

    // Cold: a fresh app whose JWKS URL refuses connections.
    t = await buildAuthTestApp({
      CLERK_ISSUER: jwks.origin,
      CLERK_JWKS_URL: jwks.jwksUrl,
      CLERK_AUTHORIZED_PARTIES: SPA,
    });
    const res = await me(`Bearer ${await token()}`);
    expect(res.statusCode).toBe(503);
    expect(res.headers["retry-after"]).toMatch(/^\d+$/);
    expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.headers["www-authenticate"]).toBeUndefined();
  });

  it("row 19: PEM mode accepts a valid token and never touches the JWKS server", async () => {
    await clerkApp({ CLERK_JWT_KEY: key1.pem });
    const res = await me(`Bearer ${await token()}`);
    expect(res.statusCode).toBe(200);
    expectInvalidToken(await me(`Bearer ${await token({}, key2)}`));
    expect(jwks.requests).toBe(0);
  });

  it("row 20: an OPTIONS preflight gets 204 with CORS headers from an allowed origin, and no Allow-Origin from a foreign one", async () => {
    const app = await clerkApp();
    const preflight = (origin: string) =>
      app.inject({
        method: "OPTIONS",
        url: "/api/me",
        headers: {
          origin,
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization",
        },
      });
    const allowed = await preflight(SPA);
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers["access-control-allow-origin"]).toBe(SPA);
    expect(String(allowed.headers["access-control-allow-headers"])).toMatch(/authorization/i);
    expect(String(allowed.headers.vary)).toMatch(/origin/i);
    const hostile = await preflight("https://evil.example");
    expect(hostile.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("GET /api/me: the user row", () => {
  it("the first authenticated call creates the user's row and nothing else", async () => {
    await clerkApp();
    expect(await t!.db.selectFrom("users").selectAll().execute()).toEqual([]);
    expect((await me(`Bearer ${await token()}`)).statusCode).toBe(200);
    expect((await me(`Bearer ${await token()}`)).statusCode).toBe(200);
    const users = await t!.db.selectFrom("users").selectAll().execute();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ id: SUB, email: null, name: null, deleted_at: null });
    expect(await t!.db.selectFrom("quotas").selectAll().execute()).toEqual([]);
  });

  it("keeps the row the webhook wrote (email, name) instead of overwriting it", async () => {
    await clerkApp();
    await t!.db
      .insertInto("users")
      .values({
        id: SUB,
        email: "ada@example.com",
        name: "Ada",
        created_at: "2026-01-01T00:00:00.000Z",
        updated_at: null,
        deleted_at: null,
        last_event_at: null,
      })
      .execute();
    const res = await me(`Bearer ${await token()}`);
    expect(res.json()).toEqual({
      id: SUB,
      email: "ada@example.com",
      name: "Ada",
      createdAt: "2026-01-01T00:00:00.000Z",
    });
  });

  it("a tombstoned user answers 403", async () => {
    await clerkApp();
    await t!.db
      .insertInto("users")
      .values({
        id: SUB,
        email: null,
        name: null,
        created_at: "2026-01-01T00:00:00.000Z",
        updated_at: null,
        deleted_at: "2026-02-01T00:00:00.000Z",
        last_event_at: null,
      })
      .execute();
    const res = await me(`Bearer ${await token()}`);
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
  });
});

describe("GET /api/me: failure reasons", () => {
  it("logs why a token was rejected but keeps the response body generic", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const logged = await buildTestApp({
      env: { CLERK_ISSUER: jwks.origin, CLERK_JWKS_URL: jwks.jwksUrl, CLERK_AUTHORIZED_PARTIES: SPA },
    });
    try {
      const bad = await signToken(key1, claims({ azp: "https://evil.example" }));
      const res = await logged.app.inject({
        method: "GET",
        url: "/api/me",
        headers: { authorization: `Bearer ${bad}` },
      });
      expect(res.statusCode).toBe(401);
      expect(res.body).not.toContain("azp");
      expect(res.body).not.toContain("evil");
      const rejection = logged.logs.records().find((r) => r.msg === "bearer token rejected");
      expect(String(rejection?.reason)).toContain("https://evil.example");
      expect(logged.logs.text).not.toContain(bad);
    } finally {
      await logged.close();
    }
  });
});

describe("Content-Security-Policy in Clerk mode", () => {
  it("lets the SPA load Clerk's SDK from the Frontend API host and nothing else new", async () => {
    const app = await clerkApp();
    // The page policy: what the SPA and Swagger UI are served with (JSON answers have default-src 'none').
    const res = await app.inject({ method: "GET", url: "/docs" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toMatch(
      new RegExp(
        `script-src 'self' ${jwks.origin.replace(/[.:/]/g, "\\$&")} https://challenges\\.cloudflare\\.com`,
      ),
    );
    expect(csp).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:\d+;/);
    expect(csp).toContain("https://img.clerk.com");
  });
});
