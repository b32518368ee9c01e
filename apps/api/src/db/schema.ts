/**
 * Table types for Kysely. One schema for SQLite and PostgreSQL, so only portable types:
 * text ids (app-generated UUIDv7), ISO-8601 UTC text timestamps, 0/1 integers for booleans,
 * JSON stored as text. Column names are snake_case as in SQL; map to camelCase in repos.
 */

export type IsoTimestamp = string;
/** 0 or 1. */
export type IntBoolean = number;

export interface UsersTable {
  /** Clerk user id (or the local issuer's subject). */
  id: string;
  email: string | null;
  name: string | null;
  created_at: IsoTimestamp;
  /** Clerk's updated_at, used to ignore out-of-order webhook events. */
  updated_at: IsoTimestamp | null;
  /** Tombstone: set by user.deleted so a late user.created cannot resurrect the user. */
  deleted_at: IsoTimestamp | null;
  last_event_at: IsoTimestamp | null;
}

export interface QuotasTable {
  user_id: string;
  daily_limit: number;
  remaining: number;
  last_reset_at: IsoTimestamp;
}

export type GenerationStatus = "pending" | "succeeded" | "failed";

/** The reservation ledger: one row per generate request. */
export interface GenerationsTable {
  id: string;
  user_id: string;
  status: GenerationStatus;
  idempotency_key: string | null;
  request_hash: string | null;
  challenge_id: string | null;
  /** A pending reservation past this instant is refunded. */
  lease_until: IsoTimestamp;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
  /** quotas.last_reset_at of the window this reservation was charged to (migration 0003). */
  quota_window_start: IsoTimestamp | null;
}

export interface ChallengesTable {
  id: string;
  user_id: string;
  difficulty: string;
  language: string;
  topic: string;
  kind: string;
  title: string;
  prompt: string;
  code: string | null;
  /** JSON array of 4 strings. */
  options: string;
  correct_choice: number;
  explanation: string;
  /** JSON array of 4 strings. */
  option_explanations: string;
  /** "offline" | "llm" */
  source: string;
  model: string | null;
  template_id: string | null;
  seed: string | null;
  engine_version: string | null;
  /** 1 when the answer key was proven by executing the code. */
  verified: IntBoolean;
  created_at: IsoTimestamp;
}

export interface AttemptsTable {
  challenge_id: string;
  user_id: string;
  choice: number;
  correct: IntBoolean;
  answered_at: IsoTimestamp;
}

/** The step view's record of a challenge's key run (migration 0006), written on first view. */
export interface ChallengeRunsTable {
  challenge_id: string;
  /** JSON: the contract's RunTrace, or null for a run that cannot be traced faithfully. */
  trace: string;
  engine_version: string;
  recorded_at: IsoTimestamp;
}

/** Running totals per learner and cell (migration 0007): what /api/stats reads instead of every answer. */
export interface UserCellTotalsTable {
  user_id: string;
  difficulty: string;
  language: string;
  topic: string;
  challenges: number;
  answered: number;
  correct: number;
}

/** Running totals per learner and UTC day of answering (`YYYY-MM-DD`). */
export interface UserDayTotalsTable {
  user_id: string;
  day: string;
  answered: number;
  correct: number;
}

export interface WebhookEventsTable {
  svix_id: string;
  type: string;
  received_at: IsoTimestamp;
}

/** Fixed one-minute rate-limit windows (migration 0003). */
export interface RateLimitsTable {
  bucket: string;
  window_start: IsoTimestamp;
  count: number;
}

export interface Database {
  users: UsersTable;
  quotas: QuotasTable;
  generations: GenerationsTable;
  challenges: ChallengesTable;
  attempts: AttemptsTable;
  challenge_runs: ChallengeRunsTable;
  user_cell_totals: UserCellTotalsTable;
  user_day_totals: UserDayTotalsTable;
  webhook_events: WebhookEventsTable;
  rate_limits: RateLimitsTable;
}
