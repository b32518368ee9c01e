import type { Language } from "@katagen/contract";
import { EngineError } from "../errors";
import { PLACEHOLDER } from "../placeholder";
import { createRng, type SeededRng } from "../rng";
import type { Program, RunResult } from "../sandbox/types";
import type {
  ChallengeTemplate,
  FillInBlankInstance,
  PredictOutputInstance,
  TemplateInstance,
} from "../types";
import { ENGINE_VERSION } from "../version";
import type { GeneratedQuestion, GenerateRequest } from "../engine-types";
import type { Registry } from "../registry";
import { canonical, renderRun } from "./normalize";

/** Attempts (each a fresh derivation of the seed) before giving up on a request. */
export const MAX_ATTEMPTS = 8;
/** G6: longest option ≤ 2.5 × shortest, lengths floored at this many characters. */
export const LENGTH_FLOOR = 5;
export const MAX_LENGTH_RATIO = 2.5;
/** Options must stay readable: longer outputs are not offered (and a longer key means a redraw). */
export const MAX_OPTION_CHARS = 400;
export const MAX_OPTION_LINES = 8;

function readable(text: string): boolean {
  return text.length <= MAX_OPTION_CHARS && text.split("\n").length <= MAX_OPTION_LINES;
}

export type RunPrograms = (programs: Program[]) => Promise<RunResult[]>;

interface Candidate {
  text: string;
  rule: string;
  executed: boolean;
  /** What the candidate's program printed (fill-in-blank), for its explanation. */
  output?: string;
  /** The mutated program that printed this option (predict-output), for its explanation. */
  code?: string;
}

type Attempt =
  | { ok: true; question: GeneratedQuestion; executedDistractors: number }
  | {
      ok: false;
      reason:
        | "build-failed"
        | "key-failed"
        | "key-timeout"
        | "key-unreadable"
        | "not-deterministic"
        | "too-few-distractors";
    };

export interface GenerationDetails {
  question: GeneratedQuestion;
  /** How many of the 3 distractors came from executed programs (G5). */
  executedDistractors: number;
  /** Attempts used, 1 when the first draw verified. */
  attempts: number;
}

/**
 * Generates one verified question. The seed fixes everything: the template, its instance, the
 * distractors kept and the key position, so the same seed and ENGINE_VERSION give the same question.
 */
export async function generateQuestion(
  registry: Registry,
  run: RunPrograms,
  req: GenerateRequest,
  seed: string,
): Promise<GeneratedQuestion> {
  return (await generateDetailed(registry, run, req, seed)).question;
}

export async function generateDetailed(
  registry: Registry,
  run: RunPrograms,
  req: GenerateRequest,
  seed: string,
): Promise<GenerationDetails> {
  const templates = registry.cell(req.language, req.topic, req.difficulty);
  const reasons: string[] = [];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const rng = createRng(
      `${ENGINE_VERSION}|${seed}|${req.language}|${req.topic}|${req.difficulty}|${attempt}`,
    );
    const template = rng.pick(templates);
    const result = await attemptTemplate(registry, run, template, rng, seed);
    if (result.ok)
      return {
        question: result.question,
        executedDistractors: result.executedDistractors,
        attempts: attempt + 1,
      };
    reasons.push(`${template.id}: ${result.reason}`);
  }
  const timeouts = reasons.filter((r) => r.endsWith("key-timeout")).length;
  throw new EngineError(
    timeouts === reasons.length ? "sandbox-timeout" : "generation-failed",
    `no verified question after ${MAX_ATTEMPTS} attempts (${reasons.join("; ")})`,
  );
}

/**
 * The programs one instance of a template runs (the key program and its mutants, or the program with
 * each fragment filled in), without running them: the engine's warm-up transpiles them so the
 * TypeScript compiler has met every template's syntax before the first request.
 */
export function instancePrograms(template: ChallengeTemplate, rng: SeededRng): string[] {
  const instance = template.build(rng);
  if (instance.kind === "predict-output")
    return [
      instance.code,
      ...instance.distractors.flatMap((d) => (typeof d.code === "string" ? [d.code] : [])),
    ];
  const placeholder = PLACEHOLDER[template.language];
  return [instance.answer, ...instance.wrong.map((w) => w.fragment)].map((f) =>
    instance.code.split(placeholder).join(f),
  );
}

/** Builds and verifies one instance of a template; exported for the template quality tests. */
export async function attemptTemplate(
  registry: Registry,
  run: RunPrograms,
  template: ChallengeTemplate,
  rng: SeededRng,
  seed: string,
): Promise<Attempt> {
  let instance: TemplateInstance;
  try {
    instance = template.build(rng);
  } catch {
    return { ok: false, reason: "build-failed" };
  }
  const language = template.language;
  return instance.kind === "predict-output"
    ? predictOutput(registry, run, template, instance, rng, seed, language)
    : fillInBlank(registry, run, template, instance, rng, seed, language);
}

async function predictOutput(
  registry: Registry,
  run: RunPrograms,
  template: ChallengeTemplate,
  instance: PredictOutputInstance,
  rng: SeededRng,
  seed: string,
  language: Language,
): Promise<Attempt> {
  const codeDistractors = instance.distractors.filter(
    (d) => typeof d.code === "string" && registry.rules.has(d.rule),
  );
  const programs: Program[] = [instance.code, instance.code, ...codeDistractors.map((d) => d.code!)].map(
    (code) => ({
      language,
      code,
    }),
  );
  const results = await run(programs);
  const keyResult = results[0]!;
  if (keyResult.status === "timeout" || keyResult.status === "oom")
    return { ok: false, reason: "key-timeout" };
  if (keyResult.status !== "ok") return { ok: false, reason: "key-failed" };
  const key = renderRun(keyResult);
  if (key === null) return { ok: false, reason: "key-failed" };
  if (!readable(key)) return { ok: false, reason: "key-unreadable" };
  if (renderRun(results[1]!) !== key) return { ok: false, reason: "not-deterministic" };

  const executed: Candidate[] = [];
  codeDistractors.forEach((d, i) => {
    const text = renderRun(results[i + 2]!);
    if (text !== null) executed.push({ text, rule: d.rule, executed: true, code: d.code! });
  });
  const literal: Candidate[] = instance.distractors
    .filter((d) => typeof d.value === "string" && registry.rules.has(d.rule))
    .map((d) => ({ text: d.value!.trim(), rule: d.rule, executed: false }));

  const chosen = chooseDistractors(key, [...rng.shuffle(executed), ...rng.shuffle(literal)]);
  if (!chosen) return { ok: false, reason: "too-few-distractors" };

  const keyInline = inline(key);
  return {
    ok: true,
    executedDistractors: chosen.filter((c) => c.executed).length,
    question: assemble(template, instance, rng, seed, key, chosen, {
      prompt: instance.prompt,
      code: instance.code,
      explanation: instance.explanation.replaceAll("{{output}}", key),
      keyExplanation: "Correct: this is exactly what the program prints.",
      wrongExplanation: (c) => {
        const change = c.code === undefined ? null : describeChange(instance.code, c.code);
        return (
          registry.rules.get(c.rule)!.feedback +
          (change ? ` This is what it would print ${change}.` : "") +
          (keyInline ? ` The program actually prints ${keyInline}.` : "")
        );
      },
    }),
  };
}

async function fillInBlank(
  registry: Registry,
  run: RunPrograms,
  template: ChallengeTemplate,
  instance: FillInBlankInstance,
  rng: SeededRng,
  seed: string,
  language: Language,
): Promise<Attempt> {
  const placeholder = PLACEHOLDER[language];
  if (!instance.code.includes(placeholder)) return { ok: false, reason: "build-failed" };
  const fill = (fragment: string) => instance.code.split(placeholder).join(fragment);
  const wrong = instance.wrong.filter((w) => registry.rules.has(w.rule));
  const programs: Program[] = [instance.answer, instance.answer, ...wrong.map((w) => w.fragment)].map(
    (f) => ({
      language,
      code: fill(f),
    }),
  );
  const results = await run(programs);
  const targetResult = results[0]!;
  if (targetResult.status === "timeout" || targetResult.status === "oom")
    return { ok: false, reason: "key-timeout" };
  if (targetResult.status !== "ok") return { ok: false, reason: "key-failed" };
  const target = renderRun(targetResult);
  if (target === null) return { ok: false, reason: "key-failed" };
  if (!readable(target)) return { ok: false, reason: "key-unreadable" };
  if (renderRun(results[1]!) !== target) return { ok: false, reason: "not-deterministic" };

  // A wrong fragment only counts if running it provably does not print the target.
  const candidates: Candidate[] = [];
  wrong.forEach((w, i) => {
    const result = results[i + 2]!;
    const output = renderRun(result);
    const provablyDifferent = output !== null || result.status === "timeout" || result.status === "oom";
    if (!provablyDifferent || (output !== null && canonical(output) === canonical(target))) return;
    candidates.push({
      text: w.fragment.trim(),
      rule: w.rule,
      executed: true,
      output: output ?? "(no output in time)",
    });
  });
  const chosen = chooseDistractors(instance.answer.trim(), rng.shuffle(candidates));
  if (!chosen) return { ok: false, reason: "too-few-distractors" };

  const targetInline = inline(target);
  return {
    ok: true,
    executedDistractors: chosen.length,
    question: assemble(template, instance, rng, seed, instance.answer.trim(), chosen, {
      prompt: instance.prompt.replaceAll("{{target}}", target),
      code: instance.code,
      explanation: instance.explanation.replaceAll("{{output}}", target).replaceAll("{{target}}", target),
      keyExplanation: `Correct: with this fragment the program prints ${targetInline ?? "the target output"}.`,
      wrongExplanation: (c) => {
        const printed = inline(c.output ?? "");
        return (
          registry.rules.get(c.rule)!.feedback +
          (printed ? ` With this fragment the program prints ${printed}.` : "")
        );
      },
    }),
  };
}

/**
 * Picks 3 distractors from the candidates (in preference order) that are distinct from the key and
 * from each other after canonicalisation, preferring the earliest set whose option lengths stay
 * within MAX_LENGTH_RATIO; null when fewer than 3 distinct wrong options exist.
 */
export function chooseDistractors(key: string, candidates: Candidate[]): Candidate[] | null {
  const seen = new Set([canonical(key)]);
  const unique: Candidate[] = [];
  for (const c of candidates) {
    const k = canonical(c.text);
    if (c.text === "" || !readable(c.text) || seen.has(k)) continue;
    seen.add(k);
    unique.push(c);
  }
  if (unique.length < 3) return null;
  const len = (s: string) => Math.max(LENGTH_FLOOR, s.length);
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      for (let k = j + 1; k < unique.length; k++) {
        const set = [unique[i]!, unique[j]!, unique[k]!];
        const lengths = [key, ...set.map((c) => c.text)].map(len);
        if (Math.max(...lengths) <= MAX_LENGTH_RATIO * Math.min(...lengths)) return set;
      }
    }
  }
  return unique.slice(0, 3);
}

/**
 * Where the key goes: its own stream of the seed, independent of the template and of redraws, so the
 * positions stay uniform (G6) however templates consume randomness.
 */
export function keyPosition(seed: string): 0 | 1 | 2 | 3 {
  return createRng(`${ENGINE_VERSION}|${seed}|key-position`).int(0, 3) as 0 | 1 | 2 | 3;
}

interface Texts {
  prompt: string;
  code: string;
  explanation: string;
  keyExplanation: string;
  wrongExplanation: (c: Candidate) => string;
}

function assemble(
  template: ChallengeTemplate,
  instance: TemplateInstance,
  rng: SeededRng,
  seed: string,
  key: string,
  chosen: Candidate[],
  texts: Texts,
): GeneratedQuestion {
  const correctIndex = keyPosition(seed);
  const slots: (Candidate | null)[] = [...chosen];
  slots.splice(correctIndex, 0, null);
  const options = slots.map((c) => (c ? c.text : key)) as GeneratedQuestion["options"];
  return {
    engineVersion: ENGINE_VERSION,
    templateId: template.id,
    seed,
    language: template.language,
    topic: template.topic,
    difficulty: template.difficulty,
    kind: instance.kind,
    title: instance.title,
    prompt: texts.prompt,
    code: texts.code,
    options,
    correctIndex,
    explanation: texts.explanation,
    optionExplanations: slots.map((c) =>
      c ? texts.wrongExplanation(c) : texts.keyExplanation,
    ) as GeneratedQuestion["optionExplanations"],
    misconceptions: slots.map((c) => (c ? c.rule : null)),
    source: "offline",
    verified: true,
  };
}

/**
 * The one-line edit that turns the program into the mutant a distractor was executed from, as a
 * clause ("if `a` were `b`", "if `a` were left out", "if it also ran `b`"); null when the edit is
 * not a single short line on either side. Two distractors of the same misconception then still get
 * different, concrete reasons, and the reason is true by construction: that program printed it.
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
  const [was, now] = [removed[0], added[0]].map((l) => (l === undefined ? undefined : inline(l, 80)));
  if (was === null || now === null) return null;
  if (was !== undefined && now !== undefined) return `if ${was} were ${now}`;
  if (was !== undefined) return `if ${was} were left out`;
  if (now !== undefined) return `if it also ran ${now}`;
  return null;
}

/** `text` as inline markdown code when it is short and on one line; null otherwise. */
function inline(text: string, maxLength = 60): string | null {
  if (text === "" || text.includes("\n") || text.length > maxLength) return null;
  const ticks = text.includes("`") ? "``" : "`";
  return `${ticks}${text}${ticks}`;
}
