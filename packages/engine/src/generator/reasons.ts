import type { Language } from "@katagen/contract";
import type { MisconceptionRule, Precondition } from "../types";
import { codeContains, hasTokenRun, tokenize } from "./tokens";

/**
 * Why a wrong option is wrong, built so that it is true of the program it is shown with:
 * - the misconception rule's feedback, only when the rule's precondition holds for the program and
 *   every fragment it quotes is really there;
 * - then what execution showed: the one-line edit that produced the option, or where the option's
 *   output parts from the real one, or (fill-in-blank) what the program prints with that fragment.
 * Two options never share a reason: when the first wording is taken, a later differing line is used.
 */

/** The backticked spans of a markdown text (``a`b`` included), without the ticks. */
export function quotedFragments(text: string): string[] {
  const out: string[] = [];
  const re = /(`+)([\s\S]*?[^`])\1(?!`)/g;
  for (const m of text.matchAll(re)) out.push(m[2]!.trim());
  return out.filter((f) => f !== "");
}

/** Whether a precondition holds for a program. */
export function satisfies(language: Language, code: string, requires: Precondition): boolean {
  const tokens = tokenize(language, code);
  const has = (pattern: string) => hasTokenRun(tokens, tokenize(language, pattern));
  if (requires.all && !requires.all.every(has)) return false;
  if (requires.any && !requires.any.some(has)) return false;
  return true;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Whether a quoted fragment is in front of the learner: in the program (token for token) or in the
 * option (as code for a fill-in-blank fragment, as text for a printed output).
 */
export function fragmentShown(
  language: Language,
  fragment: string,
  program: string,
  option: string,
): boolean {
  if (codeContains(language, program, fragment) || codeContains(language, option, fragment)) return true;
  const f = squash(fragment);
  return f !== "" && (squash(option).includes(f) || squash(program).includes(f));
}

/** Whether a rule's feedback may be shown with this program and option. */
export function ruleApplies(
  language: Language,
  rule: MisconceptionRule,
  program: string,
  option: string,
): boolean {
  // A rule without a precondition (from a template source outside the type checker) never speaks.
  if (!rule.requires || !satisfies(language, program, rule.requires)) return false;
  return quotedFragments(rule.feedback).every((f) => fragmentShown(language, f, program, option));
}

/** `text` as inline markdown code; long text is cut (with …) so the quote is still a part of it. */
export function code(text: string, maxLength = 60): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}` : text;
  const ticks = cut.includes("`") ? "``" : "`";
  const pad = cut.startsWith("`") || cut.endsWith("`") ? " " : "";
  return `${ticks}${pad}${cut}${pad}${ticks}${cut === text ? "" : "…"}`;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
const lineName = (i: number) => `${ORDINALS[i] ?? `${i + 1}th`} line`;

/**
 * Where an output parts from the program's real output, one sentence per differing line (first
 * first), so a caller can take the first one no other option uses.
 */
export function outputDifferences(option: string, actual: string, subject: string): string[] {
  const got = option.split("\n");
  const want = actual.split("\n");
  if (got.length === 1 && want.length === 1)
    return [`${subject} prints ${code(want[0]!)}, not ${code(got[0]!)}.`];
  return differingLines(got, want).map(({ i, g, w }) => {
    if (g === undefined)
      return `${subject} goes on to print ${code(w!)} as its ${lineName(i)}, which this option leaves out.`;
    if (w === undefined)
      return `${subject} prints only ${want.length} line${want.length === 1 ? "" : "s"}; it never prints ${code(g)}.`;
    if (w === "") return `${subject}'s ${lineName(i)} is empty, not ${code(g)}.`;
    if (g === "") return `${subject}'s ${lineName(i)} is ${code(w)}, not empty.`;
    return `${subject}'s ${lineName(i)} is ${code(w)}, not ${code(g)}.`;
  });
}

/** The line positions where two outputs differ, first first; a missing line is undefined on its side. */
function differingLines(got: string[], want: string[]): { i: number; g?: string; w?: string }[] {
  const out: { i: number; g?: string; w?: string }[] = [];
  for (let i = 0; i < Math.max(got.length, want.length); i++)
    if (got[i] !== want[i]) out.push({ i, g: got[i], w: want[i] });
  return out;
}

/**
 * The edit that turns the program into the mutant a distractor was executed from, said the way a
 * person would ("if the line `a` read `b` instead"); null unless it is one short line on either side.
 */
export function describeChange(original: string, mutant: string): string | null {
  const before = original.split("\n");
  const after = mutant.split("\n");
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const removed = before.slice(start, before.length - end).map((l) => l.trim());
  const added = after.slice(start, after.length - end).map((l) => l.trim());
  if (removed.length > 1 || added.length > 1) return null;
  const [was, now] = [removed[0], added[0]];
  const short = (l: string | undefined) => l === undefined || (l !== "" && l.length <= 80);
  if (!short(was) || !short(now)) return null;
  if (was !== undefined && now !== undefined)
    return `if the line ${code(was, 80)} read ${code(now, 80)} instead`;
  if (was !== undefined) return `if the line ${code(was, 80)} were not there`;
  if (now !== undefined) return `if the program also ran ${code(now, 80)} at that point`;
  return null;
}

export interface WrongOption {
  rule: MisconceptionRule;
  /** The option as shown. */
  text: string;
  /** predict-output: the mutant that printed it (none for a literal near miss). */
  mutant?: string;
  /** fill-in-blank: what the program printed with this fragment; null when it never finished. */
  printed?: string | null;
}

export interface ReasonContext {
  language: Language;
  kind: "predict-output" | "fill-in-blank";
  /** The program shown to the learner. */
  program: string;
  /** predict-output: the key; fill-in-blank: the target output. */
  actual: string;
  /** fill-in-blank: the program with a fragment in the blank. */
  filled?: (fragment: string) => string;
}

/** The reasons for the wrong options, in order, no two alike. */
export function wrongReasons(ctx: ReasonContext, options: WrongOption[]): string[] {
  const used = new Set<string>();
  return options.map((o) => {
    const shownWith = ctx.kind === "fill-in-blank" && ctx.filled ? ctx.filled(o.text) : ctx.program;
    const lead =
      o.rule.feedback.trim() !== "" && ruleApplies(ctx.language, o.rule, shownWith, o.text)
        ? `${o.rule.feedback.trim()} `
        : "";
    const wordings = ctx.kind === "predict-output" ? predictWordings(ctx, o) : fillWordings(ctx, o);
    const reason =
      wordings.map((w) => lead + w).find((r) => !used.has(r)) ??
      // Every wording taken can only mean two options printed the same thing; name this one's text.
      `${lead}${wordings[0] ?? ""} This option reads ${code(o.text)}.`;
    used.add(reason);
    return reason;
  });
}

function predictWordings(ctx: ReasonContext, o: WrongOption): string[] {
  const change = o.mutant === undefined ? null : describeChange(ctx.program, o.mutant);
  const diffs = outputDifferences(o.text, ctx.actual, "The program");
  if (!change) return diffs;
  return [
    `This is what it would print ${change}.`,
    ...diffs.map((d) => `This is what it would print ${change}. ${d}`),
  ];
}

function fillWordings(ctx: ReasonContext, o: WrongOption): string[] {
  const subject = `With ${code(o.text)} in the blank, the program`;
  const printed = o.printed;
  if (printed === null || printed === undefined) return [`${subject} never finishes.`];
  if (printed === "") return [`${subject} prints nothing.`];
  if (!printed.includes("\n") && printed.length <= 60) return [`${subject} prints ${code(printed)}.`];
  const got = printed.split("\n");
  const want = ctx.actual.split("\n");
  return differingLines(got, want).map(({ i, g, w }) => {
    if (g === undefined)
      return `${subject} stops after ${got.length} line${got.length === 1 ? "" : "s"}, before ${code(w!)}.`;
    if (w === undefined) return `${subject} also prints ${code(g)} as its ${lineName(i)}.`;
    return `${subject}'s ${lineName(i)} is ${g === "" ? "empty" : code(g)}, not ${w === "" ? "empty" : code(w)}.`;
  });
}
