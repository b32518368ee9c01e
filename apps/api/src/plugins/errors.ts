import { STATUS_CODES } from "node:http";
import { PROBLEM_CONTENT_TYPE, ProblemSchema, type Problem } from "@katagen/contract";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import FindMyWay, { type HTTPMethod } from "find-my-way";
import { ResponseShapeError } from "../lib/serializer";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { z } from "zod";
import { isDatabaseUnavailable } from "../db/unavailable";

/**
 * One error handler and one not-found handler for the whole API: every error is an RFC 9457
 * application/problem+json body whose `status` equals the HTTP status.
 */

export type FieldError = { path: string; message: string };

export interface AppErrorOptions {
  /** A URI identifying the problem type; "about:blank" means "see the status code". */
  type?: string;
  title?: string;
  detail?: string;
  /** Extension members added to the body (e.g. `violated-policies`, `retryAfterSeconds`). */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
  cause?: unknown;
}

/** Throw this from services and routes for any expected failure; the handler renders it. */
export class AppError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, options: AppErrorOptions = {}) {
    super(options.detail ?? options.title ?? STATUS_CODES[status] ?? "Error", { cause: options.cause });
    this.name = "AppError";
    this.status = status;
    this.type = options.type ?? "about:blank";
    this.title = options.title ?? STATUS_CODES[status] ?? "Error";
    this.detail = options.detail;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new AppError(400, { detail, extra: errors ? { errors } : {} });
export const unauthorized = (detail = "Sign in to continue.") =>
  new AppError(401, { detail, headers: { "www-authenticate": 'Bearer realm="katagen"' } });
export const forbidden = (detail: string) => new AppError(403, { detail });
export const notFound = (detail = "No such resource.") => new AppError(404, { detail });
export const conflict = (detail: string, options: AppErrorOptions = {}) =>
  new AppError(409, { ...options, detail });
export const unprocessable = (detail: string, options: AppErrorOptions = {}) =>
  new AppError(422, { ...options, detail });
export const tooManyRequests = (detail: string, retryAfterSeconds: number, options: AppErrorOptions = {}) =>
  new AppError(429, {
    ...options,
    detail,
    headers: { "retry-after": String(Math.max(0, Math.ceil(retryAfterSeconds))), ...options.headers },
  });
export const serviceUnavailable = (detail: string, retryAfterSeconds?: number) =>
  new AppError(503, {
    detail,
    headers: retryAfterSeconds === undefined ? {} : { "retry-after": String(Math.ceil(retryAfterSeconds)) },
  });

if (!z.globalRegistry.has(ProblemSchema)) {
  z.globalRegistry.add(ProblemSchema, { id: "Problem", description: "RFC 9457 problem details" });
}

/** Spread into a route's `response` schema so OpenAPI documents the error shape, e.g.
 *  `response: { 200: QuotaSchema, ...problemResponses }`. */
export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
  422: ProblemSchema,
  429: ProblemSchema,
  500: ProblemSchema,
  503: ProblemSchema,
} as const;

export interface ProblemFields {
  type?: string;
  title?: string;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  fields: ProblemFields = {},
  headers: Record<string, string> = {},
): FastifyReply {
  const body: Problem = {
    ...fields,
    type: fields.type ?? "about:blank",
    title: fields.title ?? STATUS_CODES[status] ?? "Error",
    status,
    // RFC 9457's "specific occurrence of the problem" is this request: the id in the X-Request-Id
    // header and in every log line of the request, so a report can be matched to its logs.
    instance: fields.instance ?? requestInstance(request.id),
    requestId: request.id,
  };
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply.code(status).type(`${PROBLEM_CONTENT_TYPE}; charset=utf-8`).send(body);
}

/** The path without query, capped so a giant URL does not come back as a giant body. */
function shortPath(url: string): string {
  const path = url.split("?")[0] ?? "/";
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/** A problem's `instance`: the request, as a URN (request ids are URN-safe: app.ts REQUEST_ID). */
export function requestInstance(requestId: string): string {
  return `urn:katagen:request:${requestId}`;
}

/** Fastify's `frameworkErrors` option: errors raised before routing (undecodable URL, huge parameter). */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    return sendProblem(request, reply, 414, { detail: "A path segment is too long." });
  }
  return sendProblem(request, reply, 400, {
    detail:
      error.code === "FST_ERR_BAD_URL" ? "The URL is not valid (bad percent-encoding)." : "Bad request.",
  });
}

function fieldErrors(error: {
  validation: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[];
  validationContext?: string;
}): FieldError[] {
  const context = error.validationContext ?? "body";
  const join = (pointer: string) => [context, ...pointer.split("/").filter(Boolean)].join(".");
  return error.validation.flatMap((issue) => {
    if (issue.keyword === "unrecognized_keys" && Array.isArray(issue.params.keys)) {
      return issue.params.keys.map((key) => ({
        path: join(`${issue.instancePath}/${String(key)}`),
        message: "Unknown field",
      }));
    }
    return [{ path: join(issue.instancePath), message: issue.message ?? "Invalid value" }];
  });
}

// Fastify's own 4xx errors, mapped to clear, stable details (their raw messages name internals).
const FASTIFY_4XX: Record<string, { status: number; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, detail: "The request body is not valid JSON." },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    detail: "The request says Content-Type: application/json but has an empty body.",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, detail: "The request body is larger than this API accepts." },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    detail: "Unsupported Content-Type; send application/json.",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    detail: "Content-Length does not match the body.",
  },
};

export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean | Promise<boolean>;

declare module "fastify" {
  interface FastifyInstance {
    /** Tried first for unmatched requests (the SPA's client-side routes); returns true if it replied. */
    setNotFoundFallback(fallback: NotFoundFallback): void;
  }
}

async function errorsPlugin(app: FastifyInstance) {
  let notFoundFallback: NotFoundFallback | undefined;
  app.decorate("setNotFoundFallback", (fallback: NotFoundFallback) => {
    notFoundFallback = fallback;
  });

  // 405 + Allow when the path exists under another method. Fastify's router cannot be asked about a
  // concrete path, so a shadow router holds every route: the same find-my-way Fastify routes with,
  // with the options this app was built with, so the two cannot disagree on what a path matches.
  const config = app.initialConfig;
  const shadow = FindMyWay({
    caseSensitive: config.caseSensitive,
    ignoreTrailingSlash: config.ignoreTrailingSlash,
    ignoreDuplicateSlashes: config.ignoreDuplicateSlashes,
    maxParamLength: config.maxParamLength,
  });
  const methods = new Set<HTTPMethod>();
  app.addHook("onRoute", (route) => {
    // Root catch-alls (static files, CORS preflight) match every path; they must not turn 404s into 405s.
    if (route.url === "/*" || route.url === "*") return;
    const routeMethods = (Array.isArray(route.method) ? route.method : [route.method]) as HTTPMethod[];
    const urls = [route.url];
    // For a "/" route inside a prefix Fastify also routes "<prefix>/", without calling onRoute for it.
    const bothSlashes = (route.prefixTrailingSlash ?? "both") === "both" && !config.ignoreTrailingSlash;
    if (route.routePath === "" && route.prefix && bothSlashes) urls.push(`${route.url}/`);
    const constraints = route.constraints ?? {};
    for (const method of routeMethods) {
      methods.add(method);
      for (const url of urls)
        if (!shadow.hasRoute(method, url, constraints))
          shadow.on(method, url, { constraints }, () => undefined);
    }
  });
  const allowedMethods = (path: string): string[] =>
    [...methods].filter((m) => shadow.find(m, path) !== null);

  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(
        request,
        reply,
        error.status,
        { type: error.type, title: error.title, detail: error.detail, ...error.extra },
        error.headers,
      );
    }

    // Zod schemas (ours) and any plain JSON-schema route share the same field-error shape.
    if (hasZodFastifySchemaValidationErrors(error) || Array.isArray((error as FastifyError).validation)) {
      const errors = fieldErrors(error as unknown as Parameters<typeof fieldErrors>[0]);
      return sendProblem(request, reply, 400, {
        title: "Invalid request",
        detail: errors.map((e) => `${e.path}: ${e.message}`).join("; "),
        errors,
      });
    }

    if (error instanceof ResponseShapeError) {
      request.log.error({ err: error }, "response does not match its schema");
      return sendProblem(request, reply, 500, { detail: "Something went wrong on our side." });
    }
    if (isResponseSerializationError(error)) {
      // Our bug, not the client's: log the schema mismatch, tell the client nothing about it.
      request.log.error({ err: error, issues: error.cause.issues }, "response does not match its schema");
      return sendProblem(request, reply, 500, { detail: "Something went wrong on our side." });
    }

    const fastifyError = error as FastifyError;
    const known = fastifyError.code ? FASTIFY_4XX[fastifyError.code] : undefined;
    if (known) return sendProblem(request, reply, known.status, { detail: known.detail });

    // Other deliberate 4xx from Fastify or its plugins (e.g. rate limit 429, which already set
    // its headers on the reply). Their messages are written for clients.
    const status = fastifyError.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(request, reply, status, { detail: fastifyError.message });
    }

    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, "database unavailable");
      return sendProblem(
        request,
        reply,
        503,
        { detail: "The service is temporarily unavailable. Try again shortly." },
        { "retry-after": "5" },
      );
    }

    request.log.error({ err: error }, "unhandled error");
    return sendProblem(request, reply, status >= 500 && status <= 599 ? status : 500, {
      detail: "Something went wrong on our side. Try again, and quote the requestId if it keeps happening.",
    });
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (notFoundFallback && (await notFoundFallback(request, reply))) return reply;
    const path = shortPath(request.url);
    const allowed = allowedMethods(request.url.split("?")[0] ?? "/");
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return sendProblem(
        request,
        reply,
        405,
        { detail: `${request.method} is not supported here; use ${allowed.join(", ")}.` },
        { allow: allowed.join(", ") },
      );
    }
    return sendProblem(request, reply, 404, { detail: `No route for ${request.method} ${path}.` });
  });
}

export default fp(errorsPlugin, { name: "errors", fastify: "5.x" });
