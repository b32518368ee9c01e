import type { Difficulty } from "@katagen/contract";
import { PLACEHOLDER } from "../../placeholder";
import type { ChallengeTemplate, Rng } from "../../types";
import { fillTemplate, predictTemplate, type FillBody, type PredictBody } from "../template-kit";

export { distinctInts, ints, mut, PREDICT_PROMPT, val } from "../template-kit";

/** Joins source lines; Python is indentation-sensitive, so lines are written out explicitly. */
export const py = (...lines: (string | false | null | undefined)[]): string =>
  lines.filter((l): l is string => typeof l === "string").join("\n");

/** Indents every line of a block by `n` levels of four spaces. */
export const indent = (block: string, n = 1): string =>
  block
    .split("\n")
    .map((l) => (l.length > 0 ? " ".repeat(4 * n) + l : l))
    .join("\n");

export function predict(
  topic: string,
  slug: string,
  difficulty: Difficulty,
  build: (rng: Rng) => PredictBody,
): ChallengeTemplate {
  return predictTemplate({ language: "python", topic, difficulty, slug }, build);
}

export function fill(
  topic: string,
  slug: string,
  difficulty: Difficulty,
  build: (rng: Rng) => FillBody,
): ChallengeTemplate {
  return fillTemplate({ language: "python", topic, difficulty, slug }, build);
}

export const BLANK = PLACEHOLDER.python;

/**
 * A program written as a function of flags, each flag one misconception's edit. Calling it with a flag
 * that leaves the program as it would be without that flag throws, as swap does when its target is
 * missing: otherwise the mutant silently equals another program and drops out of the options.
 */
export function flagged<F extends object>(prog: (flags: F) => string): (flags: F) => string {
  return (flags) => {
    const code = prog(flags);
    for (const [name, on] of Object.entries(flags)) {
      if (!on) continue;
      const without = Object.fromEntries(Object.entries(flags).filter(([other]) => other !== name)) as F;
      if (prog(without) === code)
        throw new Error(`mutation flag ${name} changes nothing: ${JSON.stringify(flags)}`);
    }
    return code;
  };
}

/** Standard fill-in-blank prompt: the blank must make the program print the target. */
export const fillPrompt = (what: string): string =>
  `Which ${what} replaces \`${BLANK}\` so that the program prints:\n\n\`\`\`\n{{target}}\n\`\`\``;

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
