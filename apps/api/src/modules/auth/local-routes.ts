import cookie from "@fastify/cookie";
import {
  JWKS_PATH,
  LOCAL_SESSION_PATH,
  LOCAL_SIGN_IN_PATH,
  LOCAL_SIGN_OUT_PATH,
  LOCAL_TOKEN_PATH,
  LocalSessionSchema,
  LocalSignInBodySchema,
  LocalTokenSchema,
  UserSchema,
} from "@katagen/contract";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Db } from "../../db/create-db";
import { nowIso, systemClock, type Clock } from "../../db/time";
import { AppError, problemResponses } from "../../plugins/errors";
import { findUser, saveLocalUser, toUser } from "../users/repo";
import type { AuthSettings } from "../../config/auth-settings";
import type { LocalKey } from "./local-keys";
import {
  chooseAzp,
  decodeSession,
  encodeSession,
  localUserId,
  mintLocalToken,
  normalizeEmail,
  SESSION_COOKIE,
  SESSION_MAX_AGE_S,
  type LocalSession,
} from "./local-sign-in";
import { NoQuerySchema } from "../../lib/no-query";

export interface LocalRoutesOptions {
  settings: AuthSettings;
  localKey: LocalKey;
  db: Db;
  clock?: Clock;
}

const JwksSchema = z.object({ keys: z.array(z.record(z.string(), z.unknown())) });

/**
 * Local sign-in routes. Not wrapped in fastify-plugin: @fastify/cookie stays scoped to these
 * routes, since nothing else in the API reads cookies (Bearer tokens only, so no CSRF surface).
 */
export default async function localRoutes(app: FastifyInstance, options: LocalRoutesOptions) {
  const { settings, localKey, db } = options;
  const clock = options.clock ?? systemClock;
  // Token and session times use the real clock, like the verifier (jose) that checks them; the
  // injectable clock only stamps database rows.
  const nowS = () => Math.floor(Date.now() / 1000);
  const secure = settings.issuer.startsWith("https://");

  await app.register(cookie, { secret: localKey.cookieSecret });
  const r = app.withTypeProvider<ZodTypeProvider>();

  /**
   * CSRF: the session cookie is ambient, so a hostile page could make the browser POST here.
   * SameSite=Lax already keeps the cookie off cross-site POSTs; on top of that a cookie-bearing POST
   * must carry an Origin we trust, or (for clients that send no Origin) a JSON content type, which a
   * cross-site form cannot send and a cross-site fetch can only send after a CORS preflight that
   * our allowlist refuses. A token minted for a foreign page is therefore impossible.
   */
  function assertTrustedCaller(request: FastifyRequest) {
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (!settings.authorizedParties.includes(origin)) {
        throw new AppError(403, { detail: "Requests from this origin may not use the local session." });
      }
      return;
    }
    const type = request.headers["content-type"] ?? "";
    if (!/^application\/json\b/i.test(type)) {
      throw new AppError(403, { detail: "Send Content-Type: application/json (or an Origin header)." });
    }
  }

  function readSession(request: FastifyRequest): LocalSession | null {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return null;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || unsigned.value === null) return null;
    return decodeSession(unsigned.value, nowS());
  }

  function clearSession(reply: FastifyReply) {
    reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure });
  }

  const tags = ["auth"];

  r.get(
    JWKS_PATH,
    {
      schema: {
        tags,
        operationId: "getLocalJwks",
        summary: "Public keys of the local sign-in issuer (JWKS)",
        querystring: NoQuerySchema,
        response: { 200: JwksSchema, 400: problemResponses[400] },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "public, max-age=300");
      return localKey.jwks as z.infer<typeof JwksSchema>;
    },
  );

  r.post(
    LOCAL_SIGN_IN_PATH,
    {
      schema: {
        tags,
        operationId: "signInLocally",
        summary: "Sign in locally with a name and email (development identity provider)",
        body: LocalSignInBodySchema,
        response: { 200: UserSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      assertTrustedCaller(request);
      const email = normalizeEmail(request.body.email);
      const id = localUserId(email);
      const row = await saveLocalUser(db, { id, email, name: request.body.name }, nowIso(clock));
      if (row.deleted_at !== null) throw new AppError(403, { detail: "This account has been deleted." });
      const session: LocalSession = { sub: id, email, name: request.body.name, iat: nowS() };
      reply.setCookie(SESSION_COOKIE, encodeSession(session), {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure,
        signed: true,
        maxAge: SESSION_MAX_AGE_S,
      });
      return toUser(row);
    },
  );

  r.post(
    LOCAL_SIGN_OUT_PATH,
    {
      schema: {
        tags,
        operationId: "signOutLocally",
        summary: "End the local session",
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      assertTrustedCaller(request);
      clearSession(reply);
      // No payload at all: a 204 has no body, and `send(null)` would still label one as JSON.
      return (reply as FastifyReply).code(204).send();
    },
  );

  r.get(
    LOCAL_SESSION_PATH,
    {
      schema: {
        tags,
        operationId: "getLocalSession",
        summary: "The locally signed-in user, or null",
        querystring: NoQuerySchema,
        response: { 200: LocalSessionSchema, 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      const session = readSession(request);
      if (!session) return { user: null };
      const row = await findUser(db, session.sub);
      if (!row || row.deleted_at !== null) {
        clearSession(reply);
        return { user: null };
      }
      return { user: toUser(row) };
    },
  );

  r.post(
    LOCAL_TOKEN_PATH,
    {
      schema: {
        tags,
        operationId: "createLocalToken",
        summary: "A fresh 60-second Bearer token for the API (Clerk `backend` template claims)",
        response: { 200: LocalTokenSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = readSession(request);
      if (!session) throw new AppError(401, { detail: "Not signed in." });
      assertTrustedCaller(request);
      reply.header("cache-control", "no-store");
      const azp = chooseAzp(request.headers.origin, settings);
      return { token: await mintLocalToken(localKey, settings, { sub: session.sub, azp, nowS: nowS() }) };
    },
  );
}
