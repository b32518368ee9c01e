import {
  PROBLEM_TYPES,
  type AnswerResult,
  type Catalog,
  type Challenge,
  type ChallengeDetail,
  type ChallengeRun,
  type GenerateChallengeBody,
  type HistoryPage,
  type HistoryQuery,
} from "@katagen/contract";
import { ENGINE_VERSION, EngineError, keyProgram } from "@katagen/engine";
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/create-db";
import type { Clock } from "../../db/time";
import { nowIso, toIso } from "../../db/time";
import { TIMED_OUT, withDeadline } from "../../lib/deadline";
import { AppError, badRequest, notFound, serviceUnavailable } from "../../plugins/errors";
import {
  findGenerationByKey,
  LeaseLostError,
  reserveGeneration,
  settleReservation,
  type GenerationRow,
} from "../quota/ledger";
import { findQuotaRow } from "../quota/repo";
import {
  dailyPolicy,
  quotaExceededError,
  quotaView,
  rateLimitHeaders,
  type PolicyState,
} from "../quota/service";
import { hitPerMinute, rateLimitedError } from "../rate-limit/service";
import { CHALLENGE_ID, decodeCursor, encodeCursor } from "./cursor";
import { requestHash, resolveAgainstCatalog, seededTopic } from "./generate-request";
import type { GenerateQuestion, TraceRun } from "../questions/question-source";
import { decideExistingKey, keyInFlight } from "./idempotency";
import {
  findAttempt,
  findOwnChallenge,
  findRun,
  insertChallenge,
  listHistory,
  recentTemplatesInCell,
  recordAttempt,
  saveRun,
  toAnswer,
  toChallenge,
  toChallengeRow,
} from "./repo";

const GENERATION_RETRY_AFTER_S = 5;

export interface ChallengeDeps {
  db: Db;
  clock: Clock;
  log: FastifyBaseLogger;
  catalog: () => Catalog;
  generate: GenerateQuestion;
  /** Records a key run for the step view; undefined when the question source cannot. */
  trace: (...args: Parameters<TraceRun>) => ReturnType<TraceRun> | undefined;
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

const generationFailed = (detail: string) =>
  new AppError(503, {
    type: PROBLEM_TYPES.generationFailed,
    title: "Generation failed",
    detail: `${detail} Your quota was not charged; try again.`,
    headers: { "retry-after": String(GENERATION_RETRY_AFTER_S) },
  });

const NO_TEMPLATES = new Set(["unknown-topic", "unknown-language", "no-templates"]);

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

/** Replays a finished request with this key, or returns so that this one may proceed. */
async function replayIfDone(
  deps: ChallengeDeps,
  userId: string,
  existing: GenerationRow,
  hash: string,
): Promise<GenerateOutcome | undefined> {
  const decision = await decideExistingKey(deps.db, existing, hash, deps.clock.now());
  return decision.kind === "replay" ? replay(deps, userId, decision.challengeId) : undefined;
}

/** The question, within the deadline; every failure becomes the problem the client should see. */
async function generateWithin(
  deps: ChallengeDeps,
  request: Parameters<GenerateQuestion>[0],
  generationId: string,
) {
  let question;
  try {
    question = await withDeadline(deps.generate(request), deps.generationTimeoutMs);
  } catch (error) {
    if (error instanceof EngineError && NO_TEMPLATES.has(error.code)) {
      throw badRequest(
        `No challenges can be generated for ${request.language} / ${request.topic} / ${request.difficulty}.`,
      );
    }
    deps.log.warn({ err: error, generationId }, "challenge generation failed; unit refunded");
    throw generationFailed("The challenge could not be generated.");
  }
  if (question === TIMED_OUT) {
    deps.log.warn(
      { generationId, timeoutMs: deps.generationTimeoutMs },
      "challenge generation timed out; unit refunded",
    );
    throw generationFailed("Generating the challenge took too long.");
  }
  return question;
}

/**
 * POST /api/generate-challenge: rate limit, reserve a unit + pending generation (one short
 * transaction), generate outside any transaction, then commit the challenge. The ledger refunds
 * whatever does not commit. Units used always equal challenges stored plus live leases.
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
    const replayed = existing && (await replayIfDone(deps, userId, existing, hash));
    if (replayed) return replayed;
  }

  const policies: PolicyState[] = [];
  if (deps.ratePerMinute > 0) {
    const rate = await hitPerMinute(deps, { action: "generate", userId, limit: deps.ratePerMinute });
    if (!rate.allowed) throw rateLimitedError(rate.policy);
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
    const quota = quotaView(await findQuotaRow(deps.db, userId), deps.quotaLimit, reservedAt);
    throw quotaExceededError(quota, reservedAt);
  }
  if (reservation.kind === "key-taken") {
    // Lost a race with a request carrying the same key (nothing was charged to us).
    const replayed = reservation.existing && (await replayIfDone(deps, userId, reservation.existing, hash));
    if (replayed) return replayed;
    throw keyInFlight();
  }

  const { generation, quota } = reservation;
  return settleReservation(deps, generation, async (commit) => {
    const cell = {
      language: resolved.language,
      topic: resolved.topic ?? seededTopic(resolved.topics, generation.id),
      difficulty: resolved.difficulty,
    };
    const recentTemplates = await recentTemplatesInCell(deps.db, { userId, ...cell });
    const question = await generateWithin(
      deps,
      { ...cell, seed: generation.id, recentTemplates },
      generation.id,
    );
    let row;
    try {
      row = await commit((trx) =>
        insertChallenge(trx, toChallengeRow({ id: generation.id, userId, question, now: deps.clock.now() })),
      );
    } catch (error) {
      if (!(error instanceof LeaseLostError)) throw error;
      deps.log.warn(
        { generationId: generation.id },
        "generation finished after its lease was refunded; discarded",
      );
      throw generationFailed("Generating the challenge took too long.");
    }
    const now = deps.clock.now();
    return {
      challenge: toChallenge(row),
      replayed: false,
      headers: rateLimitHeaders([dailyPolicy(quotaView(quota, deps.quotaLimit, now), now), ...policies]),
    };
  });
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

const notAnswered = () =>
  new AppError(409, {
    type: PROBLEM_TYPES.notAnswered,
    title: "Not answered yet",
    detail: "The run is shown once you have answered the challenge: it gives the answer away.",
  });

/** How long recording a run may take; the sandbox's own limits end it far sooner. */
const TRACE_TIMEOUT_MS = 15_000;

/**
 * GET /api/challenges/:id/run: the step view's record of the key program's run, only after an answer.
 * Recorded on the first request and stored (decision 022: at generate time it would cost a generate
 * more than the 20% the issue allows); a program that cannot be traced faithfully is stored as null
 * too. A sandbox failure is a 503 and stores nothing, so the next view tries again.
 */
export async function getChallengeRun(
  deps: Pick<ChallengeDeps, "db" | "clock" | "log" | "trace">,
  userId: string,
  id: string,
): Promise<ChallengeRun> {
  const row = await ownChallengeOr404(deps.db, userId, id);
  if (!(await findAttempt(deps.db, row.id))) throw notAnswered();
  const stored = await findRun(deps.db, row.id);
  if (stored) return { trace: JSON.parse(stored.trace) as ChallengeRun["trace"] };
  const options = JSON.parse(row.options) as string[];
  const program = keyProgram({
    language: row.language as Challenge["language"],
    kind: row.kind as Challenge["kind"],
    code: row.code,
    keyOption: options[row.correct_choice]!,
  });
  const pending = program ? deps.trace(program) : Promise.resolve(null);
  if (!pending) return { trace: null };
  let trace;
  try {
    trace = await withDeadline(pending, TRACE_TIMEOUT_MS);
  } catch (error) {
    deps.log.warn({ err: error, challengeId: row.id }, "recording a challenge's run failed");
    throw serviceUnavailable("The run could not be recorded just now; try again.", 5);
  }
  if (trace === TIMED_OUT) throw serviceUnavailable("Recording the run took too long; try again.", 5);
  const saved = await saveRun(deps.db, {
    challenge_id: row.id,
    trace: JSON.stringify(trace),
    engine_version: ENGINE_VERSION,
    recorded_at: nowIso(deps.clock),
  });
  return { trace: JSON.parse(saved.trace) as ChallengeRun["trace"] };
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
