import type { Difficulty } from "@katagen/contract";
import { PLACEHOLDER } from "../../placeholder";
import type { ChallengeTemplate, Rng } from "../../types";
import { fillTemplate, predictTemplate, type FillBody, type PredictBody } from "../template-kit";

export { distinctInts, ints, mut, PREDICT_PROMPT, swap, swapAll, val } from "../template-kit";

export const BLANK = PLACEHOLDER.javascript;

export function predict(
  topic: string,
  difficulty: Difficulty,
  slug: string,
  build: (rng: Rng) => PredictBody,
): ChallengeTemplate {
  return predictTemplate({ language: "javascript", topic, difficulty, slug }, build);
}

export function fill(
  topic: string,
  difficulty: Difficulty,
  slug: string,
  build: (rng: Rng) => FillBody,
): ChallengeTemplate {
  return fillTemplate({ language: "javascript", topic, difficulty, slug }, build);
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

export const FRUITS = [
  "apple",
  "banana",
  "cherry",
  "date",
  "fig",
  "grape",
  "kiwi",
  "lemon",
  "mango",
  "pear",
  "plum",
  "peach",
];
export const PEOPLE = [
  "Ada",
  "Alan",
  "Grace",
  "Linus",
  "Ken",
  "Barbara",
  "Edsger",
  "Margaret",
  "Dennis",
  "Radia",
  "Guido",
  "Brendan",
];
export const WORDS = [
  "river",
  "planet",
  "garden",
  "rocket",
  "silver",
  "window",
  "marble",
  "forest",
  "candle",
  "harbor",
  "violet",
  "copper",
];
export const OBJECT_NAMES = [
  "user",
  "config",
  "order",
  "player",
  "account",
  "profile",
  "settings",
  "cart",
  "task",
  "book",
];
export const FN_NAMES = [
  "update",
  "process",
  "apply",
  "handle",
  "adjust",
  "record",
  "touch",
  "mark",
  "bump",
  "patch",
];

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
