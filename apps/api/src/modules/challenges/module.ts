import type { FastifyInstance } from "fastify";
import type { Config } from "../../config";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import catalogRoutes from "../catalog/routes";
import quotaRoutes from "../quota/routes";
import { startSweeper, type Sweeper } from "../quota/sweeper";
import statsRoutes from "../stats/routes";
import { createEngine } from "@katagen/engine";
import { engineOptions, engineSource, type GenerateQuestion, type QuestionSource } from "./generator";
import challengeRoutes from "./routes";

export interface GenerationSettings {
  /** A generation taking longer is abandoned and refunded (default 60 s). */
  timeoutMs?: number;
  /** A pending reservation older than this is refunded by the sweeper (default timeout + 30 s). */
  leaseMs?: number;
  /** How often the sweeper looks for expired leases (default 60 s; it also runs at start). */
  sweepIntervalMs?: number;
}

export interface ChallengesModuleOptions {
  config: Config;
  db: Db;
  clock: Clock;
  /** Replaces the engine's generate (tests: failing, slow or counting generators). The catalog still comes from the engine. */
  generator?: GenerateQuestion;
  /** Replaces the engine altogether. */
  source?: QuestionSource;
  generation?: GenerationSettings;
}

/**
 * Challenges, quota, catalog and stats: everything that shares the question source and the
 * reservation ledger. Owns the engine (created on first use, warmed once the server listens, closed
 * with the app) and the lease sweeper (at start, then every minute, stopped on close).
 */
export default async function challengesModule(app: FastifyInstance, options: ChallengesModuleOptions) {
  const { config, db, clock } = options;
  const source =
    options.source ??
    engineSource(() =>
      createEngine(engineOptions(config.llm, app.log.child({ module: "llm" }), config.sandboxWorkers)),
    );
  const generate = options.generator ?? source.generate;
  const timeoutMs = options.generation?.timeoutMs ?? 60_000;
  const leaseMs = options.generation?.leaseMs ?? timeoutMs + 30_000;
  const sweepIntervalMs = options.generation?.sweepIntervalMs ?? 60_000;

  // Warm-up loads Pyodide (seconds of CPU): worth it for a real server, wasted on in-process test apps.
  let closing = false;
  if (config.engineWarmUp) {
    app.addHook("onListen", async () => {
      source.warmUp().catch((err: unknown) => {
        // Closing the engine mid-warm-up rejects it; that is shutdown, not a failure.
        if (!closing) app.log.warn({ err }, "question engine warm-up failed");
      });
    });
  }

  let sweeper: Sweeper | undefined;
  app.addHook("onReady", async () => {
    sweeper = startSweeper({ db, clock, log: app.log, intervalMs: sweepIntervalMs });
    void sweeper.sweep();
  });
  app.addHook("onClose", async () => {
    closing = true;
    await sweeper?.stop();
    await source.close();
  });

  const deps = {
    db,
    clock,
    log: app.log,
    catalog: () => source.catalog(),
    generate,
    quotaLimit: config.quotaDailyLimit,
    ratePerMinute: config.rateLimitGeneratePerMinute,
    generationTimeoutMs: timeoutMs,
    leaseMs,
  };
  await app.register(catalogRoutes, { catalog: deps.catalog });
  await app.register(quotaRoutes, { db, clock, limit: config.quotaDailyLimit });
  await app.register(challengeRoutes, deps);
  await app.register(statsRoutes, { db, clock });
}
