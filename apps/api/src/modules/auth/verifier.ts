/**
 * The one Bearer-token verifier (docs/clerk-auth.md §3.1). Clerk mode and local sign-in mode both come
 * through here; they differ only in where the public keys come from.
 */
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  importSPKI,
  jwtVerify,
  type CryptoKey,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";

/** Clerk's category tag for machine-to-machine tokens (backend tokens/jwtCategories.ts). */
export const CLERK_M2M_CATEGORY = "cl_B7d4PD333AAA";
export const MAX_TOKEN_BYTES = 8192;

const BEARER = /^Bearer +(.+)$/i;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const CLERK_USER_ID = /^user_[A-Za-z0-9]+$/;

export type KeySource =
  | { kind: "jwks"; url: string; cooldownMs: number; timeoutMs?: number }
  | { kind: "pem"; pem: string }
  /** Local sign-in: the API's own public keys, in process (no self-HTTP). */
  | { kind: "local"; jwks: JSONWebKeySet };

export interface VerifierOptions {
  issuer: string;
  audience: string;
  authorizedParties: readonly string[];
  clockSkewS: number;
  keys: KeySource;
  /** How many verified signatures to remember (decision 018); 0 verifies every request in full. */
  cacheSize?: number;
  /** The clock the claim checks read, in ms (tests move it); Date.now by default. */
  nowMs?: () => number;
}

/** The default size of the verified-signature cache: one entry per live token, about 1 KB each. */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

export interface VerifiedToken {
  userId: string;
  azp: string;
  claims: JWTPayload;
}

/** The token is unacceptable. `reason` is for the server log only, never for the response. */
export class InvalidTokenError extends Error {
  readonly missing: boolean;
  constructor(reason: string, options?: { missing?: boolean; cause?: unknown }) {
    super(reason, { cause: options?.cause });
    this.name = "InvalidTokenError";
    this.missing = options?.missing ?? false;
  }
}

/** No key could be obtained to judge the token: the client should retry, not sign out. */
export class KeysUnavailableError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = "KeysUnavailableError";
  }
}

interface Verified {
  payload: JWTPayload;
  header: Record<string, unknown>;
}

export type VerifyBackendToken = (authorizationHeader: string | undefined) => Promise<VerifiedToken>;

/** A fetch that failed (down, timeout, non-200, junk), as opposed to a JWKS that lacks the kid. */
function isJwksFetchFailure(err: unknown): boolean {
  if (err instanceof joseErrors.JWKSNoMatchingKey || err instanceof joseErrors.JWKSMultipleMatchingKeys)
    return false;
  if (err instanceof joseErrors.JWKSTimeout || err instanceof joseErrors.JWKSInvalid) return true;
  if (err instanceof TypeError) return true; // fetch: ECONNREFUSED, DNS, reset
  return err instanceof joseErrors.JOSEError && err.code === "ERR_JOSE_GENERIC";
}

function remoteKeys(url: string, cooldownMs: number, timeoutMs: number | undefined): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(url), {
    cooldownDuration: cooldownMs,
    timeoutDuration: timeoutMs,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (err) {
      if (!isJwksFetchFailure(err)) throw err;
      // jose refetches once its 10-minute cache ages out; if the issuer is down at that moment,
      // the keys we already hold are still the best evidence we have.
      const stale = remote.jwks();
      if (stale) return createLocalJWKSet(stale)(header, token);
      throw new KeysUnavailableError("JWKS unreachable and no cached key", { cause: err });
    }
  };
}

export function createVerifier(options: VerifierOptions): VerifyBackendToken {
  const parties = new Set(options.authorizedParties);
  let getKey: JWTVerifyGetKey;
  switch (options.keys.kind) {
    case "jwks":
      getKey = remoteKeys(options.keys.url, options.keys.cooldownMs, options.keys.timeoutMs);
      break;
    case "local":
      getKey = createLocalJWKSet(options.keys.jwks);
      break;
    case "pem": {
      // PEM mode ignores kid, as Clerk's networkless mode does; the import is done once.
      const pem = options.keys.pem;
      let imported: Promise<CryptoKey> | undefined;
      getKey = () => (imported ??= importSPKI(pem, "RS256"));
      break;
    }
  }

  const nowMs = options.nowMs ?? (() => Date.now());
  const nowS = () => Math.floor(nowMs() / 1000);
  const cacheSize = options.cacheSize ?? VERIFIED_TOKEN_CACHE_SIZE;
  const cache =
    cacheSize > 0
      ? new LRUCache<string, Verified>({
          max: cacheSize,
          ttlAutopurge: false,
          allowStale: false,
          perf: { now: nowMs },
        })
      : null;

  /**
   * The claim checks jwtVerify makes, for a token whose signature is already known good: the same
   * issuer, audience, required claims and time window, with the same skew.
   */
  function checkClaims(payload: JWTPayload, now: number) {
    for (const claim of ["sub", "exp", "iat", "nbf", "azp"] as const)
      if (payload[claim] === undefined) throw new InvalidTokenError(`missing ${claim} claim`);
    if (payload.iss !== options.issuer) throw new InvalidTokenError("unexpected iss claim value");
    const aud = payload.aud;
    if (!(Array.isArray(aud) ? aud.includes(options.audience) : aud === options.audience))
      throw new InvalidTokenError("unexpected aud claim value");
    if (typeof payload.exp !== "number" || payload.exp <= now - options.clockSkewS)
      throw new InvalidTokenError("token expired");
    if (typeof payload.nbf !== "number" || payload.nbf > now + options.clockSkewS)
      throw new InvalidTokenError("token not yet valid (nbf)");
  }

  return async function verifyBackendToken(authorizationHeader) {
    // Step 1: shape checks happen before any key lookup, so junk never costs a JWKS fetch.
    if (authorizationHeader === undefined || authorizationHeader === "") {
      throw new InvalidTokenError("no Authorization header", { missing: true });
    }
    const match = BEARER.exec(authorizationHeader);
    if (!match) throw new InvalidTokenError("Authorization is not a Bearer credential");
    const token = match[1]!;
    if (Buffer.byteLength(token, "utf8") > MAX_TOKEN_BYTES)
      throw new InvalidTokenError("token over 8192 bytes");
    if (!COMPACT_JWS.test(token)) throw new InvalidTokenError("token is not three base64url segments");

    // Step 2: signature first, then claims (jose's order), so claim errors are no oracle. A token whose
    // signature this process has already verified skips only the RS256 check (decision 018): every claim
    // below is checked again against the clock on every request, and an entry never outlives its exp.
    const cacheKey = cache ? createHash("sha256").update(token).digest("base64url") : "";
    let verified = cache?.get(cacheKey);
    if (verified) {
      checkClaims(verified.payload, nowS());
    } else {
      try {
        const result = await jwtVerify(token, getKey, {
          algorithms: ["RS256"],
          issuer: options.issuer,
          audience: options.audience,
          requiredClaims: ["sub", "exp", "iat", "nbf", "azp"],
          clockTolerance: options.clockSkewS,
          currentDate: new Date(nowMs()),
        });
        verified = { payload: result.payload, header: result.protectedHeader as Record<string, unknown> };
      } catch (err) {
        if (err instanceof KeysUnavailableError) throw err;
        const code = err instanceof joseErrors.JOSEError ? err.code : "unknown";
        throw new InvalidTokenError(`jwtVerify failed (${code}): ${(err as Error).message}`, { cause: err });
      }
    }
    const { payload, header } = verified;

    // jose only checks iat against the clock when maxTokenAge is set; Clerk rejects a future iat.
    const now = nowS();
    if (typeof payload.iat !== "number" || payload.iat > now + options.clockSkewS) {
      throw new InvalidTokenError("iat is in the future beyond the allowed skew");
    }

    // Step 3: header checks.
    if (header.typ !== undefined && header.typ !== "JWT")
      throw new InvalidTokenError(`typ is ${String(header.typ)}`);
    if (header.cat === CLERK_M2M_CATEGORY) throw new InvalidTokenError("machine-to-machine token");

    // Step 4: azp must name one of our own origins (Clerk's recommended CSRF defence).
    const azp = payload.azp;
    if (typeof azp !== "string" || !parties.has(azp)) {
      throw new InvalidTokenError(`azp ${JSON.stringify(azp)} is not an authorized party`);
    }

    // Step 5: only Clerk user ids (not mch_ machines, not numbers).
    const sub = payload.sub;
    if (typeof sub !== "string" || !CLERK_USER_ID.test(sub)) {
      throw new InvalidTokenError(`sub ${JSON.stringify(sub)} is not a user id`);
    }
    // Only a token that passed every check is remembered, until its exp (plus the skew) at the latest.
    if (cache && !cache.has(cacheKey)) {
      const ttlMs = ((payload.exp as number) + options.clockSkewS) * 1000 - nowMs();
      if (ttlMs > 0) cache.set(cacheKey, verified, { ttl: ttlMs });
    }
    return { userId: sub, azp, claims: payload };
  };
}
