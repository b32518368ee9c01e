/**
 * Building blocks every language's templates share: the template factories, the mutation helpers
 * and seeded number draws. Each language's helpers.ts re-exports these with its own argument order,
 * so a template reads the same whatever language it is written for.
 */
import type { Difficulty, Language } from "@katagen/contract";
import type {
  ChallengeTemplate,
  Distractor,
  FillInBlankInstance,
  PredictOutputInstance,
  Rng,
} from "../types";

export const PREDICT_PROMPT = "What does this program print?";

export type PredictBody = Omit<PredictOutputInstance, "kind" | "prompt"> & { prompt?: string };
export type FillBody = Omit<FillInBlankInstance, "kind">;

interface TemplateKey {
  language: Language;
  topic: string;
  difficulty: Difficulty;
  slug: string;
}

/** A predict-output template with the id `<language>/<topic>/<slug>`; the prompt defaults to PREDICT_PROMPT. */
export function predictTemplate(key: TemplateKey, build: (rng: Rng) => PredictBody): ChallengeTemplate {
  return {
    id: `${key.language}/${key.topic}/${key.slug}`,
    language: key.language,
    topic: key.topic,
    difficulty: key.difficulty,
    kind: "predict-output",
    build(rng) {
      const body = build(rng);
      return { kind: "predict-output", ...body, prompt: body.prompt ?? PREDICT_PROMPT };
    },
  };
}

/** A fill-in-blank template with the id `<language>/<topic>/<slug>`. */
export function fillTemplate(key: TemplateKey, build: (rng: Rng) => FillBody): ChallengeTemplate {
  return {
    id: `${key.language}/${key.topic}/${key.slug}`,
    language: key.language,
    topic: key.topic,
    difficulty: key.difficulty,
    kind: "fill-in-blank",
    build(rng) {
      return { kind: "fill-in-blank", ...build(rng) };
    },
  };
}

/**
 * The program with one textual edit. Throws when `from` is absent, so a template whose mutation
 * silently stopped applying fails loudly instead of producing a distractor equal to the key.
 */
export function swap(code: string, from: string, to: string): string {
  const at = code.indexOf(from);
  if (at < 0) throw new Error(`mutation target not found: ${from}`);
  return code.slice(0, at) + to + code.slice(at + from.length);
}

/** Replaces every occurrence of `from`; throws if absent, like swap. */
export function swapAll(code: string, from: string, to: string): string {
  if (!code.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return code.split(from).join(to);
}

/** A distractor that is the output of a mutated program (the misconception run for real). */
export const mut = (rule: string, code: string): Distractor => ({ rule, code });
/** A distractor that is a rule-computed near miss, shown as is. */
export const val = (rule: string, value: string): Distractor => ({ rule, value });

/** `count` distinct integers in [min, max], in the order they were drawn. */
export function distinctInts(rng: Rng, count: number, min: number, max: number): number[] {
  const pool: number[] = [];
  for (let v = min; v <= max; v++) pool.push(v);
  return rng.sample(pool, count);
}

/** `count` integers in [min, max] (repeats allowed). */
export function ints(rng: Rng, count: number, min: number, max: number): number[] {
  return Array.from({ length: count }, () => rng.int(min, max));
}
