import { timingSafeEqual, createHash } from "node:crypto";
import { GENERATE_CHALLENGE_PATH, PROBLEM_TYPES } from "@katagen/contract";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { poolStats } from "../../db/create-db";
import { AppError } from "../../plugins/errors";
import { createMetrics, type Metrics } from "./metrics";

declare module "fastify" {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

export const METRICS_PATH = "/metrics";

/**
 * Prometheus metrics for operators (issue 13). Every request is timed by its route template (never
 * the raw URL: ids would make one series per challenge). GET /metrics exists only with METRICS_TOKEN
 * and answers the exposition to a caller presenting it as a Bearer token: one port for Render, and
 * nothing for the public. Registered before the routes so its hooks see all of them.
 */
async function metricsPlugin(app: FastifyInstance, options: { token: string | undefined }) {
  const metrics = createMetrics({
    engine: () => app.questions?.stats?.() ?? null,
    dbPool: () => poolStats(app.db),
  });
  app.decorate("metrics", metrics);

  // Callback hooks, not async ones: they run on every request and need no promise or microtask turn.
  app.addHook("onResponse", (request, reply, done) => {
    const route = request.routeOptions.url ?? "unmatched";
    if (route !== METRICS_PATH) {
      const labels = { route, method: request.method, status_code: String(reply.statusCode) };
      metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
      metrics.httpRequests.inc(labels);
    }
    done();
  });

  app.addHook("onSend", (request, reply, payload, done) => {
    const status = reply.statusCode;
    const generate = request.routeOptions.url === GENERATE_CHALLENGE_PATH && request.method === "POST";
    if (status === 429 || generate) {
      const body = typeof payload === "string" ? safeJson(payload) : null;
      const reason = status === 429 ? rejectionReason(body) : null;
      if (reason) metrics.rejections.inc({ reason });
      if (generate) metrics.generations.inc(generationLabels(request, reply, body, reason));
    }
    done(null, payload);
  });

  if (!options.token) return;
  const expected = digest(options.token);
  app.get(METRICS_PATH, { schema: { hide: true }, logLevel: "warn" }, async (request, reply) => {
    const header = request.headers.authorization ?? "";
    const presented = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
    // Compared as digests, so the comparison takes the same time whatever the length presented.
    if (!timingSafeEqual(digest(presented), expected)) {
      throw new AppError(401, {
        detail: "GET /metrics needs the METRICS_TOKEN as a Bearer token.",
        headers: { "www-authenticate": 'Bearer realm="metrics"' },
      });
    }
    reply.header("content-type", metrics.registry.contentType);
    reply.header("cache-control", "no-store");
    return metrics.registry.metrics();
  });
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

function safeJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function rejectionReason(problem: Record<string, unknown> | null): "quota" | "rate_limit" | "other" {
  if (problem?.type === PROBLEM_TYPES.quotaExceeded) return "quota";
  if (problem?.type === PROBLEM_TYPES.rateLimited) return "rate_limit";
  return "other";
}

function generationLabels(
  request: FastifyRequest,
  reply: FastifyReply,
  body: Record<string, unknown> | null,
  reason: string | null,
) {
  const asked = (request.body as { language?: unknown } | undefined)?.language;
  const language =
    typeof body?.language === "string" ? body.language : typeof asked === "string" ? asked : "javascript";
  const status = reply.statusCode;
  if (status === 201 || status === 200) {
    const replayed = reply.getHeader("idempotent-replayed") === "true";
    return {
      source: String(body?.source ?? "unknown"),
      language,
      outcome: replayed ? "replayed" : "created",
    };
  }
  const outcome =
    reason === "quota"
      ? "quota_exceeded"
      : reason === "rate_limit"
        ? "rate_limited"
        : status >= 500
          ? "failed"
          : "rejected";
  return { source: "none", language, outcome };
}

export default fp(metricsPlugin, { name: "katagen-metrics", fastify: "5.x", dependencies: ["errors"] });
