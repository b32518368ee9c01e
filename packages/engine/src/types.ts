/**
 * The engine's authoring contract. Template authors write `ChallengeTemplate`s; the generator turns an
 * instance into a question whose key and distractors all come from executing programs.
 *
 * Try a template:  npm run engine -- sample --language javascript --topic clos --difficulty hard --count 5
 *   (or `npx tsx packages/engine/src/cli.ts sample …`; add `--template <id>` for one template, `--seed s`).
 * Coverage matrix: npm run engine -- coverage.   Quality gates: npx vitest run packages/engine
 *
 * How programs run (what the key is):
 * - JavaScript runs in QuickJS; TypeScript is transpiled (transpileModule, ES2022, no type check) and
 *   run the same way; Python runs in Pyodide (CPython 3.13). The quality tests re-run every key on real
 *   `node` (same transpile) and real `python3` (3.11) and fail on any difference.
 * - The key is stdout with trailing spaces and leading/trailing blank lines removed. A key program must
 *   finish without an uncaught error and print something, else the instance is redrawn.
 * - JS/TS printing: console.log/info/debug print like Node for strings, numbers (incl. -0), booleans,
 *   null/undefined, bigint, symbols, and for SHORT flat structures: arrays of ≤ 6 items, plain objects,
 *   class instances (`Point { x: 1 }`), Map/Set, nested ≤ 3 levels, fitting on one 80-column line.
 *   Anything else (longer arrays, functions, errors, Dates, format specifiers like `%d`) makes the run
 *   "unsupported" and unusable — print JSON.stringify(...) / String(...) / template strings instead.
 *   console.error/warn go nowhere (Node sends them to stderr).
 * - JS/TS timers: setTimeout/setInterval/clearTimeout/clearInterval/queueMicrotask on a virtual clock
 *   (by due time, then insertion order; delays < 1 become 1 as in Node; microtasks drained after each
 *   task). No setImmediate/process.nextTick. Math.random and Date throw. Avoid ties between timers of
 *   different delays that become due at the same instant, and unhandled promise rejections.
 * - Errors: a distractor program may throw; its option is its stdout so far plus a last line
 *   `Uncaught <ErrorClass>`. Never print error MESSAGES (they differ between QuickJS and V8, CPython
 *   versions): print `e.name` / `e instanceof X` / `type(e).__name__`. QuickJS reports stack overflow
 *   as InternalError (V8: RangeError), so no deep recursion.
 * - Limits: 500 ms per program (interrupted), 1 s hard stop, 64 MB per JS run.
 */
import type { ChallengeKind, Difficulty, Language } from "@katagen/contract";

/** Seeded randomness handed to templates; templates must use nothing else (no Math.random, no clock). */
export interface Rng {
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Returns a new shuffled array; the input is untouched. */
  shuffle<T>(items: readonly T[]): T[];
  /** k distinct items. */
  sample<T>(items: readonly T[], k: number): T[];
  bool(probability?: number): boolean;
}

/** A misconception: what a learner who picks the distractor believed, and the correction. */
export interface MisconceptionRule {
  /** Stable id, `<lang>.<slug>` or `common.<slug>`, e.g. "js.var-loop-capture". */
  id: string;
  /**
   * One line: why an option produced by this rule is wrong (shown to the learner). Code it quotes in
   * backticks must be literal code, not notation: the reason is attached only when every quoted
   * fragment occurs in the program or in the option (so write "the end index is exclusive", not
   * "`a[i:j]` stops before j", unless the program really contains `a[i:j]`).
   */
  feedback: string;
  /**
   * What a program must contain for `feedback` to be true of it, as token sequences (see
   * generator/tokens.ts: spacing and comments aside, `==` never matches inside `===`). The engine
   * attaches the feedback only when the precondition holds for the program shown (with the option's
   * fragment filled in, for fill-in-blank); otherwise the option's reason comes from execution alone.
   * `{}` means "true of any program" and should be rare.
   */
  requires: Precondition;
}

/** Token sequences a program must contain: every one of `all`, and at least one of `any`. */
export interface Precondition {
  all?: string[];
  any?: string[];
}

/**
 * A distractor source. Either a mutated program that is executed (preferred: its output is the
 * option), or a rule-computed near miss (a literal value) when no program expresses the mistake.
 */
export type Distractor =
  { rule: string; code: string; value?: never } | { rule: string; value: string; code?: never };

/** predict-output: "What does this program print?" The key is the program's trimmed stdout. */
export interface PredictOutputInstance {
  kind: "predict-output";
  title: string;
  /** Markdown shown above the code. */
  prompt: string;
  /** The program shown and executed. */
  code: string;
  /**
   * At least 3; 4–6 is better. The generator runs every code distractor, drops those that fail, print
   * nothing, or equal the key or each other after normalisation (trim, whitespace, quotes, numbers),
   * and keeps 3 chosen at random (seeded): executed ones first, literal values only to fill up.
   */
  distractors: Distractor[];
  /** Why the key is right, in markdown; `{{output}}` is replaced by the executed output. */
  explanation: string;
  /** See TrapMarked. */
  trap: string;
}

/**
 * Every instance marks its trap: the line or construct where the question's difficulty lies (in the
 * recursive-sum question, `${calls}`, read after `series(11)` has run). It must occur in the program
 * token for token (or in the answer fragment, for fill-in-blank), and the explanation must name it in
 * backticks, so the explanation is about the step a learner gets wrong (quality gate G14).
 */
export interface TrapMarked {
  trap: string;
}

/**
 * fill-in-blank: the program contains its language's PLACEHOLDER (../placeholder.ts: `/*___*\/` in
 * JS/TS, `___` in Python) and a target output stated in the prompt. Each option is a code fragment;
 * the key is the only fragment whose program prints the target. Every candidate is executed to prove it.
 */
export interface FillInBlankInstance {
  kind: "fill-in-blank";
  title: string;
  /** Markdown; `{{target}}` is replaced by the target output (the correct fragment's output). */
  prompt: string;
  code: string;
  /** The fragment that produces the target. */
  answer: string;
  /** Wrong fragments, each with the misconception it embodies. At least 3. */
  wrong: { fragment: string; rule: string }[];
  explanation: string;
  /** See TrapMarked. */
  trap: string;
}

export type TemplateInstance = PredictOutputInstance | FillInBlankInstance;

export interface ChallengeTemplate {
  /** Stable, unique across the engine: `<lang>/<topic>/<slug>`. */
  id: string;
  language: Language;
  topic: string;
  difficulty: Difficulty;
  kind: ChallengeKind;
  /** Pure function of the rng: the same seed gives the same instance. */
  build(rng: Rng): TemplateInstance;
}
