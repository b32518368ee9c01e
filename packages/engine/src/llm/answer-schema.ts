import { z } from "zod";

/**
 * What the model must answer, sent as a strict json_schema response format. Counts and ranges are
 * left out of the schema on purpose: strict mode on compatible servers supports few keywords, and the
 * semantic validators (validate.ts) give the model a precise repair message instead.
 */
export const LlmAnswerSchema = z.object({
  title: z.string().describe("A short title, at most 8 words"),
  prompt: z
    .string()
    .describe("Markdown shown above the code; the question, e.g. 'What does this program print?'"),
  code: z.string().describe("The complete, deterministic program; it prints its result"),
  options: z.array(z.string()).describe("Exactly 4 candidate outputs, each exactly as it would be printed"),
  correctIndex: z.number().int().describe("0-based index of the option the program prints"),
  explanation: z.string().describe("Markdown: why the correct option is what the program prints"),
  optionExplanations: z
    .array(z.string())
    .describe("Exactly 4, one per option in order: why it is right, or the mistake that leads to it"),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;
