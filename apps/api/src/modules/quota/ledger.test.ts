import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, testDatabases, type TestDb } from "../../testing/test-db";
import { ensureUser } from "../users/repo";
import {
  findGeneration,
  LeaseLostError,
  reserveGeneration,
  settleReservation,
  sweepExpiredLeases,
} from "./ledger";
import { findQuotaRow } from "./repo";

const USER = "user_ledger1";
const LIMIT = 3;

describe.each(testDatabases())("the generation ledger on $name", ({ name }) => {
  let t: TestDb;
  let now: Date;
  const clock = { now: () => now };

  beforeEach(async () => {
    t = await createTestDb(name);
    now = new Date("2026-12-01T10:00:00.000Z");
    await ensureUser(t.db, USER, now.toISOString());
  });
  afterEach(async () => t.cleanup());

  async function reserve() {
    const reservation = await reserveGeneration(t.db, {
      userId: USER,
      limit: LIMIT,
      now,
      leaseMs: 60_000,
      idempotencyKey: null,
      requestHash: "h",
    });
    if (reservation.kind !== "reserved") throw new Error(`expected a reservation, got ${reservation.kind}`);
    return reservation.generation;
  }

  const remaining = async () => (await findQuotaRow(t.db, USER))?.remaining;
  const status = async (id: string) => (await findGeneration(t.db, id))?.status;

  it("keeps the unit and marks the generation succeeded when the work commits", async () => {
    const generation = await reserve();
    const stored = await settleReservation({ db: t.db, clock }, generation, async (commit) =>
      commit(async () => "stored"),
    );
    expect(stored).toBe("stored");
    expect(await status(generation.id)).toBe("succeeded");
    expect((await findGeneration(t.db, generation.id))?.challenge_id).toBe(generation.id);
    expect(await remaining()).toBe(LIMIT - 1);
  });

  it("refunds the unit when the work throws before committing, and passes the error on", async () => {
    const generation = await reserve();
    expect(await remaining()).toBe(LIMIT - 1);
    await expect(
      settleReservation({ db: t.db, clock }, generation, async () => {
        throw new Error("the generator broke");
      }),
    ).rejects.toThrow("the generator broke");
    expect(await status(generation.id)).toBe("failed");
    expect(await remaining()).toBe(LIMIT);
  });

  it("refunds the unit when the work returns without committing", async () => {
    const generation = await reserve();
    await settleReservation({ db: t.db, clock }, generation, async () => "gave up");
    expect(await status(generation.id)).toBe("failed");
    expect(await remaining()).toBe(LIMIT);
  });

  it("rolls the generation back to pending and refunds it when storing the result fails", async () => {
    const generation = await reserve();
    await expect(
      settleReservation({ db: t.db, clock }, generation, async (commit) =>
        commit(async () => {
          throw new Error("insert failed");
        }),
      ),
    ).rejects.toThrow("insert failed");
    expect(await status(generation.id)).toBe("failed");
    expect(await remaining()).toBe(LIMIT);
  });

  it("keeps nothing and refunds once when the lease was swept before the work committed", async () => {
    const generation = await reserve();
    let wrote = false;
    await expect(
      settleReservation({ db: t.db, clock }, generation, async (commit) => {
        now = new Date(now.getTime() + 60_001);
        expect(await sweepExpiredLeases(t.db, now)).toBe(1);
        return commit(async () => {
          wrote = true;
        });
      }),
    ).rejects.toBeInstanceOf(LeaseLostError);
    expect(wrote).toBe(false);
    expect(await status(generation.id)).toBe("failed");
    expect(await remaining()).toBe(LIMIT);
  });
});
