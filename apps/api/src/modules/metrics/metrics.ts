import client from "prom-client";
import type { LlmStats, SandboxStats } from "@katagen/engine";

/**
 * Katagen's Prometheus metrics, in a registry of their own (never prom-client's global one, so two
 * apps in one test process count separately). Counters that the engine already keeps (the LLM gate,
 * the sandbox pool) are read at scrape time rather than double-counted here. What each one is for:
 * README "Operating Katagen".
 */
export interface MetricsSources {
  engine(): { llm: LlmStats | null; sandbox: SandboxStats | null } | null;
  dbPool(): { total: number; idle: number; waiting: number; max: number } | null;
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Seconds buckets for API latency: most reads are sub-millisecond, a generate is tens of ms to seconds. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(sources: MetricsSources) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });

  const httpDuration = new client.Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request latency by route template, method and status code",
    labelNames: ["route", "method", "status_code"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  // Also a plain counter: request rates read straight off it, and text parsers that flatten labelled
  // histograms (parse-prometheus-text-format does) still see every series.
  const httpRequests = new client.Counter({
    name: "http_requests_total",
    help: "HTTP requests by route template, method and status code",
    labelNames: ["route", "method", "status_code"] as const,
    registers: [registry],
  });
  const generations = new client.Counter({
    name: "katagen_generations_total",
    help: "POST /api/generate-challenge outcomes: created, replayed, quota_exceeded, rate_limited, failed, rejected",
    labelNames: ["source", "language", "outcome"] as const,
    registers: [registry],
  });
  const rejections = new client.Counter({
    name: "katagen_rejections_total",
    help: "429 answers by reason: the daily quota or the per-minute rate limit",
    labelNames: ["reason"] as const,
    registers: [registry],
  });
  const webhookEvents = new client.Counter({
    name: "katagen_webhook_events_total",
    help: "Clerk webhook deliveries by event type and result (success, duplicate, ignored, rejected, failed)",
    labelNames: ["type", "result"] as const,
    registers: [registry],
  });

  // Read from the engine when scraped. A counter is reset and set to the engine's running total.
  const llm = () => sources.engine()?.llm ?? null;
  const sandbox = () => sources.engine()?.sandbox ?? null;
  const totalFrom = <T>(read: () => T | null, pick: (v: T) => number) =>
    function (this: client.Counter) {
      const value = read();
      this.reset();
      if (value !== null) this.inc(pick(value));
    };
  const gaugeFrom = <T>(read: () => T | null, pick: (v: T) => number) =>
    function (this: client.Gauge) {
      const value = read();
      this.set(value === null ? 0 : pick(value));
    };

  new client.Counter({
    name: "katagen_llm_questions_total",
    help: "Generations that asked the LLM first (each ends shipped or as an offline fallback)",
    registers: [registry],
    collect: totalFrom(llm, (s) => s.questions),
  });
  new client.Counter({
    name: "katagen_llm_shipped_total",
    help: "LLM questions that passed the execution gate and were served",
    registers: [registry],
    collect: totalFrom(llm, (s) => s.shipped),
  });
  new client.Counter({
    name: "katagen_llm_fallbacks_total",
    help: "LLM attempts that fell back to the offline engine",
    registers: [registry],
    collect: totalFrom(llm, (s) => s.fallbacks),
  });
  new client.Counter({
    name: "katagen_llm_short_circuited_total",
    help: "Fallbacks answered without asking the LLM because the circuit breaker was open",
    registers: [registry],
    collect: totalFrom(llm, (s) => s.shortCircuited),
  });
  new client.Counter({
    name: "katagen_llm_key_disagreements_total",
    help: "Shipped LLM questions whose model-marked key was not what the program prints",
    registers: [registry],
    collect: totalFrom(llm, (s) => s.disagreed),
  });
  new client.Counter({
    name: "katagen_llm_failures_total",
    help: "Rejected LLM answers and failed requests, by failure class",
    labelNames: ["class"] as const,
    registers: [registry],
    collect() {
      const stats = llm();
      this.reset();
      for (const [cls, n] of Object.entries(stats?.failures ?? {})) this.inc({ class: cls }, n);
    },
  });
  new client.Gauge({
    name: "katagen_llm_breaker_state",
    help: "The LLM circuit breaker: 1 for the current state (closed, open, half-open), 0 for the others",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const state = llm()?.breaker;
      for (const s of ["closed", "open", "half-open"]) this.set({ state: s }, state === s ? 1 : 0);
    },
  });

  new client.Gauge({
    name: "katagen_sandbox_queue_depth",
    help: "Program batches waiting for a sandbox worker",
    registers: [registry],
    collect: gaugeFrom(sandbox, (s) => s.queued),
  });
  new client.Gauge({
    name: "katagen_sandbox_busy_workers",
    help: "Sandbox workers running a batch now",
    registers: [registry],
    collect: gaugeFrom(sandbox, (s) => s.busyWorkers),
  });
  new client.Gauge({
    name: "katagen_sandbox_workers",
    help: "Sandbox workers in the pool",
    registers: [registry],
    collect: gaugeFrom(sandbox, (s) => s.workers),
  });
  new client.Counter({
    name: "katagen_sandbox_programs_total",
    help: "Programs run in the sandbox",
    registers: [registry],
    collect: totalFrom(sandbox, (s) => s.programs),
  });
  new client.Counter({
    name: "katagen_sandbox_timeouts_total",
    help: "Programs stopped at their time limit",
    registers: [registry],
    collect: totalFrom(sandbox, (s) => s.timeouts),
  });
  new client.Counter({
    name: "katagen_sandbox_worker_restarts_total",
    help: "Sandbox workers replaced, by why: stopped (hard time limit), recycled (memory), crashed",
    labelNames: ["reason"] as const,
    registers: [registry],
    collect() {
      const s = sandbox();
      this.reset();
      if (!s) return;
      // `terminated` counts both hard stops and recycles; stopped is the difference.
      this.inc({ reason: "stopped" }, s.terminated - s.recycled);
      this.inc({ reason: "recycled" }, s.recycled);
      this.inc({ reason: "crashed" }, s.crashed);
    },
  });

  const pool = (pick: (p: NonNullable<ReturnType<MetricsSources["dbPool"]>>) => number) =>
    gaugeFrom(sources.dbPool, pick);
  new client.Gauge({
    name: "katagen_db_pool_connections",
    help: "PostgreSQL pool connections open (total) and idle; absent on SQLite",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const p = sources.dbPool();
      if (!p) return;
      this.set({ state: "total" }, p.total);
      this.set({ state: "idle" }, p.idle);
    },
  });
  new client.Gauge({
    name: "katagen_db_pool_waiting",
    help: "Queries waiting for a PostgreSQL pool connection",
    registers: [registry],
    collect: pool((p) => p.waiting),
  });
  new client.Gauge({
    name: "katagen_db_pool_max",
    help: "The PostgreSQL pool's size limit",
    registers: [registry],
    collect: pool((p) => p.max),
  });

  return { registry, httpDuration, httpRequests, generations, rejections, webhookEvents };
}
