/**
 * The reservation ledger (docs/reliability.md §4, docs/decisions/004-quota-reservation-ledger.md), sole
 * owner of the `generations` table: reserve a unit and record a pending generation in one short
 * transaction, do the work OUTSIDE any transaction, then commit or fail + refund, idempotently.
 * `settleReservation` is the only way to do the work, so a failure anywhere refunds by construction.
 */
import type { Transaction } from "kysely";
import type { Db } from "../../db/create-db";
import type { Database } from "../../db/schema";
import type { GenerationsTable } from "../../db/schema";
import { newId } from "../../db/ids";
import { toIso } from "../../db/time";
import { ensureQuotaRow, refundUnit, reserveUnit, type QuotaRow } from "./repo";
import { windowCutoff } from "./service";

export type GenerationRow = GenerationsTable;

/** The generation was refunded (its lease ran out) before the work finished: nothing may be kept. */
export class LeaseLostError extends Error {
  constructor() {
    super("the generation's lease expired and its unit was refunded before it finished");
  }
}

export type ReserveResult =
  | { kind: "reserved"; generation: GenerationRow; quota: QuotaRow }
  | { kind: "exhausted" }
  /** Another request holds this Idempotency-Key; nothing was charged. */
  | { kind: "key-taken"; existing: GenerationRow | undefined };

class Rollback extends Error {
  constructor(readonly result: ReserveResult) {
    super("rollback");
  }
}

export async function findGenerationByKey(
  db: Db,
  userId: string,
  key: string,
): Promise<GenerationRow | undefined> {
  return db
    .selectFrom("generations")
    .selectAll()
    .where("user_id", "=", userId)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

export async function findGeneration(db: Db, id: string): Promise<GenerationRow | undefined> {
  return db.selectFrom("generations").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * One unit and one pending generation row, together or not at all. Every statement in the
 * transaction writes, and the first one is the quota UPDATE: a SQLite transaction that starts by
 * writing takes the write lock up front, so busy_timeout applies (no read-to-write upgrade).
 */
export async function reserveGeneration(
  db: Db,
  input: {
    userId: string;
    limit: number;
    now: Date;
    leaseMs: number;
    idempotencyKey: string | null;
    requestHash: string;
  },
): Promise<ReserveResult> {
  const nowIso = toIso(input.now);
  await ensureQuotaRow(db, input.userId, input.limit, nowIso);
  try {
    return await db.transaction().execute(async (trx): Promise<ReserveResult> => {
      const quota = await reserveUnit(trx, {
        userId: input.userId,
        limit: input.limit,
        nowIso,
        windowCutoffIso: windowCutoff(input.now),
      });
      if (!quota) throw new Rollback({ kind: "exhausted" });
      const generation: GenerationRow = {
        id: newId(),
        user_id: input.userId,
        status: "pending",
        idempotency_key: input.idempotencyKey,
        request_hash: input.requestHash,
        challenge_id: null,
        lease_until: toIso(new Date(input.now.getTime() + input.leaseMs)),
        created_at: nowIso,
        updated_at: nowIso,
        quota_window_start: quota.last_reset_at,
      };
      const inserted = await trx
        .insertInto("generations")
        .values(generation)
        .onConflict((oc) => oc.columns(["user_id", "idempotency_key"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      // The key is taken: undo the unit with the rest of the transaction.
      if (!inserted) throw new Rollback({ kind: "key-taken", existing: undefined });
      return { kind: "reserved", generation, quota };
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    if (error.result.kind === "key-taken" && input.idempotencyKey !== null) {
      return {
        kind: "key-taken",
        existing: await findGenerationByKey(db, input.userId, input.idempotencyKey),
      };
    }
    return error.result;
  }
}

/**
 * Marks a pending generation failed and refunds its unit: exactly once, however many callers
 * (the request, the sweeper, another process) race here, because only the caller whose UPDATE
 * changed the row refunds. The Idempotency-Key is released so the client may run it again.
 * Returns true if this call did the refund.
 */
export async function failGeneration(db: Db, id: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const failed = await trx
      .updateTable("generations")
      .set({ status: "failed", idempotency_key: null, updated_at: toIso(now) })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .returning(["user_id", "quota_window_start"])
      .executeTakeFirst();
    if (!failed) return false;
    if (failed.quota_window_start !== null) await refundUnit(trx, failed.user_id, failed.quota_window_start);
    return true;
  });
}

/**
 * Marks a pending generation succeeded and runs `write` (storing what was generated) in the same
 * transaction: both happen or neither. The generation UPDATE comes first: it is the guard, and a
 * write-first transaction takes SQLite's write lock up front. If the row is no longer pending, the
 * sweeper already refunded it: keep nothing, so that units used always equal challenges stored.
 */
async function commitGeneration<R>(
  db: Db,
  id: string,
  now: Date,
  write: (trx: Transaction<Database>) => Promise<R>,
): Promise<R> {
  return db.transaction().execute(async (trx) => {
    const marked = await trx
      .updateTable("generations")
      .set({ status: "succeeded", challenge_id: id, updated_at: toIso(now) })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) === 0) throw new LeaseLostError();
    return write(trx);
  });
}

/** Stores the result of a reserved generation (whose challenge takes the generation's id). */
export type CommitGeneration = <R>(write: (trx: Transaction<Database>) => Promise<R>) => Promise<R>;

/**
 * Does the work a reservation paid for. Unless the work commits, the generation is failed and its
 * unit refunded when the work ends, however it ends: an error, a timeout the work turned into an
 * error, a lost lease, or a return without committing. A refund that fails (database down) throws
 * in place of the work's error; the sweeper refunds the lease once it runs out.
 */
export async function settleReservation<T>(
  deps: { db: Db; clock: { now(): Date } },
  generation: Pick<GenerationRow, "id">,
  work: (commit: CommitGeneration) => Promise<T>,
): Promise<T> {
  let committed = false;
  const commit: CommitGeneration = async (write) => {
    const stored = await commitGeneration(deps.db, generation.id, deps.clock.now(), write);
    committed = true;
    return stored;
  };
  try {
    return await work(commit);
  } finally {
    if (!committed) await failGeneration(deps.db, generation.id, deps.clock.now());
  }
}

/** Refunds every pending generation whose lease has run out (a crashed or stuck request). */
export async function sweepExpiredLeases(db: Db, now: Date, batch = 100): Promise<number> {
  let refunded = 0;
  for (;;) {
    const expired = await db
      .selectFrom("generations")
      .select("id")
      .where("status", "=", "pending")
      .where("lease_until", "<", toIso(now))
      .orderBy("lease_until")
      .limit(batch)
      .execute();
    for (const row of expired) if (await failGeneration(db, row.id, now)) refunded += 1;
    if (expired.length < batch) return refunded;
  }
}
