import { stat } from "node:fs/promises";
import { join } from "node:path";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { buildAuthTestApp, type AuthTestApp } from "../../testing/auth-app";
import { LOCAL_KEY_FILE } from "./local-keys";
import { localUserId, SESSION_COOKIE } from "./local-sign-in";

const OWN = "http://localhost:3000";
const SPA = "http://localhost:5173";

let t: AuthTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function localApp(env: Record<string, string> = {}, dataDir?: string) {
  t = await buildAuthTestApp({ PORT: "3000", ...env }, { dataDir });
  return t.app;
}

function sessionCookie(res: { cookies: { name: string; value: string }[] }): string {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error("no session cookie set");
  return `${cookie.name}=${cookie.value}`;
}

async function signIn(
  origin = SPA,
  body: Record<string, string> = { name: "Ada Lovelace", email: "Ada@Example.com" },
) {
  const res = await t!.app.inject({
    method: "POST",
    url: "/auth/local/sign-in",
    headers: { origin },
    payload: body,
  });
  return res;
}

async function mintToken(cookie: string, origin: string | undefined = SPA) {
  return t!.app.inject({
    method: "POST",
    url: "/auth/local/token",
    headers: { cookie, ...(origin ? { origin } : {}) },
  });
}

describe("local sign-in mode", () => {
  it("signs in, gets a token from the cookie session and reads /api/me with it", async () => {
    await localApp();
    const signedIn = await signIn();
    expect(signedIn.statusCode).toBe(200);
    const id = localUserId("ada@example.com");
    expect(signedIn.json()).toMatchObject({ id, email: "ada@example.com", name: "Ada Lovelace" });
    const raw = signedIn.headers["set-cookie"];
    expect(String(raw)).toMatch(/HttpOnly/i);
    expect(String(raw)).toMatch(/SameSite=Lax/i);

    const tokenRes = await mintToken(sessionCookie(signedIn));
    expect(tokenRes.statusCode).toBe(200);
    expect(tokenRes.headers["cache-control"]).toBe("no-store");
    const { token } = tokenRes.json() as { token: string };

    const me = await t!.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id, email: "ada@example.com", name: "Ada Lovelace" });
  });

  it("mints exactly Clerk's backend-template claims, 60 s long, issued by the API's own origin", async () => {
    await localApp();
    const { token } = (await mintToken(sessionCookie(await signIn()))).json() as { token: string };
    const claims = decodeJwt(token);
    expect(Object.keys(claims).sort()).toEqual(["aud", "azp", "exp", "iat", "iss", "jti", "nbf", "sub"]);
    expect(claims).toMatchObject({ aud: "backend", azp: SPA, iss: OWN, sub: localUserId("ada@example.com") });
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(claims.iat! - claims.nbf!).toBe(5);
    expect(claims.sub).toMatch(/^user_[A-Za-z0-9]+$/);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "RS256", typ: "JWT" });
  });

  it("uses the API's own origin as azp when the caller sends no Origin", async () => {
    await localApp();
    const cookie = sessionCookie(await signIn());
    const res = await t!.app.inject({
      method: "POST",
      url: "/auth/local/token",
      headers: { cookie, "content-type": "application/json" },
      payload: "{}",
    });
    expect(res.statusCode).toBe(200);
    expect(decodeJwt((res.json() as { token: string }).token).azp).toBe(OWN);
  });

  it("publishes the verifying key at /.well-known/jwks.json", async () => {
    await localApp();
    const { token } = (await mintToken(sessionCookie(await signIn()))).json() as { token: string };
    const jwks = (await t!.app.inject({ method: "GET", url: "/.well-known/jwks.json" })).json() as {
      keys: { kid: string; d?: string }[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]!.kid).toBe(decodeProtectedHeader(token).kid);
    expect(jwks.keys[0]!.d).toBeUndefined();
  });

  it("refuses a token without the session cookie (401), from a foreign Origin (403), or a no-Origin text/plain post (403)", async () => {
    await localApp();
    const cookie = sessionCookie(await signIn());
    expect((await mintToken("", SPA)).statusCode).toBe(401);
    expect((await mintToken(cookie, "https://evil.example")).statusCode).toBe(403);
    const form = await t!.app.inject({
      method: "POST",
      url: "/auth/local/token",
      // What a cross-site <form enctype="text/plain"> can send without a preflight.
      headers: { cookie, "content-type": "text/plain" },
      payload: "a=1",
    });
    expect(form.statusCode).toBe(403);
  });

  it("refuses a tampered session cookie", async () => {
    await localApp();
    const cookie = sessionCookie(await signIn());
    const [name, value] = cookie.split("=") as [string, string];
    const forged = `${name}=${Buffer.from(JSON.stringify({ sub: "user_localbeef", email: "x@y.z", name: "X", iat: 1 })).toString("base64url")}.${value.split(".").pop()}`;
    expect((await mintToken(forged)).statusCode).toBe(401);
  });

  it("reports the session, and signs out", async () => {
    await localApp();
    const cookie = sessionCookie(await signIn());
    const session = await t!.app.inject({ method: "GET", url: "/auth/local/session", headers: { cookie } });
    expect(session.json()).toMatchObject({ user: { name: "Ada Lovelace" } });
    expect((await t!.app.inject({ method: "GET", url: "/auth/local/session" })).json()).toEqual({
      user: null,
    });

    const out = await t!.app.inject({
      method: "POST",
      url: "/auth/local/sign-out",
      headers: { cookie, origin: SPA },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
  });

  it("answers 400 problem+json for a sign-in without a valid email", async () => {
    await localApp();
    const res = await signIn(SPA, { name: "Ada", email: "not-an-email" });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
  });

  it("refuses to sign in a deleted (tombstoned) user", async () => {
    await localApp();
    await signIn();
    await t!.db.updateTable("users").set({ deleted_at: "2026-01-01T00:00:00.000Z" }).execute();
    expect((await signIn()).statusCode).toBe(403);
  });

  it("keeps one key pair under DATA_DIR with mode 0600 and reuses it after a restart", async () => {
    await localApp();
    const dataDir = t!.dataDir;
    const cookie = sessionCookie(await signIn());
    const { token } = (await mintToken(cookie)).json() as { token: string };
    expect((await stat(join(dataDir, LOCAL_KEY_FILE))).mode & 0o777).toBe(0o600);
    await t!.app.close();

    // Same DATA_DIR: the old cookie and token still verify.
    const second = await buildAuthTestApp({ PORT: "3000" }, { dataDir });
    try {
      expect(
        (
          await second.app.inject({
            method: "POST",
            url: "/auth/local/token",
            headers: { cookie, origin: SPA },
          })
        ).statusCode,
      ).toBe(200);
      const me = await second.app.inject({
        method: "GET",
        url: "/api/me",
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });

  it("does not expose local sign-in routes in Clerk mode", async () => {
    await localApp({ CLERK_ISSUER: "https://clerk.example.com", CLERK_AUTHORIZED_PARTIES: SPA });
    const token = await t!.app.inject({ method: "POST", url: "/auth/local/token", headers: { origin: SPA } });
    expect([404, 405]).toContain(token.statusCode);
    const jwks = await t!.app.inject({ method: "GET", url: "/.well-known/jwks.json" });
    expect(jwks.statusCode).toBe(404);
  });
});
