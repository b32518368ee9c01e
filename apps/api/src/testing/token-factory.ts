/**
 * Template-shaped test tokens (docs/clerk-auth.md §7): the claims Clerk's `backend` JWT template emits,
 * signed with real RS256 keys, plus the hostile variants the verifier must refuse.
 */
import { randomUUID } from "node:crypto";
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  UnsecuredJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from "jose";

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** Public JWK with kid/alg/use, as a JWKS publishes it. */
  jwk: JWK;
  /** SPKI PEM of the public key (CLERK_JWT_KEY). */
  pem: string;
}

export async function createTestKey(kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", {
    modulusLength: 2048,
    extractable: true,
  });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { kid, privateKey, publicKey, jwk, pem: await exportSPKI(publicKey) };
}

export interface TokenDefaults {
  issuer: string;
  azp: string;
  sub?: string;
  audience?: string;
}

export type ClaimOverrides = Record<string, unknown>;

/** `undefined` in overrides deletes the claim (e.g. `{ aud: undefined }`). */
export function templateClaims(
  defaults: TokenDefaults,
  overrides: ClaimOverrides = {},
  now = nowS(),
): JWTPayload {
  const claims: Record<string, unknown> = {
    azp: defaults.azp,
    exp: now + 60,
    iat: now,
    iss: defaults.issuer,
    jti: randomUUID().replaceAll("-", "").slice(0, 20),
    nbf: now - 5,
    sub: defaults.sub ?? "user_2abcDEF123",
    aud: defaults.audience ?? "backend",
  };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete claims[name];
    else claims[name] = value;
  }
  return claims as JWTPayload;
}

export function nowS(): number {
  return Math.floor(Date.now() / 1000);
}

export interface SignOptions {
  header?: Record<string, unknown>;
}

/** Signs with header `{alg:'RS256', kid, typ:'JWT'}` (plus overrides) over exactly these claims. */
export async function signToken(
  key: { kid: string; privateKey: CryptoKey },
  claims: JWTPayload,
  options: SignOptions = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT", ...options.header })
    .sign(key.privateKey);
}

export function unsignedToken(claims: JWTPayload): string {
  return new UnsecuredJWT(claims).encode();
}

/** The classic algorithm-confusion attack: HS256 keyed with the public PEM text. */
export async function hs256WithPem(pem: string, kid: string, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", kid, typ: "JWT" })
    .sign(new TextEncoder().encode(pem));
}

/** Swaps the payload segment, keeping header and signature. */
export function withPayload(token: string, claims: JWTPayload): string {
  const [header, , signature] = token.split(".");
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
}
