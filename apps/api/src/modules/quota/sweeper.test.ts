import { afterEach, describe, expect, it } from "vitest";
import { buildChallengeTestApp, type ChallengeTestApp } from "../../testing/challenge-test-app";
import { reserveGeneration } from "./ledger";
import { findQuotaRow } from "./repo";

describe("the lease sweeper", () => {
  let t: ChallengeTestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("keeps sweeping on its interval while the app runs, and stops when it closes", async () => {
    t = await buildChallengeTestApp({ env: { QUOTA_DAILY_LIMIT: "5" }, generation: { sweepIntervalMs: 25 } });
    const user = "user_sweep1";
    await t.app.inject({ method: "GET", url: "/api/me", headers: await t.auth(user) });
    const reserve = () =>
      reserveGeneration(t!.testDb.db, {
        userId: user,
        limit: 5,
        now: t!.clock.now(),
        leaseMs: 1000,
        idempotencyKey: null,
        requestHash: "h",
      });
    await reserve();
    expect((await findQuotaRow(t.testDb.db, user))?.remaining).toBe(4);
    t.clock.advance(1001);
    await expect.poll(async () => (await findQuotaRow(t!.testDb.db, user))?.remaining).toBe(5);

    await t.app.close();
    await reserve();
    t.clock.advance(1001);
    await new Promise((r) => setTimeout(r, 150));
    expect((await findQuotaRow(t.testDb.db, user))?.remaining).toBe(4);
  });
});
