import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import challengeRoutes from "./routes";

/** How long generation may take and how long its reservation lasts (tests shorten both). */
export interface GenerationSettings {
  /** A generation taking longer is abandoned and refunded (default 60 s). */
  timeoutMs?: number;
  /** A pending reservation older than this is refunded by the sweeper (default timeout + 30 s). */
  leaseMs?: number;
  /** How often the sweeper looks for expired leases (default 60 s; it also runs at start). */
  sweepIntervalMs?: number;
}

export function generationTimings(settings: GenerationSettings = {}) {
  const timeoutMs = settings.timeoutMs ?? 60_000;
  return {
    timeoutMs,
    leaseMs: settings.leaseMs ?? timeoutMs + 30_000,
    sweepIntervalMs: settings.sweepIntervalMs ?? 60_000,
  };
}

export interface ChallengesModuleOptions {
  db: Db;
  clock: Clock;
  quotaLimit: number;
  /** 0 turns the per-minute limit off. */
  ratePerMinute: number;
  timeoutMs: number;
  leaseMs: number;
}

/** Generate, read and answer challenges, and the history of them. Questions come from `app.questions`. */
export default async function challengesModule(app: FastifyInstance, options: ChallengesModuleOptions) {
  await app.register(challengeRoutes, {
    db: options.db,
    clock: options.clock,
    log: app.log,
    catalog: () => app.questions.catalog(),
    generate: (request) => app.questions.generate(request),
    trace: (program) => app.questions.trace?.(program),
    quotaLimit: options.quotaLimit,
    ratePerMinute: options.ratePerMinute,
    generationTimeoutMs: options.timeoutMs,
    leaseMs: options.leaseMs,
  });
}
