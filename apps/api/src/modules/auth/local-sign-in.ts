/**
 * Local sign-in: a development identity provider for zero-config, offline use. It mimics the part
 * of Clerk the API sees: a session (here an httpOnly cookie) from which the SPA obtains short-lived
 * template-shaped Bearer tokens. Those tokens go through the same verifier as Clerk's.
 */
import { createHash, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { AuthSettings } from "../../config/auth-settings";
import type { LocalKey } from "./local-keys";

export const SESSION_COOKIE = "katagen_session";
export const SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;
export const LOCAL_TOKEN_LIFETIME_S = 60;

export interface LocalSession {
  sub: string;
  email: string;
  name: string;
  /** Unix seconds the session was created. */
  iat: number;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Same email, same user id, across restarts and machines; matches Clerk's `user_[A-Za-z0-9]+`. */
export function localUserId(email: string): string {
  return `user_local${createHash("sha256").update(normalizeEmail(email)).digest("hex").slice(0, 24)}`;
}

export function encodeSession(session: LocalSession): string {
  return Buffer.from(JSON.stringify(session)).toString("base64url");
}

/** The cookie's signature has already been checked; this only validates shape and age. */
export function decodeSession(value: string, nowS: number): LocalSession | null {
  try {
    const s = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Partial<LocalSession>;
    if (
      typeof s.sub !== "string" ||
      typeof s.email !== "string" ||
      typeof s.name !== "string" ||
      typeof s.iat !== "number"
    ) {
      return null;
    }
    if (s.iat + SESSION_MAX_AGE_S < nowS) return null;
    return { sub: s.sub, email: s.email, name: s.name, iat: s.iat };
  } catch {
    return null;
  }
}

/** azp is the calling page's origin when it is one of ours, else the API's own origin. */
export function chooseAzp(origin: string | undefined, settings: AuthSettings): string {
  return origin !== undefined && settings.authorizedParties.includes(origin) ? origin : settings.issuer;
}

/** Exactly the claims Clerk's `backend` JWT template carries: azp, exp, iat, iss, jti, nbf, sub, aud. */
export async function mintLocalToken(
  key: LocalKey,
  settings: AuthSettings,
  input: { sub: string; azp: string; nowS: number },
): Promise<string> {
  const iat = input.nowS;
  return new SignJWT({
    azp: input.azp,
    jti: randomUUID().replaceAll("-", "").slice(0, 20),
    sub: input.sub,
    aud: settings.audience,
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setIssuer(settings.issuer)
    .setIssuedAt(iat)
    .setNotBefore(iat - 5)
    .setExpirationTime(iat + LOCAL_TOKEN_LIFETIME_S)
    .sign(key.privateKey);
}
