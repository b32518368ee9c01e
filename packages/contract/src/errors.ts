import { z } from "zod";

/** RFC 9457 problem details; every error the API returns has this shape. */
export const ProblemSchema = z
  .object({
    type: z.string().default("about:blank"),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    /** Field errors for validation problems: where, and what was wrong. */
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .passthrough();
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
