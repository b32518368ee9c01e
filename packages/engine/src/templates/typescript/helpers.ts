/**
 * Shared building blocks for the TypeScript templates: name pools and small helpers that keep each
 * template about the program it shows rather than about string plumbing.
 */
import type { Rng } from "../../types";

export const PEOPLE = [
  "Ada",
  "Linus",
  "Grace",
  "Alan",
  "Barbara",
  "Ken",
  "Margaret",
  "Dennis",
  "Frances",
  "Edsger",
  "Radia",
  "Brian",
] as const;
export const FRUITS = [
  "apple",
  "pear",
  "plum",
  "kiwi",
  "fig",
  "lime",
  "mango",
  "peach",
  "grape",
  "melon",
  "cherry",
  "lemon",
] as const;
export const CITIES = [
  "Oslo",
  "Lima",
  "Rome",
  "Kyiv",
  "Quito",
  "Porto",
  "Tunis",
  "Hanoi",
  "Dakar",
  "Riga",
  "Cairo",
  "Perth",
] as const;
export const COLORS = ["red", "green", "blue", "amber", "teal", "violet", "coral", "olive"] as const;
export const ARRAY_NAMES = [
  "scores",
  "prices",
  "ages",
  "totals",
  "counts",
  "points",
  "sizes",
  "weights",
  "levels",
  "ratings",
] as const;
export const OBJ_NAMES = [
  "config",
  "settings",
  "profile",
  "options",
  "draft",
  "record",
  "state",
  "account",
] as const;
export const ITEM_NAMES = ["item", "entry", "row", "value", "n", "x"] as const;
export const CLASS_NAMES = [
  "Account",
  "Counter",
  "Sensor",
  "Player",
  "Robot",
  "Cart",
  "Tank",
  "Ticket",
  "Wallet",
  "Engine",
] as const;
export const FN_VERBS = ["load", "fetch", "save", "sync", "send", "parse", "check", "build"] as const;

/** `n` distinct integers in [min, max], in the order they were drawn. */
export function distinctInts(rng: Rng, n: number, min: number, max: number): number[] {
  const pool: number[] = [];
  for (let v = min; v <= max; v++) pool.push(v);
  return rng.sample(pool, n);
}

/** `n` integers in [min, max] (repeats allowed). */
export function ints(rng: Rng, n: number, min: number, max: number): number[] {
  return Array.from({ length: n }, () => rng.int(min, max));
}

/** Literal for a string inside generated TypeScript source. */
export const q = (s: string): string => JSON.stringify(s);

/** Array literal source, e.g. `[3, 1, 2]` or `["a", "b"]`. */
export const arr = (items: readonly (number | string)[]): string =>
  `[${items.map((v) => (typeof v === "string" ? q(v) : String(v))).join(", ")}]`;

/**
 * Replaces exactly one occurrence of `from` with `to`; throws if absent so a template whose mutation no
 * longer applies fails loudly instead of silently producing the key as a "distractor".
 */
export function swap(code: string, from: string, to: string): string {
  const at = code.indexOf(from);
  if (at < 0) throw new Error(`mutation target not found: ${from}`);
  return code.slice(0, at) + to + code.slice(at + from.length);
}

/** Replaces every occurrence of `from`; throws if absent. */
export function swapAll(code: string, from: string, to: string): string {
  if (!code.includes(from)) throw new Error(`mutation target not found: ${from}`);
  return code.split(from).join(to);
}

export const lines = (...ls: (string | false | null | undefined)[]): string =>
  ls.filter((l): l is string => typeof l === "string").join("\n");

export const PREDICT = "What does this program print?";
export const fillPrompt = (what = "the program prints"): string =>
  `Which fragment goes in the blank \`/*___*/\` so that ${what} exactly:\n\n\`\`\`text\n{{target}}\n\`\`\``;

/** Drops wrong fragments that repeat another one or the answer (parameter combinations can collide). */
export function uniqueWrong<W extends { fragment: string }>(answer: string, wrong: W[]): W[] {
  const seen = new Set([answer]);
  return wrong.filter((w) => !seen.has(w.fragment) && seen.add(w.fragment));
}
