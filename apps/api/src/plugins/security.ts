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

/**
 * Route templates that only ever answer data (JSON, problem+json, the metrics exposition), never a
 * page: /docs (Swagger UI) is the one API path that serves HTML, and is not here.
 */
const JSON_API_PREFIXES = ["/api/", "/auth/", "/webhooks/", "/.well-known/"];
const JSON_API_ROUTES = new Set(["/healthz", "/readyz", "/metrics", "/openapi.json"]);

export function isJsonApiRoute(route: string | undefined): boolean {
  if (route === undefined) return false;
  return JSON_API_ROUTES.has(route) || JSON_API_PREFIXES.some((prefix) => route.startsWith(prefix));
}

/**
 * What a response no browser renders needs (OWASP's REST Security cheat sheet): nothing may load or
 * frame it, no sniffing it into something renderable, no cross-origin no-cors reads, and HSTS where
 * there is HTTPS. Helmet's other headers only mean something for a document a browser displays
 * (opener and agent-cluster isolation, DNS prefetch, IE's download and XSS filters, Flash policy
 * files); sending them on every JSON answer cost ~4 µs a request (decision 017, amendment).
 */
export function apiSecurityHeaders(documentHeaders: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = {
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "cross-origin-resource-policy": "same-origin",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
  };
  const hsts = documentHeaders["strict-transport-security"];
  if (hsts) headers["strict-transport-security"] = hsts;
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
  const api = apiSecurityHeaders(headers);
  // Set before any route runs (as @fastify/helmet's onRequest did), so errors carry them too. A JSON
  // route gets the API set; the SPA, Swagger UI, static files and anything unmatched get helmet's.
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(isJsonApiRoute(request.routeOptions.url) ? api : headers);
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
