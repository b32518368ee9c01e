import { createHash } from "node:crypto";
import type {
  AnswerResult,
  Catalog,
  Challenge,
  ChallengeDetail,
  GenerateChallengeBody,
  HistoryPage,
  HistoryQuery,
  Language,
  Quota,
} from "@katagen/contract";
import { EngineError } from "@katagen/engine";
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import { toIso } from "../../db/time";
import {
  AppError,
  badRequest,
  conflict,
  notFound,
  tooManyRequests,
  unprocessable,
} from "../../plugins/errors";
import { failGeneration, findGenerationByKey, reserveGeneration, type GenerationRow } from "../quota/ledger";
import { findQuotaRow } from "../quota/repo";
import {
  dailyPolicy,
  quotaView,
  QUOTA_EXCEEDED_TYPE,
  rateLimitHeaders,
  type PolicyState,
} from "../quota/service";
import { hitPerMinute, RATE_LIMITED_TYPE } from "../rate-limit/service";
import { CHALLENGE_ID, decodeCursor, encodeCursor } from "./cursor";
import type { GenerateQuestion } from "./generator";
import {
  commitGeneration,
  findAttempt,
  findOwnChallenge,
  LeaseLostError,
  listHistory,
  recordAttempt,
  toAnswer,
  toChallenge,
} from "./repo";

/** The language used when a generate request names none: the one every catalog has. */
export const DEFAULT_LANGUAGE: Language = "javascript";

const PROBLEMS = "https://katagen.dev/problems";
export const IDEMPOTENCY_IN_FLIGHT_TYPE = `${PROBLEMS}/idempotency-key-in-flight`;
export const IDEMPOTENCY_MISMATCH_TYPE = `${PROBLEMS}/idempotency-key-reused`;
export const GENERATION_FAILED_TYPE = `${PROBLEMS}/generation-failed`;
export const UNKNOWN_CATALOG_ENTRY_TYPE = `${PROBLEMS}/unknown-catalog-entry`;
const GENERATION_RETRY_AFTER_S = 5;

export interface ChallengeDeps {
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  catalog: () => Catalog;
  generate: GenerateQuestion;
  quotaLimit: number;
  /** 0 turns the per-minute limit off. */
  ratePerMinute: number;
  /** A generation that takes longer is abandoned and refunded. */
  generationTimeoutMs: number;
  /** How long a reservation stays pending before the sweeper refunds it; longer than the timeout. */
  leaseMs: number;
}

export interface GenerateOutcome {
  challenge: Challenge;
  /** True when an Idempotency-Key matched a finished request: nothing new was generated or charged. */
  replayed: boolean;
  headers: Record<string, string>;
}

interface Resolved {
  difficulty: GenerateChallengeBody["difficulty"];
  language: Language;
  /** Null: pick one, seeded by the generation id. */
  topic: string | null;
  topics: string[];
}

function resolveAgainstCatalog(catalog: Catalog, body: GenerateChallengeBody): Resolved {
  const languageId = body.language ?? DEFAULT_LANGUAGE;
  const language = catalog.languages.find((l) => l.id === languageId);
  if (!language) {
    throw new AppError(400, {
      type: UNKNOWN_CATALOG_ENTRY_TYPE,
      title: "Unknown language",
      detail: `No challenges for language "${languageId}". Valid languages: ${catalog.languages.map((l) => l.id).join(", ")}.`,
      extra: {
        errors: [{ path: "body.language", message: "Unknown language" }],
        valid: catalog.languages.map((l) => l.id),
      },
    });
  }
  if (!catalog.difficulties.includes(body.difficulty)) {
    throw new AppError(400, {
      type: UNKNOWN_CATALOG_ENTRY_TYPE,
      title: "Unknown difficulty",
      detail: `Valid difficulties: ${catalog.difficulties.join(", ")}.`,
      extra: {
        errors: [{ path: "body.difficulty", message: "Unknown difficulty" }],
        valid: catalog.difficulties,
      },
    });
  }
  const topics = language.topics.map((t) => t.id);
  if (body.topic !== undefined && !topics.includes(body.topic)) {
    throw new AppError(400, {
      type: UNKNOWN_CATALOG_ENTRY_TYPE,
      title: "Unknown topic",
      detail: `No topic "${body.topic}" for ${languageId}. Valid topics: ${topics.join(", ")}.`,
      extra: { errors: [{ path: "body.topic", message: "Unknown topic" }], valid: topics },
    });
  }
  if (topics.length === 0) throw new Error(`the catalog lists no topics for ${languageId}`);
  return { difficulty: body.difficulty, language: languageId, topic: body.topic ?? null, topics };
}

/** A topic chosen from the seed, so the same generation row always names the same topic. */
export function seededTopic(topics: string[], seed: string): string {
  const n = createHash("sha256").update(seed).digest().readUInt32BE(0);
  return topics[n % topics.length]!;
}

/** The body as sent, canonically: the Idempotency-Key replays only an identical request. */
export function requestHash(body: GenerateChallengeBody): string {
  const canonical = JSON.stringify([body.difficulty, body.language ?? null, body.topic ?? null]);
  return createHash("sha256").update(canonical).digest("hex");
}

function quotaExceeded(quota: Quota, now: Date): AppError {
  const policy = dailyPolicy(quota, now);
  return tooManyRequests(
    `You have used all ${quota.limit} challenge generations for this 24-hour window. More at ${quota.nextResetAt}.`,
    policy.resetS,
    {
      type: QUOTA_EXCEEDED_TYPE,
      title: "Daily quota exceeded",
      extra: { "violated-policies": [policy.name], limit: quota.limit, nextResetAt: quota.nextResetAt },
      headers: rateLimitHeaders([policy]),
    },
  );
}

function rateLimited(policy: PolicyState): AppError {
  return tooManyRequests(
    `Too many generate requests: at most ${policy.quota} per minute. Try again in ${policy.resetS} s.`,
    policy.resetS,
    {
      type: RATE_LIMITED_TYPE,
      title: "Rate limit exceeded",
      extra: { "violated-policies": [policy.name] },
      headers: rateLimitHeaders([policy]),
    },
  );
}

const generationFailed = (detail: string) =>
  new AppError(503, {
    type: GENERATION_FAILED_TYPE,
    title: "Generation failed",
    detail: `${detail} Your quota was not charged; try again.`,
    headers: { "retry-after": String(GENERATION_RETRY_AFTER_S) },
  });

const inFlight = () =>
  conflict("A request with this Idempotency-Key is still being processed; retry shortly.", {
    type: IDEMPOTENCY_IN_FLIGHT_TYPE,
    title: "Request in progress",
    headers: { "retry-after": "1" },
  });

type ExistingDecision = { kind: "replay"; challengeId: string } | { kind: "proceed" };

/** What an Idempotency-Key that is already on file means for this request. */
async function decideExisting(
  deps: ChallengeDeps,
  existing: GenerationRow,
  hash: string,
  now: Date,
): Promise<ExistingDecision> {
  if (existing.request_hash !== hash) {
    throw unprocessable(
      "This Idempotency-Key was already used with a different request body; use a new key.",
      {
        type: IDEMPOTENCY_MISMATCH_TYPE,
        title: "Idempotency-Key reused",
      },
    );
  }
  if (existing.status === "succeeded" && existing.challenge_id !== null) {
    return { kind: "replay", challengeId: existing.challenge_id };
  }
  if (existing.status === "pending") {
    // A lease that ran out belongs to a request that died; refund it here rather than wait for the sweeper.
    if (existing.lease_until < toIso(now) && (await failGeneration(deps.db, existing.id, now))) {
      return { kind: "proceed" };
    }
    throw inFlight();
  }
  return { kind: "proceed" };
}

const TIMED_OUT = Symbol("timed out");

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function replay(deps: ChallengeDeps, userId: string, challengeId: string): Promise<GenerateOutcome> {
  const row = await findOwnChallenge(deps.db, userId, challengeId);
  if (!row) throw new Error(`succeeded generation points at missing challenge ${challengeId}`);
  const now = deps.clock.now();
  const quota = quotaView(await findQuotaRow(deps.db, userId), deps.quotaLimit, now);
  return {
    challenge: toChallenge(row),
    replayed: true,
    headers: { "idempotent-replayed": "true", ...rateLimitHeaders([dailyPolicy(quota, now)]) },
  };
}

/**
 * POST /api/generate-challenge: rate limit, reserve a unit + pending generation (one short
 * transaction), generate outside any transaction, then commit (challenge + succeeded) or fail and
 * refund. Units used always equal challenges stored plus live leases.
 */
export async function generateChallenge(
  deps: ChallengeDeps,
  input: { userId: string; body: GenerateChallengeBody; idempotencyKey: string | null },
): Promise<GenerateOutcome> {
  const { userId, body, idempotencyKey } = input;
  const resolved = resolveAgainstCatalog(deps.catalog(), body);
  const hash = requestHash(body);

  if (idempotencyKey !== null) {
    const existing = await findGenerationByKey(deps.db, userId, idempotencyKey);
    if (existing) {
      const decision = await decideExisting(deps, existing, hash, deps.clock.now());
      if (decision.kind === "replay") return replay(deps, userId, decision.challengeId);
    }
  }

  const policies: PolicyState[] = [];
  if (deps.ratePerMinute > 0) {
    const rate = await hitPerMinute(deps, { action: "generate", userId, limit: deps.ratePerMinute });
    if (!rate.allowed) throw rateLimited(rate.policy);
    policies.push(rate.policy);
  }

  const reservedAt = deps.clock.now();
  const reservation = await reserveGeneration(deps.db, {
    userId,
    limit: deps.quotaLimit,
    now: reservedAt,
    leaseMs: deps.leaseMs,
    idempotencyKey,
    requestHash: hash,
  });
  if (reservation.kind === "exhausted") {
    throw quotaExceeded(
      quotaView(await findQuotaRow(deps.db, userId), deps.quotaLimit, reservedAt),
      reservedAt,
    );
  }
  if (reservation.kind === "key-taken") {
    // Lost a race with a request carrying the same key (nothing was charged to us).
    const decision = reservation.existing
      ? await decideExisting(deps, reservation.existing, hash, reservedAt)
      : { kind: "proceed" as const };
    if (decision.kind === "replay") return replay(deps, userId, decision.challengeId);
    throw inFlight();
  }

  const { generation, quota } = reservation;
  const seed = generation.id;
  const request = {
    language: resolved.language,
    topic: resolved.topic ?? seededTopic(resolved.topics, seed),
    difficulty: resolved.difficulty,
    seed,
  };

  let question;
  try {
    const generating = deps.generate(request);
    // If we give up on it, a late rejection must not become an unhandled one.
    generating.catch(() => undefined);
    question = await withTimeout(generating, deps.generationTimeoutMs);
  } catch (error) {
    await failGeneration(deps.db, generation.id, deps.clock.now());
    if (
      error instanceof EngineError &&
      (error.code === "unknown-topic" || error.code === "unknown-language" || error.code === "no-templates")
    ) {
      throw badRequest(
        `No challenges can be generated for ${request.language} / ${request.topic} / ${request.difficulty}.`,
      );
    }
    deps.log.warn({ err: error, generationId: generation.id }, "challenge generation failed; unit refunded");
    throw generationFailed("The challenge could not be generated.");
  }
  if (question === TIMED_OUT) {
    await failGeneration(deps.db, generation.id, deps.clock.now());
    deps.log.warn(
      { generationId: generation.id, timeoutMs: deps.generationTimeoutMs },
      "challenge generation timed out; unit refunded",
    );
    throw generationFailed("Generating the challenge took too long.");
  }

  let row;
  try {
    row = await commitGeneration(deps.db, {
      generationId: generation.id,
      userId,
      question,
      now: deps.clock.now(),
    });
  } catch (error) {
    if (error instanceof LeaseLostError) {
      deps.log.warn(
        { generationId: generation.id },
        "generation finished after its lease was refunded; discarded",
      );
      throw generationFailed("Generating the challenge took too long.");
    }
    // The commit never happened (database trouble): refund, then let the error handler answer.
    await failGeneration(deps.db, generation.id, deps.clock.now()).catch(() => undefined);
    throw error;
  }

  const now = deps.clock.now();
  const view = quotaView(quota, deps.quotaLimit, now);
  return {
    challenge: toChallenge(row),
    replayed: false,
    headers: rateLimitHeaders([dailyPolicy(view, now), ...policies]),
  };
}

/** A malformed id cannot name one of the caller's challenges: 404, without asking the database. */
async function ownChallengeOr404(db: Db, userId: string, id: string) {
  const row = CHALLENGE_ID.test(id) ? await findOwnChallenge(db, userId, id) : undefined;
  if (!row) throw notFound("No such challenge.");
  return row;
}

export async function getChallenge(deps: { db: Db }, userId: string, id: string): Promise<ChallengeDetail> {
  const row = await ownChallengeOr404(deps.db, userId, id);
  const attempt = await findAttempt(deps.db, row.id);
  return attempt ? { ...toChallenge(row), answer: toAnswer(row, attempt) } : toChallenge(row);
}

export async function answerChallenge(
  deps: { db: Db; clock: Clock },
  input: { userId: string; id: string; choice: number },
): Promise<AnswerResult> {
  const row = await ownChallengeOr404(deps.db, input.userId, input.id);
  const stored = await recordAttempt(deps.db, {
    challenge_id: row.id,
    user_id: input.userId,
    choice: input.choice,
    correct: input.choice === row.correct_choice ? 1 : 0,
    answered_at: toIso(deps.clock.now()),
  });
  return toAnswer(row, stored);
}

export async function history(deps: { db: Db }, userId: string, query: HistoryQuery): Promise<HistoryPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const page = await listHistory(deps.db, {
    userId,
    limit: query.limit,
    after,
    filter: {
      difficulty: query.difficulty,
      language: query.language,
      topic: query.topic,
      status: query.status,
    },
  });
  return { items: page.items, nextCursor: page.hasMore && page.last ? encodeCursor(page.last) : null };
}
