/**
 * docs/reliability.md F8: the JWT attack matrix against GET /api/me, through a real loopback JWKS server
 * and the real verifier. Every case must be a 401 problem: no 2xx, no 5xx, and no request to any
 * URL the token names (jku / x5u). docs/clerk-auth.md §8.1 covers the rows one by one; this is the whole
 * matrix in one place so the figure "K of K refused" is a test.
 */
import { createHmac } from "node:crypto";
import { PROBLEM_CONTENT_TYPE } from "@katagen/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAuthTestApp, type AuthTestApp } from "../../testing/auth-app";
import { startJwksServer, type JwksServer } from "../../testing/jwks-server";
import {
  createTestKey,
  hs256WithPem,
  signToken,
  templateClaims,
  withPayload,
  type ClaimOverrides,
  type TestKey,
} from "../../testing/token-factory";

const SPA = "http://localhost:5173";
const SUB = "user_2abcDEF123";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

let key: TestKey;
let attacker: TestKey;
let jwks: JwksServer;
/** The attacker's own JWKS, named by jku / x5u: the verifier must never fetch it. */
let attackerJwks: JwksServer;
let t: AuthTestApp;

beforeAll(async () => {
  [key, attacker] = await Promise.all([createTestKey("ins_live_1"), createTestKey("ins_attacker")]);
  jwks = await startJwksServer([key.jwk]);
  attackerJwks = await startJwksServer([attacker.jwk]);
  t = await buildAuthTestApp({
    CLERK_ISSUER: jwks.origin,
    CLERK_JWKS_URL: jwks.jwksUrl,
    CLERK_AUTHORIZED_PARTIES: SPA,
  });
});

afterAll(async () => {
  await t?.close();
  await jwks?.close();
  await attackerJwks?.close();
});

const claims = (overrides: ClaimOverrides = {}) =>
  templateClaims({ issuer: jwks.origin, azp: SPA, sub: SUB }, overrides);

/** header.payload with an alg-none style header, and the given signature segment. */
function unsigned(alg: string, signature = "") {
  return `${b64({ alg, typ: "JWT" })}.${b64(claims())}.${signature}`;
}

function hs256(secret: string) {
  const head = `${b64({ alg: "HS256", kid: key.kid, typ: "JWT" })}.${b64(claims())}`;
  return `${head}.${createHmac("sha256", secret).update(head).digest("base64url")}`;
}

const now = () => Math.floor(Date.now() / 1000);

const ATTACKS: [string, () => Promise<string> | string][] = [
  ["alg none", () => unsigned("none")],
  ["alg None", () => unsigned("None")],
  ["alg NONE", () => unsigned("NONE")],
  [
    "RS256 header with an empty signature",
    async () => (await signToken(key, claims())).replace(/[^.]+$/, ""),
  ],
  ["HS256 with a blank secret", () => hs256("")],
  ["RS256 → HS256 keyed with the published key (PEM)", () => hs256WithPem(key.pem, key.kid, claims())],
  ["RS256 → HS256 keyed with the published JWK's JSON", () => hs256(JSON.stringify(key.jwk))],
  [
    "an inline jwk header carrying the attacker's key under the real kid",
    () => signToken({ ...attacker, kid: key.kid }, claims(), { header: { jwk: attacker.jwk } }),
  ],
  [
    "a foreign jku pointing at the attacker's JWKS",
    () => signToken(attacker, claims(), { header: { jku: attackerJwks.jwksUrl } }),
  ],
  [
    "a foreign x5u pointing at the attacker's server",
    () => signToken(attacker, claims(), { header: { x5u: attackerJwks.jwksUrl } }),
  ],
  ["an unknown kid", () => signToken(attacker, claims())],
  [
    "expired a minute ago",
    () => signToken(key, claims({ exp: now() - 60, iat: now() - 120, nbf: now() - 120 })),
  ],
  ["nbf a minute ahead", () => signToken(key, claims({ nbf: now() + 60 }))],
  ["a wrong iss", () => signToken(key, claims({ iss: "https://evil.clerk.accounts.dev" }))],
  ["a wrong azp", () => signToken(key, claims({ azp: "https://evil.example" }))],
  [
    "a tampered payload with the signature kept",
    async () => withPayload(await signToken(key, claims()), claims({ sub: "user_someoneElse" })),
  ],
];

describe("F8: JWT attacks against GET /api/me", () => {
  it.each(ATTACKS)("%s answers 401 invalid_token problem+json", async (_name, make) => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { authorization: `Bearer ${await make()}` },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.headers["www-authenticate"]).toMatch(/error="invalid_token"/);
  });

  it(`all ${ATTACKS.length} are refused, the genuine token is not, and no URL a token names is fetched`, async () => {
    const statuses: number[] = [];
    for (const [, make] of ATTACKS) {
      const res = await t.app.inject({
        method: "GET",
        url: "/api/me",
        headers: { authorization: `Bearer ${await make()}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(ATTACKS.length);
    expect(attackerJwks.requests).toBe(0);
    // The control: the same app and keys accept a real template token, so the 401s are the attacks'.
    const genuine = await t.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { authorization: `Bearer ${await signToken(key, claims())}` },
    });
    expect(genuine.statusCode).toBe(200);
  });
});
