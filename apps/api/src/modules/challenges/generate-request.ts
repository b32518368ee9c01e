import { createHash } from "node:crypto";
import { PROBLEM_TYPES, type Catalog, type GenerateChallengeBody, type Language } from "@katagen/contract";
import { AppError } from "../../plugins/errors";

/** The language used when a generate request names none: the one every catalog has. */
export const DEFAULT_LANGUAGE: Language = "javascript";

export interface ResolvedRequest {
  difficulty: GenerateChallengeBody["difficulty"];
  language: Language;
  /** Null: pick one, seeded by the generation id. */
  topic: string | null;
  topics: string[];
}

function unknownEntry(what: string, detail: string, path: string, valid: readonly string[]) {
  return new AppError(400, {
    type: PROBLEM_TYPES.unknownCatalogEntry,
    title: `Unknown ${what}`,
    detail,
    extra: { errors: [{ path, message: `Unknown ${what}` }], valid },
  });
}

/** The request checked against the catalog of the moment (an LLM-backed catalog may differ from the engine's). */
export function resolveAgainstCatalog(catalog: Catalog, body: GenerateChallengeBody): ResolvedRequest {
  const languageId = body.language ?? DEFAULT_LANGUAGE;
  const language = catalog.languages.find((l) => l.id === languageId);
  if (!language) {
    const valid = catalog.languages.map((l) => l.id);
    throw unknownEntry(
      "language",
      `No challenges for language "${languageId}". Valid languages: ${valid.join(", ")}.`,
      "body.language",
      valid,
    );
  }
  if (!catalog.difficulties.includes(body.difficulty)) {
    throw unknownEntry(
      "difficulty",
      `Valid difficulties: ${catalog.difficulties.join(", ")}.`,
      "body.difficulty",
      catalog.difficulties,
    );
  }
  const topics = language.topics.map((t) => t.id);
  if (body.topic !== undefined && !topics.includes(body.topic)) {
    throw unknownEntry(
      "topic",
      `No topic "${body.topic}" for ${languageId}. Valid topics: ${topics.join(", ")}.`,
      "body.topic",
      topics,
    );
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
