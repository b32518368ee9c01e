/**
 * Bearer authentication for /api routes (the FastAPI `Depends(current_user)` analogue). Routes
 * registered inside a scope that called `requireSignedIn(scope)` (app.ts has one) run
 * `app.requireUser` as an onRequest hook, and then `request.user` is the signed-in, non-deleted user. Clerk mode and local sign-in mode share
 * this code and the verifier; only the key source differs (docs/decisions/003-local-sign-in.md).
 */
import type { User } from "@katagen/contract";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Db } from "../db/create-db";
import { nowIso, systemClock, type Clock } from "../db/time";
import type { AuthSettings } from "../config/auth-settings";
import type { LocalKey } from "../modules/auth/local-keys";
import {
  createVerifier,
  InvalidTokenError,
  KeysUnavailableError,
  type KeySource,
  type VerifyBackendToken,
} from "../modules/auth/verifier";
import { ensureUser, toUser } from "../modules/users/repo";
import { AppError, problemResponses } from "./errors";

export interface AuthUser extends User {
  /** The origin the token was minted for (`azp`). */
  azp: string;
}

declare module "fastify" {
  interface FastifyInstance {
    verifyBackendToken: VerifyBackendToken;
    /** onRequest hook: verifies the Bearer token and loads (or creates) the user into request.user. */
    requireUser: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    /** Set by `app.requireUser`; only meaningful on routes in a signed-in scope. */
    user: AuthUser;
  }
}

/** In a route's schema, OpenAPI marks it as needing a Bearer token. */
export const bearerSecurity = [{ bearerAuth: [] }];

/** What any signed-in route may answer before its handler runs: no or bad token, deleted user, keys down. */
const signedInProblems = {
  401: problemResponses[401],
  403: problemResponses[403],
  503: problemResponses[503],
};

/**
 * Every route registered in this encapsulated scope (and its children) needs a signed-in user, so a
 * new route cannot forget it: one onRequest hook for the scope, and each route's OpenAPI entry gains
 * the Bearer security and the 401, 403 and 503 that the hook can answer.
 */
export function requireSignedIn(scope: FastifyInstance) {
  scope.addHook("onRoute", (route) => {
    route.schema = {
      ...route.schema,
      security: bearerSecurity,
      response: { ...signedInProblems, ...(route.schema?.response as object | undefined) },
    };
  });
  scope.addHook("onRequest", scope.requireUser);
}

/** Seconds the SPA should wait before retrying when the issuer's keys are unreachable. */
export const JWKS_RETRY_AFTER_S = 5;

export interface AuthPluginOptions {
  settings: AuthSettings;
  db: Db;
  /** Required in local mode: the API's own signing key. */
  localKey?: LocalKey;
  clock?: Clock;
}

export function keySourceFor(settings: AuthSettings, localKey: LocalKey | undefined): KeySource {
  if (settings.keys.kind !== "local") return settings.keys;
  if (!localKey) throw new Error("local sign-in mode needs the local signing key");
  return { kind: "local", jwks: localKey.jwks };
}

// The body never says why: a precise reason would be an oracle for forging tokens.
const invalidToken = (missing: boolean) =>
  new AppError(401, {
    detail: missing
      ? "Sign in to continue."
      : "The access token is missing, invalid or expired. Sign in again.",
    headers: {
      "www-authenticate": missing
        ? 'Bearer realm="katagen"'
        : 'Bearer realm="katagen", error="invalid_token"',
    },
  });

async function authPlugin(app: FastifyInstance, options: AuthPluginOptions) {
  const clock = options.clock ?? systemClock;
  const verify = createVerifier({
    issuer: options.settings.issuer,
    audience: options.settings.audience,
    authorizedParties: options.settings.authorizedParties,
    clockSkewS: options.settings.clockSkewS,
    keys: keySourceFor(options.settings, options.localKey),
  });

  app.decorate("verifyBackendToken", verify);
  app.decorateRequest("user", null as unknown as AuthUser);

  app.decorate("requireUser", async function requireUser(request: FastifyRequest) {
    let verified;
    try {
      verified = await verify(request.headers.authorization);
    } catch (err) {
      if (err instanceof InvalidTokenError) {
        request.log.info({ reason: err.message }, "bearer token rejected");
        throw invalidToken(err.missing);
      }
      if (err instanceof KeysUnavailableError) {
        request.log.warn({ err }, "cannot verify bearer token: issuer keys unavailable");
        throw new AppError(503, {
          detail: "Sign-in keys are temporarily unavailable. Try again shortly.",
          headers: { "retry-after": String(JWKS_RETRY_AFTER_S) },
        });
      }
      throw err;
    }
    const row = await ensureUser(options.db, verified.userId, nowIso(clock));
    if (row.deleted_at !== null) {
      request.log.info({ userId: row.id }, "token for a deleted user");
      throw new AppError(403, { detail: "This account has been deleted." });
    }
    request.user = { ...toUser(row), azp: verified.azp };
  });
}

export default fp(authPlugin, { name: "katagen-auth", fastify: "5.x" });
