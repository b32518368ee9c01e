/**
 * The engine's authoring contract. Template authors write `ChallengeTemplate`s; the generator turns an
 * instance into a question whose key and distractors all come from executing programs.
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
  /** One line: why an option produced by this rule is wrong (shown to the learner). */
  feedback: string;
}

/**
 * A distractor source. Either a mutated program that is executed (preferred: its output is the
 * option), or a rule-computed near miss (a literal value) when no program expresses the mistake.
 */
export type Distractor =
  | { rule: string; code: string; value?: never }
  | { rule: string; value: string; code?: never };

/** predict-output: "What does this program print?" The key is the program's trimmed stdout. */
export interface PredictOutputInstance {
  kind: "predict-output";
  title: string;
  /** Markdown shown above the code. */
  prompt: string;
  /** The program shown and executed. */
  code: string;
  /** At least 3; more is better (the generator keeps the first 3 whose outputs are distinct and wrong). */
  distractors: Distractor[];
  /** Why the key is right, in markdown; `{{output}}` is replaced by the executed output. */
  explanation: string;
}

/**
 * fill-in-blank: the program contains the placeholder `/*___*\/` (JS/TS) or `___` (Python) and a target
 * output stated in the prompt. Each option is a code fragment; the key is the only fragment whose
 * program prints the target. Every candidate is executed to prove it.
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
