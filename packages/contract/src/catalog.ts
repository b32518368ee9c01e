import { z } from "zod";

export const LANGUAGES = ["javascript", "typescript", "python"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const CHALLENGE_KINDS = ["predict-output", "fill-in-blank"] as const;

export const LanguageSchema = z.enum(LANGUAGES);
export const DifficultySchema = z.enum(DIFFICULTIES);
export const ChallengeKindSchema = z.enum(CHALLENGE_KINDS);
export type Language = z.infer<typeof LanguageSchema>;
export type Difficulty = z.infer<typeof DifficultySchema>;
export type ChallengeKind = z.infer<typeof ChallengeKindSchema>;

/** Topic ids are kebab-case slugs, unique within a language (e.g. "closures-and-scope"). */
export const TopicIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const TopicSchema = z.object({
  id: TopicIdSchema,
  name: z.string(),
  description: z.string(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const CatalogLanguageSchema = z.object({
  id: LanguageSchema,
  name: z.string(),
  topics: z.array(TopicSchema),
});

export const CatalogSchema = z.object({
  languages: z.array(CatalogLanguageSchema),
  difficulties: z.array(DifficultySchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;

export const CATALOG_PATH = "/api/catalog";
