import { PROBLEM_TYPES } from "@katagen/contract";
import type { Db } from "../../db/create-db";
import { toIso } from "../../db/time";
import { conflict, unprocessable } from "../../plugins/errors";
import { failGeneration, type GenerationRow } from "../quota/ledger";

export type KeyDecision = { kind: "replay"; challengeId: string } | { kind: "proceed" };

export const keyInFlight = () =>
  conflict("A request with this Idempotency-Key is still being processed; retry shortly.", {
    type: PROBLEM_TYPES.idempotencyKeyInFlight,
    title: "Request in progress",
    headers: { "retry-after": "1" },
  });

/** What an Idempotency-Key that is already on file means for this request (RFC draft-ietf-httpapi-idempotency-key-header). */
export async function decideExistingKey(
  db: Db,
  existing: GenerationRow,
  hash: string,
  now: Date,
): Promise<KeyDecision> {
  if (existing.request_hash !== hash) {
    throw unprocessable(
      "This Idempotency-Key was already used with a different request body; use a new key.",
      { type: PROBLEM_TYPES.idempotencyKeyReused, title: "Idempotency-Key reused" },
    );
  }
  if (existing.status === "succeeded" && existing.challenge_id !== null) {
    return { kind: "replay", challengeId: existing.challenge_id };
  }
  if (existing.status === "pending") {
    // A lease that ran out belongs to a request that died; refund it here rather than wait for the sweeper.
    if (existing.lease_until < toIso(now) && (await failGeneration(db, existing.id, now))) {
      return { kind: "proceed" };
    }
    throw keyInFlight();
  }
  return { kind: "proceed" };
}
