import { z } from "zod";
import { ChallengeKindSchema, DifficultySchema, LanguageSchema, TopicIdSchema } from "./catalog";

export const ChallengeSourceSchema = z.enum(["offline", "llm"]);
export type ChallengeSource = z.infer<typeof ChallengeSourceSchema>;

export const ChoiceSchema = z.number().int().min(0).max(3);

export const GenerateChallengeBodySchema = z
  .object({
    difficulty: DifficultySchema,
    language: LanguageSchema.optional(),
    topic: TopicIdSchema.optional(),
  })
  .strict();
export type GenerateChallengeBody = z.infer<typeof GenerateChallengeBodySchema>;

/** A challenge as the user sees it before answering: never carries the key. */
export const ChallengeSchema = z.object({
  id: z.string(),
  difficulty: DifficultySchema,
  language: LanguageSchema,
  topic: TopicIdSchema,
  kind: ChallengeKindSchema,
  title: z.string(),
  prompt: z.string().describe("Markdown"),
  code: z.string().nullable(),
  options: z.array(z.string()).length(4),
  source: ChallengeSourceSchema,
  verified: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Challenge = z.infer<typeof ChallengeSchema>;

export const AnswerBodySchema = z.object({ choice: ChoiceSchema }).strict();
export type AnswerBody = z.infer<typeof AnswerBodySchema>;

export const AnswerResultSchema = z.object({
  correct: z.boolean(),
  choice: ChoiceSchema,
  correctChoice: ChoiceSchema,
  explanation: z.string(),
  optionExplanations: z.array(z.string()).length(4),
  answeredAt: z.iso.datetime(),
});
export type AnswerResult = z.infer<typeof AnswerResultSchema>;

export const ChallengeParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const HistoryStatusSchema = z.enum(["unanswered", "right", "wrong"]);
export type HistoryStatus = z.infer<typeof HistoryStatusSchema>;

export const HistoryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  difficulty: DifficultySchema.optional(),
  language: LanguageSchema.optional(),
  topic: TopicIdSchema.optional(),
  status: HistoryStatusSchema.optional(),
});
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

/** A history item: the challenge, plus its answer once answered. */
export const HistoryItemSchema = ChallengeSchema.extend({
  answer: AnswerResultSchema.nullable(),
});
export type HistoryItem = z.infer<typeof HistoryItemSchema>;

export const HistoryPageSchema = z.object({
  items: z.array(HistoryItemSchema),
  nextCursor: z.string().nullable(),
});
export type HistoryPage = z.infer<typeof HistoryPageSchema>;

export const GENERATE_CHALLENGE_PATH = "/api/generate-challenge";
export const CHALLENGE_PATH = "/api/challenges/:id";
export const ANSWER_PATH = "/api/challenges/:id/answer";
export const HISTORY_PATH = "/api/my-history";
export const challengePath = (id: string) => `/api/challenges/${encodeURIComponent(id)}`;
export const answerPath = (id: string) => `/api/challenges/${encodeURIComponent(id)}/answer`;

/** GET /api/challenges/:id: the challenge, plus the stored answer once the user has answered. */
export const ChallengeDetailSchema = ChallengeSchema.extend({
  answer: AnswerResultSchema.optional(),
});
export type ChallengeDetail = z.infer<typeof ChallengeDetailSchema>;

/** Optional on POST /api/generate-challenge: the same key and body return the same challenge, charged once. */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x20-\x7e]+$/, "Idempotency-Key must be printable ASCII");
