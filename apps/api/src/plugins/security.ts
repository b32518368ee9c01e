import cors from "@fastify/cors";
import {
  LOCAL_SESSION_PATH,
  LOCAL_SIGN_IN_PATH,
  LOCAL_SIGN_OUT_PATH,
  LOCAL_TOKEN_PATH,
} from "@katagen/contract";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import helmet, { type HelmetOptions } from "helmet";
import type { Config } from "../config";
import { clerkCspSources } from "../config/auth-settings";

export const CORS_ALLOWED_HEADERS = ["Authorization", "Content-Type", "Idempotency-Key"];
export const CORS_EXPOSED_HEADERS = [
  "Retry-After",
  "RateLimit",
  "RateLimit-Policy",
  "X-Request-Id",
  "Location",
];

/** The cookie-authenticated local sign-in routes: the only ones a credentialed cross-origin call may reach. */
const LOCAL_SESSION_ROUTES = new Set([
  LOCAL_SIGN_IN_PATH,
  LOCAL_SIGN_OUT_PATH,
  LOCAL_SESSION_PATH,
  LOCAL_TOKEN_PATH,
]);

/**
 * CSP for the SPA and Swagger UI, both served from this origin: scripts only from 'self' (Vite emits
 * no inline scripts), inline styles allowed (Swagger UI and React style attributes), data: images.
 * Extra origins (e.g. Clerk's frontend API) are appended by whoever configures them. No
 * 'wasm-unsafe-eval': the Try it yourself worker is the only code that compiles WebAssembly, and
 * web-static.ts serves it with a policy of its own (RUN_WORKER_CSP).
 */
export function cspDirectives(
  extra: { scriptSrc?: string[]; connectSrc?: string[]; imgSrc?: string[]; frameSrc?: string[] } = {},
) {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'", ...(extra.scriptSrc ?? [])],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", ...(extra.imgSrc ?? [])],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'", ...(extra.connectSrc ?? [])],
    frameSrc: ["'self'", ...(extra.frameSrc ?? [])],
    workerSrc: ["'self'", "blob:"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  };
}

/**
 * Helmet's headers for these options, worked out once. @fastify/helmet runs helmet(options) again on
 * every request, which parses the CSP directives each time (issue 15's profile); no route here has
 * options of its own and no CSP uses a nonce, so the result is the same for every response.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let error: unknown;
  helmet(options)({} as never, recorder as never, (err?: unknown) => (error = err));
  if (error) throw error;
  return headers;
}

async function securityPlugin(app: FastifyInstance, options: { config: Config }) {
  const { config } = options;
  const headers = securityHeaders({
    contentSecurityPolicy: { directives: cspDirectives(clerkCspSources(config.auth)), useDefaults: false },
    // HSTS only means something over HTTPS, which only production has.
    hsts: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });
  // The same headers on every response, set before any route runs (as @fastify/helmet's onRequest did).
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });

  // No origins configured: no CORS headers at all, so browsers allow same-origin only.
  if (config.corsOrigins.length > 0) {
    const allowed = new Set(config.corsOrigins);
    // One set of options for the plugin, not a delegator: a delegator's options are copied and
    // normalised on every request (issue 15's profile).
    const options = {
      // Exact match only; never "*", never reflect an unknown origin (or "null"). false for any other
      // origin turns CORS off for the request: no Access-Control-* header at all.
      origin: (origin: string | undefined, callback: (error: null, allow: boolean) => void) =>
        callback(null, origin !== undefined && allowed.has(origin)),
      credentials: false,
      methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
      strictPreflight: true,
    };
    await app.register(cors, options);
    // Local sign-in with the SPA on another origin (ADR 012): its session cookie only travels on a
    // credentialed fetch, which the browser accepts only with Allow-Credentials and the exact origin. So
    // those four routes, and only in local mode (refused in production), answer with credentials; /api
    // stays Bearer-only, with no ambient authority a cross-origin page could borrow. The plugin reads a
    // route's `config.cors` over its own options, for requests and (through these OPTIONS routes, more
    // specific than its `OPTIONS *`) for their preflights.
    if (config.auth.mode === "local") {
      const withCredentials = { cors: { credentials: true } };
      app.addHook("onRoute", (route) => {
        if (LOCAL_SESSION_ROUTES.has(route.url)) route.config = { ...route.config, ...withCredentials };
      });
      for (const path of LOCAL_SESSION_ROUTES) {
        app.options(path, { schema: { hide: true }, config: withCredentials }, (request, reply) => {
          // The plugin answers a real preflight before this handler; anything else is not a route.
          if (!(request as { corsPreflightEnabled?: boolean }).corsPreflightEnabled)
            return reply.callNotFound();
          return reply.send();
        });
      }
    }
  }
}

export default fp(securityPlugin, { name: "security", fastify: "5.x" });
