import type { GeneratedQuestion } from "../engine-types";
import { renderRun } from "../generator/normalize";
import type { Program, RunResult } from "../sandbox/types";
import { fillBlank } from "../placeholder";
import { fragmentShown, quotedFragments } from "../generator/reasons";
import { codeContains } from "../generator/tokens";

/**
 * What a learner would catch in a question's reasons (quality gates G14–G16, docs/generation.md):
 * - a quoted fragment that is in none of: the program, the option it explains, the program's real
 *   output, and what the program prints with that option (fill-in-blank; proven by running it);
 * - two options that give the same reason;
 * - a wrong option whose reason is empty or generic: it quotes nothing that is in front of the
 *   learner, so it could be pasted under any program;
 * - a number the reason states in its own words (outside quoted code) that is in none of those
 *   either: a rule's wording is written once, so such a number is a fixed example ("so 10 sorts
 *   before 9", the string "7") that reads as a claim about this program.
 */
export interface ReasonProblems {
  /** "option 2 quotes `n % k`" */
  missingQuotes: string[];
  /** True when two options share one reason. */
  shared: boolean;
  /** "option 3: <reason>" */
  generic: string[];
  /** "option 2 says 10" */
  foreignNumbers: string[];
}

export function auditReasons(
  q: GeneratedQuestion,
  printed: readonly (string | null)[] = q.options,
): ReasonProblems {
  const missingQuotes: string[] = [];
  const generic: string[] = [];
  const foreignNumbers: string[] = [];
  const reasons = q.optionExplanations;
  const actual = printed[q.correctIndex] ?? "";
  reasons.forEach((reason, i) => {
    const option = q.options[i]!;
    const program = q.kind === "fill-in-blank" ? fillBlank(q.language, q.code!, option) : q.code!;
    const seen = [option, actual, printed[i] ?? ""].join("\n");
    const quotes = quotedFragments(withoutCounterfactuals(reason)).map((f) => f.replace(/…$/, ""));
    for (const f of quotes)
      if (!fragmentShown(q.language, f, program, seen)) missingQuotes.push(`option ${i + 1} quotes \`${f}\``);
    for (const n of statedNumbers(reason))
      if (!mentions(`${program}\n${seen}`, n)) foreignNumbers.push(`option ${i + 1} says ${n}`);
    if (i !== q.correctIndex) {
      // Specific: it quotes the program or this option, not just the shared real output.
      const specific = quotes.some(
        (f) => fragmentShown(q.language, f, program, option) || (printed[i] ?? "").includes(f),
      );
      if (reason.trim() === "" || !specific) generic.push(`option ${i + 1}: ${reason}`);
    }
  });
  const shared = new Set(reasons.map((r) => r.trim())).size < reasons.length;
  return { missingQuotes, shared, generic, foreignNumbers };
}

/**
 * The numbers a reason states in its own words: outside backticks, leaving out the counts the
 * execution wording states about the output ("prints only 3 lines"), numbers that are part of a name
 * (UTF-16, 32-bit, 2^53, Python 3), and 0, 1 and 2, which a rule may use as the language's own
 * (indexes from 0, true is 1, -1 for not found, the one before it at -2).
 */
export function statedNumbers(reason: string): string[] {
  const words = reason
    .replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, " ")
    .replace(/\b(prints only|stops after) \d+ lines?\b/g, " ")
    .replace(/\bPython \d+\b/g, " ");
  const found = words.match(/(?<![\w.^]|[A-Za-z]-)\d+(?:\.\d+)?(?![\w^]|\.\d|-bit)/g) ?? [];
  return [...new Set(found)].filter((n) => !/^[0-2]$/.test(n));
}

/** Whether a number occurs in a text as a whole number (`10` is not in `100`, nor `2.5` in `2.50`). */
function mentions(text: string, n: string): boolean {
  return new RegExp(`(?<![\\d.])${n.replace(".", "\\.")}(?!\\d|\\.\\d)`).test(text);
}

/**
 * The edit a one-line mutant made ("if the line `a` read `b` instead", "also ran `b`") quotes code that
 * is, by design, not in the program: it names the change whose program printed the option, and the
 * generator ran that program. The audit checks the `a` side and leaves the `b` side out.
 */
function withoutCounterfactuals(reason: string): string {
  return (
    reason
      .replace(/ read (`+)[\s\S]+?\1 instead/g, " read (edit) instead")
      .replace(/ also ran (`+)[\s\S]+?\1/g, " also ran (edit)")
      // the wording before ENGINE_VERSION 0.3.0, so before/after figures count the same things
      .replace(/ were (`+)[\s\S]+?\1/g, " were (edit)")
  );
}

/** What the program prints with each option in the blank (fill-in-blank); the options themselves otherwise. */
export async function printedByOption(
  q: GeneratedQuestion,
  run: (programs: Program[]) => Promise<RunResult[]>,
): Promise<(string | null)[]> {
  if (q.kind !== "fill-in-blank") return q.options;
  const results = await run(
    q.options.map((o) => ({ language: q.language, code: fillBlank(q.language, q.code!, o) })),
  );
  return results.map((r) => renderRun(r));
}

/**
 * Whether the explanation names the template's trap, and the trap is in the program (G17). The trap
 * is named when the explanation quotes it, token for token, in backticks.
 */
export function trapNamed(q: GeneratedQuestion, trap: string | undefined, answer?: string): string | null {
  if (!trap || trap.trim() === "") return "the template marks no trap";
  const inProgram =
    codeContains(q.language, q.code!, trap) ||
    (answer !== undefined && codeContains(q.language, answer, trap));
  if (!inProgram) return `the trap \`${trap}\` is not in the program`;
  const named = quotedFragments(q.explanation).some(
    (f) => codeContains(q.language, f, trap) || f.replace(/\s+/g, "") === trap.replace(/\s+/g, ""),
  );
  return named ? null : `the explanation does not name the trap \`${trap}\``;
}
