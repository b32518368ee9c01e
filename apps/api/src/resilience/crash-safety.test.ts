/**
 * F15 and F16 with real processes: the server (`node --import tsx src/server.ts`) is SIGKILLed at a
 * seeded random moment among concurrent generate/answer calls, restarted on the same database, and
 * checked. The full figure (10 rounds × 200 calls) is `npm run bench:crash -w @katagen/api`.
 * Replay a failing round with KATAGEN_CRASH_SEED=<seed printed in the failure minus its round>.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../testing/test-db";
import { startCrashHarness, type CrashHarness } from "./crash-rounds";

const ROUNDS = 3;
const CALLS = 60;
const CONCURRENCY = 4;
const BASE_SEED = Number(process.env.KATAGEN_CRASH_SEED ?? 20261127);
const READY_LIMIT_MS = 5000;

describe.each(testDatabases())("kill -9 mid-request on $name", ({ name }) => {
  let harness: CrashHarness;

  beforeAll(async () => {
    harness = await startCrashHarness(name);
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  it(`loses no acknowledged write, restarts ready in ≤ ${READY_LIMIT_MS / 1000} s and leaks no unit once leases expire (${ROUNDS} rounds × ${CALLS} calls)`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const seed = BASE_SEED + round;
      const r = await harness.round({ round, seed, calls: CALLS, concurrency: CONCURRENCY });
      const at = `${name} round ${round}, seed ${seed} (kill at call ${r.killAtCall} + ${r.killDelayMs} ms)`;

      // The kill really interrupted the run, after some writes were acknowledged.
      expect(r.sent, `${at}: every call finished before the kill`).toBeLessThan(CALLS);
      expect(r.acknowledgedGenerates, `${at}: nothing was acknowledged before the kill`).toBeGreaterThan(0);
      expect(r.unexpected, `${at}: non-2xx responses before the kill`).toEqual([]);

      expect(r.readyMs, `${at}: ready after ${r.readyMs.toFixed(0)} ms`).toBeLessThanOrEqual(READY_LIMIT_MS);
      if (name === "sqlite") expect(r.integrity, `${at}: PRAGMA integrity_check`).toBe("ok");
      expect(r.lost, `${at}: acknowledged writes lost or changed`).toEqual([]);

      const b = r.beforeSweep;
      expect(b.used, `${at}: used = succeeded + live leases (${JSON.stringify(b)})`).toBe(
        b.succeeded + b.livePending,
      );
      expect(b.challenges, `${at}: one challenge per succeeded generation`).toBe(b.succeeded);
      // The restart's own sweep must not refund a lease that is still live.
      expect(b.pending, `${at}: every pending lease is still live`).toBe(b.livePending);
      expect(r.swept, `${at}: the sweep refunds exactly the pending leases`).toBe(b.pending);
      expect(r.afterSweep, `${at}: after the sweep used = challenges stored`).toMatchObject({
        used: b.challenges,
        challenges: b.challenges,
        pending: 0,
      });
    }
  }, 90_000);
});
