import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import { sweepExpiredLeases } from "./ledger";

export interface Sweeper {
  /** Runs one sweep now; resolves with the number of refunds. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

/** Sweeps at start and then every intervalMs; a failed sweep is logged and retried next time. */
export function startSweeper(deps: {
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  intervalMs: number;
}): Sweeper {
  let running: Promise<number> | null = null;
  let stopped = false;
  const sweep = () => {
    running ??= sweepExpiredLeases(deps.db, deps.clock.now())
      .then((refunded) => {
        if (refunded > 0) deps.log.warn({ refunded }, "refunded expired generation leases");
        return refunded;
      })
      .catch((err: unknown) => {
        deps.log.warn({ err }, "lease sweep failed; will retry");
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void sweep();
  }, deps.intervalMs);
  // The sweeper alone must not keep the process alive.
  timer.unref();
  return {
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
