import { LanguageSchema, TopicIdSchema } from "@katagen/contract";
import { z } from "zod";

/**
 * A link into Practice can preselect a language and a topic (Progress links each row here). A bad value is
 * dropped, not an error page; a topic the chosen language does not have is ignored by the form.
 */
export const PracticeSearchSchema = z.object({
  language: LanguageSchema.optional().catch(undefined),
  topic: TopicIdSchema.max(100).optional().catch(undefined),
});
export type PracticeSearch = z.infer<typeof PracticeSearchSchema>;
