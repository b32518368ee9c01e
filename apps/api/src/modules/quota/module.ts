import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import quotaRoutes from "./routes";
import { startSweeper, type Sweeper } from "./sweeper";

export interface QuotaModuleOptions {
  db: Db;
  clock: Clock;
  limit: number;
  /** How often the sweeper refunds expired generation leases (it also runs at start). */
  sweepIntervalMs: number;
}

/** GET /api/quota, and the lease sweeper that refunds generations whose request died. */
export default async function quotaModule(app: FastifyInstance, options: QuotaModuleOptions) {
  const { db, clock } = options;
  let sweeper: Sweeper | undefined;
  app.addHook("onReady", async () => {
    sweeper = startSweeper({ db, clock, log: app.log, intervalMs: options.sweepIntervalMs });
    void sweeper.sweep();
  });
  app.addHook("onClose", async () => {
    await sweeper?.stop();
  });
  await app.register(quotaRoutes, { db, clock, limit: options.limit });
}
