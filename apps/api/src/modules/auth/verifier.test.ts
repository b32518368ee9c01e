import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startJwksServer, type JwksServer } from "../../testing/jwks-server";
import { createTestKey, signToken, templateClaims, type TestKey } from "../../testing/token-factory";
import { createVerifier, InvalidTokenError, KeysUnavailableError, type VerifierOptions } from "./verifier";

const SPA = "http://localhost:5173";
let key1: TestKey;
let key2: TestKey;
let jwks: JwksServer | undefined;

beforeAll(async () => {
  [key1, key2] = await Promise.all([createTestKey("ins_test_1"), createTestKey("ins_test_2")]);
});
afterEach(async () => {
  await jwks?.close();
  jwks = undefined;
});

function remoteOptions(server: JwksServer, cooldownMs = 30_000): VerifierOptions {
  return {
    issuer: server.origin,
    audience: "backend",
    authorizedParties: [SPA],
    clockSkewS: 5,
    keys: { kind: "jwks", url: server.jwksUrl, cooldownMs },
  };
}

const bearer = (token: string) => `Bearer ${token}`;

describe("verifyBackendToken", () => {
  it("returns the subject, azp and claims of a valid template token", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier(remoteOptions(jwks));
    const token = await signToken(
      key1,
      templateClaims({ issuer: jwks.origin, azp: SPA, sub: "user_abc123" }),
    );
    const result = await verify(bearer(token));
    expect(result.userId).toBe("user_abc123");
    expect(result.azp).toBe(SPA);
    expect(result.claims.aud).toBe("backend");
  });

  it("rejects malformed credentials before fetching any key", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier(remoteOptions(jwks));
    for (const header of [
      "Basic x",
      "Bearer",
      "Bearer a.b",
      "Bearer a.b.c d.e.f",
      "Bearer a.b!.c",
      `Bearer ${"a".repeat(8200)}.b.c`,
    ]) {
      await expect(verify(header), header.slice(0, 30)).rejects.toBeInstanceOf(InvalidTokenError);
    }
    await expect(verify(undefined)).rejects.toMatchObject({ missing: true });
    expect(jwks.requests).toBe(0);
  });

  it("accepts the scheme in any case and several spaces before the token", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier(remoteOptions(jwks));
    const token = await signToken(key1, templateClaims({ issuer: jwks.origin, azp: SPA }));
    await expect(verify(`bEaReR   ${token}`)).resolves.toMatchObject({ azp: SPA });
  });

  it("keeps verifying with the cached keys when the JWKS goes down after a first fetch", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier(remoteOptions(jwks));
    const claims = templateClaims({ issuer: jwks.origin, azp: SPA });
    await verify(bearer(await signToken(key1, claims)));
    jwks.failWith = 500;
    await expect(verify(bearer(await signToken(key1, claims)))).resolves.toBeTruthy();
  });

  it("reports unavailable keys (not an invalid token) when the JWKS answers 500 on a cold cache", async () => {
    jwks = await startJwksServer([key1.jwk]);
    jwks.failWith = 500;
    const verify = createVerifier(remoteOptions(jwks));
    const token = await signToken(key1, templateClaims({ issuer: jwks.origin, azp: SPA }));
    await expect(verify(bearer(token))).rejects.toBeInstanceOf(KeysUnavailableError);
  });

  it("falls back to the keys it holds when a refetch for an unknown kid fails", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier(remoteOptions(jwks, 0));
    const claims = templateClaims({ issuer: jwks.origin, azp: SPA });
    await verify(bearer(await signToken(key1, claims)));
    jwks.failWith = 503;
    // The unknown kid is judged against the cached set: an invalid token, not an outage.
    await expect(verify(bearer(await signToken(key2, claims)))).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verify(bearer(await signToken(key1, claims)))).resolves.toBeTruthy();
  });

  it("uses only the PEM key in PEM mode, ignoring kid", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier({ ...remoteOptions(jwks), keys: { kind: "pem", pem: key1.pem } });
    const claims = templateClaims({ issuer: jwks.origin, azp: SPA });
    await expect(
      verify(bearer(await signToken(key1, claims, { header: { kid: "whatever" } }))),
    ).resolves.toBeTruthy();
    await expect(verify(bearer(await signToken(key2, claims)))).rejects.toBeInstanceOf(InvalidTokenError);
    expect(jwks.requests).toBe(0);
  });

  it("accepts a token whose typ header is absent", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier(remoteOptions(jwks));
    const token = await signToken(key1, templateClaims({ issuer: jwks.origin, azp: SPA }), {
      header: { typ: undefined },
    });
    await expect(verify(bearer(token))).resolves.toBeTruthy();
  });

  it("rejects a typ other than JWT", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier(remoteOptions(jwks));
    const token = await signToken(key1, templateClaims({ issuer: jwks.origin, azp: SPA }), {
      header: { typ: "at+jwt" },
    });
    await expect(verify(bearer(token))).rejects.toBeInstanceOf(InvalidTokenError);
  });
});

describe("the verified-signature cache (decision 018)", () => {
  it("accepts a remembered token again, and still refuses it once its exp has passed", async () => {
    jwks = await startJwksServer([key1.jwk]);
    let now = Date.now();
    const verify = createVerifier({ ...remoteOptions(jwks), nowMs: () => now });
    const token = await signToken(
      key1,
      templateClaims({ issuer: jwks.origin, azp: SPA }, {}, Math.floor(now / 1000)),
    );
    expect((await verify(bearer(token))).userId).toBe("user_2abcDEF123");
    expect((await verify(bearer(token))).userId).toBe("user_2abcDEF123");
    now += 66_000; // past exp (60 s) and the 5 s skew
    await expect(verify(bearer(token))).rejects.toThrow(/expired/);
  });

  it("remembers only tokens that passed every check, so a refused one is refused again in full", async () => {
    jwks = await startJwksServer([key1.jwk]);
    const verify = createVerifier(remoteOptions(jwks));
    const wrongParty = await signToken(
      key1,
      templateClaims({ issuer: jwks.origin, azp: "https://evil.example" }),
    );
    await expect(verify(bearer(wrongParty))).rejects.toThrow(/not an authorized party/);
    await expect(verify(bearer(wrongParty))).rejects.toThrow(/not an authorized party/);
    const forged = `${wrongParty.slice(0, wrongParty.lastIndexOf(".") + 1)}${"A".repeat(342)}`;
    await expect(verify(bearer(forged))).rejects.toThrow(InvalidTokenError);
  });
});
