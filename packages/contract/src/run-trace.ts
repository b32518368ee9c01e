import { z } from "zod";
import { LanguageSchema } from "./catalog";

/**
 * The step view (issue 14): a record of the key program's run, taken by instrumenting the program in the
 * sandbox, never written by hand. One step per print call, in the order the run made them.
 */

/** Which queue the code that printed ran from: the program's first run, a microtask, a timer callback. */
export const RunQueueSchema = z.enum(["sync", "microtask", "timer"]);
export type RunQueue = z.infer<typeof RunQueueSchema>;

export const TraceValueSchema = z.object({
  name: z.string(),
  /** The value as the language shows it: Node's inspector (on one line) for JS/TS, repr() for Python. */
  value: z.string(),
});
export type TraceValue = z.infer<typeof TraceValueSchema>;

export const TraceStepSchema = z.object({
  /** 1-based line of `code` holding the print call (for TypeScript, of the TypeScript source). */
  line: z.number().int().min(1),
  /** Exactly what this call wrote, newline included: the steps' outputs joined are the run's stdout. */
  output: z.string(),
  /** The variables the printing call reads, at the moment of the call; functions are left out. */
  values: z.array(TraceValueSchema),
  /** JavaScript and TypeScript only. */
  queue: RunQueueSchema.optional(),
});
export type TraceStep = z.infer<typeof TraceStepSchema>;

export const RunTraceSchema = z.object({
  language: LanguageSchema,
  /** The program that ran: the challenge's code, with the key fragment filled in for fill-in-blank. */
  code: z.string(),
  steps: z.array(TraceStepSchema),
});
export type RunTrace = z.infer<typeof RunTraceSchema>;

/** GET /api/challenges/:id/run, once the challenge is answered. */
export const ChallengeRunSchema = z.object({
  /** null when this program's run cannot be traced faithfully (its traced run would print otherwise). */
  trace: RunTraceSchema.nullable(),
});
export type ChallengeRun = z.infer<typeof ChallengeRunSchema>;

export const CHALLENGE_RUN_PATH = "/api/challenges/:id/run";
export const challengeRunPath = (id: string) => `/api/challenges/${encodeURIComponent(id)}/run`;
