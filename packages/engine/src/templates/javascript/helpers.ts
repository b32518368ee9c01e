import type { Difficulty } from "@katagen/contract";
import type { ChallengeTemplate, Distractor, FillInBlankInstance, PredictOutputInstance, Rng } from "../../types";

/** The fill-in-blank placeholder the engine substitutes fragments into. */
export const BLANK = "/*___*/";

export const PREDICT_PROMPT = "What does this program print?";

type PredictBody = Omit<PredictOutputInstance, "kind" | "prompt"> & { prompt?: string };
type FillBody = Omit<FillInBlankInstance, "kind">;

export function predict(
  topic: string,
  difficulty: Difficulty,
  slug: string,
  build: (rng: Rng) => PredictBody,
): ChallengeTemplate {
  return {
    id: `javascript/${topic}/${slug}`,
    language: "javascript",
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
  difficulty: Difficulty,
  slug: string,
  build: (rng: Rng) => FillBody,
): ChallengeTemplate {
  return {
    id: `javascript/${topic}/${slug}`,
    language: "javascript",
    topic,
    difficulty,
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

export function swapAll(code: string, from: string, to: string): string {
  if (!code.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return code.split(from).join(to);
}

export function mut(rule: string, code: string): Distractor {
  return { rule, code };
}

export function val(rule: string, value: string): Distractor {
  return { rule, value };
}

export function lines(...ls: string[]): string {
  return ls.join("\n");
}

/** Plural nouns for collections, paired with a fitting singular for loop variables. */
export const COLLECTIONS = [
  ["scores", "score"],
  ["prices", "price"],
  ["items", "item"],
  ["values", "value"],
  ["points", "point"],
  ["ages", "age"],
  ["totals", "total"],
  ["steps", "step"],
  ["counts", "count"],
  ["weights", "weight"],
  ["levels", "level"],
  ["sizes", "size"],
] as const;

export const FRUITS = ["apple", "banana", "cherry", "date", "fig", "grape", "kiwi", "lemon", "mango", "pear", "plum", "peach"];
export const PEOPLE = ["Ada", "Alan", "Grace", "Linus", "Ken", "Barbara", "Edsger", "Margaret", "Dennis", "Radia", "Guido", "Brendan"];
export const WORDS = ["river", "planet", "garden", "rocket", "silver", "window", "marble", "forest", "candle", "harbor", "violet", "copper"];
export const OBJECT_NAMES = ["user", "config", "order", "player", "account", "profile", "settings", "cart", "task", "book"];
export const FN_NAMES = ["update", "process", "apply", "handle", "adjust", "record", "touch", "mark", "bump", "patch"];

/** k distinct integers in [min, max]. */
export function distinctInts(rng: Rng, k: number, min: number, max: number): number[] {
  const pool: number[] = [];
  for (let n = min; n <= max; n++) pool.push(n);
  return rng.sample(pool, k);
}

export function ints(rng: Rng, k: number, min: number, max: number): number[] {
  return Array.from({ length: k }, () => rng.int(min, max));
}

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

/** A pronounceable made-up word ("tavoli"): lots of variety without odd characters. */
export function madeUpWord(rng: Rng, syllables = 3): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += rng.pick([...CONSONANTS]) + rng.pick([...VOWELS]);
  return w;
}

/** Renders an array of strings as a readable JS literal: ["a", "b"]. */
export function strArray(items: readonly string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(", ")}]`;
}

/**
 * A program that evaluates each expression in its own guarded call and prints one line per
 * expression (its value, or the name of the error it throws).
 */
export function checksProgram(exprs: readonly string[], setup: readonly string[] = []): string {
  return lines(
    ...setup,
    `const checks = [`,
    ...exprs.map((e) => `  () => ${e},`),
    `];`,
    `for (const check of checks) {`,
    `  try {`,
    `    console.log(check());`,
    `  } catch (e) {`,
    `    console.log(e.name);`,
    `  }`,
    `}`,
  );
}
