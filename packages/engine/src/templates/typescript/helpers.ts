/**
 * Shared building blocks for the TypeScript templates: name pools and small helpers that keep each
 * template about the program it shows rather than about string plumbing.
 */
import { PLACEHOLDER } from "../../placeholder";
import { PREDICT_PROMPT } from "../template-kit";

export { distinctInts, ints, swap, swapAll } from "../template-kit";

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

/** Literal for a string inside generated TypeScript source. */
export const q = (s: string): string => JSON.stringify(s);

/** Array literal source, e.g. `[3, 1, 2]` or `["a", "b"]`. */
export const arr = (items: readonly (number | string)[]): string =>
  `[${items.map((v) => (typeof v === "string" ? q(v) : String(v))).join(", ")}]`;

export const lines = (...ls: (string | false | null | undefined)[]): string =>
  ls.filter((l): l is string => typeof l === "string").join("\n");

export const BLANK = PLACEHOLDER.typescript;
export const PREDICT = PREDICT_PROMPT;
export const fillPrompt = (what = "the program prints"): string =>
  `Which fragment goes in the blank \`${BLANK}\` so that ${what} exactly:\n\n\`\`\`text\n{{target}}\n\`\`\``;

/** Drops wrong fragments that repeat another one or the answer (parameter combinations can collide). */
export function uniqueWrong<W extends { fragment: string }>(answer: string, wrong: W[]): W[] {
  const seen = new Set([answer]);
  return wrong.filter((w) => !seen.has(w.fragment) && seen.add(w.fragment));
}
