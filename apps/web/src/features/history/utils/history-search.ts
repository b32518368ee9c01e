import { DifficultySchema, HistoryStatusSchema, LanguageSchema, TopicIdSchema } from "@katagen/contract";
import { z } from "zod";

/** History filters live in the URL (shareable, back-button friendly); a bad value is dropped, not an error page. */
export const HistorySearchSchema = z.object({
  difficulty: DifficultySchema.optional().catch(undefined),
  language: LanguageSchema.optional().catch(undefined),
  topic: TopicIdSchema.max(100).optional().catch(undefined),
  status: HistoryStatusSchema.optional().catch(undefined),
});
export type HistorySearch = z.infer<typeof HistorySearchSchema>;
