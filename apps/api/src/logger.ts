import type { FastifyServerOptions } from "fastify";
import type { Config } from "./config";
import { BINDS_REQUEST_ID, requestContext } from "./lib/request-context";

/** Key names whose values never reach the logs, wherever they appear in a logged object. */
const SENSITIVE_KEY =
  /secret|token|passw(or)?d|api[-_]?key|authorization|cookie|signature|credential|private[-_]?key|jwt/i;
/** Query parameters masked in logged URLs (e.g. ?token=… on a link). */
const SENSITIVE_PARAM = /secret|token|passw(or)?d|api[-_]?key|signature|code|jwt/i;
export const REDACTED = "[Redacted]";

function redactDeep(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  // Only plain objects: requests, errors and streams are left to their pino serializers.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) ? REDACTED : redactDeep(v, depth + 1);
  }
  return out;
}

export function redactUrl(url: string): string {
  const q = url.indexOf("?");
  if (q === -1) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  let changed = false;
  for (const key of [...params.keys()]) {
    if (SENSITIVE_PARAM.test(key)) {
      params.set(key, REDACTED);
      changed = true;
    }
  }
  return changed ? `${url.slice(0, q)}?${params.toString()}` : url;
}

/**
 * Fastify logger options. Two layers: pino `redact` for the well-known header paths (fast, exact),
 * and a formatter that masks any key that looks like a credential, at any depth, so a module that
 * logs `{ llm: { apiKey } }` or a whole headers object cannot leak it.
 */
export function loggerOptions(
  config: Pick<Config, "logLevel">,
  stream?: NodeJS.WritableStream,
): NonNullable<FastifyServerOptions["logger"]> {
  return {
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-api-key"]',
        'res.headers["set-cookie"]',
        "headers.authorization",
        "headers.cookie",
        'headers["set-cookie"]',
      ],
      censor: REDACTED,
    },
    formatters: {
      log: (object) => redactDeep(object) as Record<string, unknown>,
    },
    // Work done for a request but logged through app.log (services, the LLM client) carries its id.
    mixin: (_object, _level, logger) => {
      const store = requestContext.getStore();
      if (!store || (logger as unknown as Record<symbol, unknown>)[BINDS_REQUEST_ID]) return {};
      return { reqId: store.requestId };
    },
    serializers: {
      req: (request: { method: string; url: string; id?: string; ip?: string }) => ({
        method: request.method,
        url: redactUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}
