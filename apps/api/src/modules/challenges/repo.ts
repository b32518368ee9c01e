import type { AnswerResult, Challenge, HistoryItem, HistoryStatus } from "@katagen/contract";
import type { GeneratedQuestion } from "@katagen/engine";
import type { Db } from "../../db/create-db";
import type { AttemptsTable, ChallengeRunsTable, ChallengesTable } from "../../db/schema";
import { toIso } from "../../db/time";
import type { Cursor } from "./cursor";

export type ChallengeRow = ChallengesTable;
export type AttemptRow = AttemptsTable;

/** The columns a learner sees: what toChallenge and toAnswer read, and all a history page selects. */
const SHOWN_COLUMNS = [
  "id",
  "difficulty",
  "language",
  "topic",
  "kind",
  "title",
  "prompt",
  "code",
  "options",
  "source",
  "verified",
  "created_at",
  "correct_choice",
  "explanation",
  "option_explanations",
] as const satisfies readonly (keyof ChallengeRow)[];
type ShownRow = Pick<ChallengeRow, (typeof SHOWN_COLUMNS)[number]>;

export function toChallenge(row: ShownRow): Challenge {
  return {
    id: row.id,
    difficulty: row.difficulty as Challenge["difficulty"],
    language: row.language as Challenge["language"],
    topic: row.topic,
    kind: row.kind as Challenge["kind"],
    title: row.title,
    prompt: row.prompt,
    code: row.code,
    options: JSON.parse(row.options) as string[],
    source: row.source as Challenge["source"],
    verified: row.verified === 1,
    createdAt: row.created_at,
  };
}

export function toAnswer(
  challenge: Pick<ShownRow, "correct_choice" | "explanation" | "option_explanations">,
  attempt: Pick<AttemptRow, "correct" | "choice" | "answered_at">,
): AnswerResult {
  return {
    correct: attempt.correct === 1,
    choice: attempt.choice,
    correctChoice: challenge.correct_choice,
    explanation: challenge.explanation,
    optionExplanations: JSON.parse(challenge.option_explanations) as string[],
    answeredAt: attempt.answered_at,
  };
}

/** A generated question as the challenge row it is stored as; the id is its generation's. */
export function toChallengeRow(input: {
  id: string;
  userId: string;
  question: GeneratedQuestion;
  now: Date;
}): ChallengeRow {
  const q = input.question;
  return {
    id: input.id,
    user_id: input.userId,
    difficulty: q.difficulty,
    language: q.language,
    topic: q.topic,
    kind: q.kind,
    title: q.title,
    prompt: q.prompt,
    code: q.code,
    options: JSON.stringify(q.options),
    correct_choice: q.correctIndex,
    explanation: q.explanation,
    option_explanations: JSON.stringify(q.optionExplanations),
    source: q.source,
    model: q.model ?? null,
    template_id: q.templateId,
    seed: q.seed,
    engine_version: q.engineVersion,
    verified: q.verified ? 1 : 0,
    created_at: toIso(input.now),
  };
}

export async function insertChallenge(db: Db, row: ChallengeRow): Promise<ChallengeRow> {
  await db.insertInto("challenges").values(row).execute();
  return row;
}

export async function findOwnChallenge(
  db: Db,
  userId: string,
  id: string,
): Promise<ChallengeRow | undefined> {
  return db
    .selectFrom("challenges")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export async function findAttempt(db: Db, challengeId: string): Promise<AttemptRow | undefined> {
  return db.selectFrom("attempts").selectAll().where("challenge_id", "=", challengeId).executeTakeFirst();
}

/** The first answer wins: a second insert does nothing, and the caller reads back the stored one. */
export async function recordAttempt(db: Db, attempt: AttemptRow): Promise<AttemptRow> {
  await db
    .insertInto("attempts")
    .values(attempt)
    .onConflict((oc) => oc.column("challenge_id").doNothing())
    .execute();
  const stored = await findAttempt(db, attempt.challenge_id);
  if (!stored) throw new Error(`attempt for ${attempt.challenge_id} vanished right after insert`);
  return stored;
}

export type ChallengeRunRow = ChallengeRunsTable;

export async function findRun(db: Db, challengeId: string): Promise<ChallengeRunRow | undefined> {
  return db
    .selectFrom("challenge_runs")
    .selectAll()
    .where("challenge_id", "=", challengeId)
    .executeTakeFirst();
}

/** Two first views at once both record the run; the first stored wins and both read it back. */
export async function saveRun(db: Db, run: ChallengeRunRow): Promise<ChallengeRunRow> {
  await db
    .insertInto("challenge_runs")
    .values(run)
    .onConflict((oc) => oc.column("challenge_id").doNothing())
    .execute();
  const stored = await findRun(db, run.challenge_id);
  if (!stored) throw new Error(`run of ${run.challenge_id} vanished right after insert`);
  return stored;
}

/** How far back a cell's templates are read: more than any cell has, so rotation sees them all. */
export const RECENT_TEMPLATES_LIMIT = 64;

/**
 * The templates a learner was served in one cell, most recently served first, each once. Read from
 * the shared database on every generate, so the rotation holds across API instances and restarts.
 */
export async function recentTemplatesInCell(
  db: Db,
  cell: { userId: string; language: string; topic: string; difficulty: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom("challenges")
    .select(["template_id"])
    .select((eb) => [eb.fn.max("created_at").as("last_served"), eb.fn.max("id").as("last_id")])
    .where("user_id", "=", cell.userId)
    .where("language", "=", cell.language)
    .where("topic", "=", cell.topic)
    .where("difficulty", "=", cell.difficulty)
    .where("template_id", "is not", null)
    .groupBy("template_id")
    .orderBy("last_served", "desc")
    // Ids are UUIDv7, time-ordered: they break ties between draws in the same millisecond.
    .orderBy("last_id", "desc")
    .limit(RECENT_TEMPLATES_LIMIT)
    .execute();
  return rows.map((r) => r.template_id!);
}

export interface HistoryFilter {
  difficulty?: string;
  language?: string;
  topic?: string;
  status?: HistoryStatus;
}

/**
 * Newest first by (created_at, id), resuming strictly after the cursor: rows created after the
 * first page was read sort before the cursor, so they never shift or repeat later pages.
 */
export async function listHistory(
  db: Db,
  input: { userId: string; limit: number; after?: Cursor; filter: HistoryFilter },
): Promise<{ items: HistoryItem[]; last: Cursor | null; hasMore: boolean }> {
  const { filter, after } = input;
  let query = db
    .selectFrom("challenges as c")
    .leftJoin("attempts as a", "a.challenge_id", "c.id")
    // Only what the page shows: the row's bookkeeping (owner, template, seed, model) stays in the database.
    .select(SHOWN_COLUMNS.map((column) => `c.${column}` as const))
    .select([
      "a.challenge_id as a_challenge_id",
      "a.choice as a_choice",
      "a.correct as a_correct",
      "a.answered_at as a_answered_at",
    ])
    .where("c.user_id", "=", input.userId);
  if (filter.difficulty) query = query.where("c.difficulty", "=", filter.difficulty);
  if (filter.language) query = query.where("c.language", "=", filter.language);
  if (filter.topic) query = query.where("c.topic", "=", filter.topic);
  if (filter.status === "unanswered") query = query.where("a.challenge_id", "is", null);
  if (filter.status === "right") query = query.where("a.correct", "=", 1);
  if (filter.status === "wrong") query = query.where("a.correct", "=", 0);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("c.created_at", "<", after.createdAt),
        eb.and([eb("c.created_at", "=", after.createdAt), eb("c.id", "<", after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("c.created_at", "desc")
    .orderBy("c.id", "desc")
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const items = page.map((r): HistoryItem => {
    const { a_challenge_id, a_choice, a_correct, a_answered_at, ...challenge } = r;
    const attempt =
      a_challenge_id !== null && a_choice !== null && a_correct !== null && a_answered_at !== null
        ? { choice: a_choice, correct: a_correct, answered_at: a_answered_at }
        : null;
    return { ...toChallenge(challenge), answer: attempt ? toAnswer(challenge, attempt) : null };
  });
  const lastRow = page.at(-1);
  return {
    items,
    last: lastRow ? { createdAt: lastRow.created_at, id: lastRow.id } : null,
    hasMore: rows.length > input.limit,
  };
}
