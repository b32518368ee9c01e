import type { Difficulty } from "@katagen/contract";
import type {
  ChallengeTemplate,
  Distractor,
  FillInBlankInstance,
  PredictOutputInstance,
  Rng,
} from "../../types";

export const PREDICT_PROMPT = "What does this program print?";

/** Joins source lines; Python is indentation-sensitive, so lines are written out explicitly. */
export const py = (...lines: (string | false | null | undefined)[]): string =>
  lines.filter((l): l is string => typeof l === "string").join("\n");

/** Indents every line of a block by `n` levels of four spaces. */
export const indent = (block: string, n = 1): string =>
  block
    .split("\n")
    .map((l) => (l.length > 0 ? " ".repeat(4 * n) + l : l))
    .join("\n");

export const mut = (rule: string, code: string): Distractor => ({ rule, code });
export const val = (rule: string, value: string): Distractor => ({ rule, value });

type PredictBody = Omit<PredictOutputInstance, "kind" | "prompt"> & { prompt?: string };
type FillBody = Omit<FillInBlankInstance, "kind">;

export function predict(
  topic: string,
  slug: string,
  difficulty: Difficulty,
  build: (rng: Rng) => PredictBody,
): ChallengeTemplate {
  return {
    id: `python/${topic}/${slug}`,
    language: "python",
    topic,
    difficulty,
    kind: "predict-output",
    build(rng) {
      const body = build(rng);
      return { kind: "predict-output", ...body, prompt: body.prompt ?? PREDICT_PROMPT };
    },
  };
}

export function fill(
  topic: string,
  slug: string,
  difficulty: Difficulty,
  build: (rng: Rng) => FillBody,
): ChallengeTemplate {
  return {
    id: `python/${topic}/${slug}`,
    language: "python",
    topic,
    difficulty,
    kind: "fill-in-blank",
    build(rng) {
      return { kind: "fill-in-blank", ...build(rng) };
    },
  };
}

/** Standard fill-in-blank prompt: the blank must make the program print the target. */
export const fillPrompt = (what: string): string =>
  `Which ${what} replaces \`___\` so that the program prints:\n\n\`\`\`\n{{target}}\n\`\`\``;

/** `count` distinct ints in [min, max]. */
export function distinctInts(rng: Rng, count: number, min: number, max: number): number[] {
  const pool: number[] = [];
  for (let i = min; i <= max; i++) pool.push(i);
  return rng.sample(pool, count);
}

export function ints(rng: Rng, count: number, min: number, max: number): number[] {
  return Array.from({ length: count }, () => rng.int(min, max));
}

export const pyList = (xs: readonly (number | string)[]): string =>
  `[${xs.map((x) => (typeof x === "string" ? `"${x}"` : String(x))).join(", ")}]`;

export const LIST_NAMES = [
  "nums",
  "scores",
  "values",
  "items",
  "data",
  "prices",
  "ages",
  "temps",
  "marks",
  "counts",
] as const;
export const WORDS = [
  "apple",
  "banana",
  "cherry",
  "mango",
  "kiwi",
  "plum",
  "pear",
  "grape",
  "lemon",
  "melon",
  "peach",
  "fig",
] as const;
export const PEOPLE = [
  "ana",
  "ben",
  "cleo",
  "dev",
  "eli",
  "fay",
  "gus",
  "hana",
  "ivo",
  "jun",
  "kai",
  "lea",
] as const;
export const FUNC_NAMES = [
  "process",
  "handle",
  "update",
  "collect",
  "build",
  "track",
  "record",
  "tally",
] as const;
export const COLORS = ["red", "blue", "green", "amber", "teal", "violet", "coral", "olive"] as const;
export const CITIES = [
  "oslo",
  "lima",
  "rome",
  "kyiv",
  "doha",
  "bern",
  "pune",
  "cork",
  "nice",
  "riga",
] as const;
