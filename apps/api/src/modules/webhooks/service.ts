/**
 * Applies verified Clerk events exactly once (docs/clerk-auth.md §5.3, docs/reliability.md §3). The Svix
 * message id is claimed in the same transaction as the effect: a duplicate delivery changes
 * nothing, and a failure rolls both back so Svix's retry is processed from scratch.
 */
import type { Db } from "../../db/create-db";
import { nowIso, type Clock } from "../../db/time";
import { ensureQuotaRow } from "../quota/repo";
import { applyClerkProfile, tombstoneUser } from "../users/repo";
import {
  ClerkDeletedUserSchema,
  ClerkUserSchema,
  eventTime,
  toProfile,
  type ClerkEvent,
} from "./clerk-event";
import { claimEvent, deleteUserData } from "./repo";

export interface WebhookLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface WebhookDeps {
  db: Db;
  clock: Clock;
  log: WebhookLogger;
  /** The daily limit given to a user's quota row when user.created arrives. */
  quotaLimit: number;
  /** Runs inside the transaction after the event is applied, just before commit (tests make it fail). */
  beforeCommit?: (trx: Db, svixId: string) => Promise<void>;
}

export type WebhookStatus = "success" | "duplicate" | "ignored";

export interface WebhookResult {
  status: WebhookStatus;
  /** Why an event was ignored; shown in Svix's delivery log. */
  reason?: string;
}

/** Stable log messages, so alerts can match on them. */
export const ALERTS = {
  deletedWithoutId: "clerk webhook user.deleted without data.id",
  malformedUser: "clerk webhook user event with malformed data",
} as const;

interface Applied extends WebhookResult {
  alert?: { message: string; details: object };
}

async function applyEvent(deps: WebhookDeps, trx: Db, event: ClerkEvent, now: string): Promise<Applied> {
  const at = { nowIso: now, eventIso: eventTime(event) ?? now };
  switch (event.type) {
    case "user.created":
    case "user.updated": {
      const parsed = ClerkUserSchema.safeParse(event.data);
      if (!parsed.success) {
        return {
          status: "ignored",
          reason: "malformed user data",
          alert: {
            message: ALERTS.malformedUser,
            details: { fields: parsed.error.issues.map((issue) => issue.path.join(".")) },
          },
        };
      }
      const outcome = await applyClerkProfile(trx, toProfile(parsed.data), at);
      // A live user gets their quota now rather than on first generate; a tombstone never does.
      if (event.type === "user.created" && outcome !== "tombstoned") {
        await ensureQuotaRow(trx, parsed.data.id, deps.quotaLimit, now);
      }
      if (outcome === "applied") return { status: "success" };
      return {
        status: "ignored",
        reason: outcome === "stale" ? "older than the stored profile" : "user was deleted",
      };
    }
    case "user.deleted": {
      const parsed = ClerkDeletedUserSchema.safeParse(event.data);
      const id = parsed.success ? parsed.data.id : undefined;
      if (id === undefined) {
        return {
          status: "ignored",
          reason: "no user id",
          alert: { message: ALERTS.deletedWithoutId, details: {} },
        };
      }
      await tombstoneUser(trx, id, at);
      const deleted = await deleteUserData(trx, id);
      deps.log.info({ userId: id, deleted }, "clerk user deleted; their data was removed");
      return { status: "success" };
    }
    default:
      return { status: "ignored", reason: "unhandled event type" };
  }
}

export async function processClerkEvent(
  deps: WebhookDeps,
  input: { svixId: string; event: ClerkEvent },
): Promise<WebhookResult> {
  const { svixId, event } = input;
  const now = nowIso(deps.clock);
  const applied = await deps.db.transaction().execute(async (trx): Promise<Applied> => {
    const claimed = await claimEvent(trx, { svixId, type: event.type, receivedAt: now });
    if (!claimed) return { status: "duplicate" };
    const result = await applyEvent(deps, trx, event, now);
    await deps.beforeCommit?.(trx, svixId);
    return result;
  });
  // Only after commit: an attempt that rolls back is retried by Svix and alerts then.
  if (applied.alert)
    deps.log.error({ svixId, type: event.type, ...applied.alert.details }, applied.alert.message);
  const { alert: _alert, ...result } = applied;
  return result;
}
