import type { Language } from "@katagen/contract";
import { EngineError } from "../errors";
import { fillBlank, PLACEHOLDER } from "../placeholder";
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
import { escapeDunders } from "./markdown-text";
import { canonical, renderRun } from "./normalize";
import { code as inlineCode, wrongReasons, type ReasonContext } from "./reasons";

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
  /** What the candidate's program printed (fill-in-blank), for its reason; null when it never finished. */
  output?: string | null;
  /** The mutated program that printed this option (predict-output), for its explanation. */
  code?: string;
}

type Attempt =
  | { ok: true; question: GeneratedQuestion; executedDistractors: number; trap: string }
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
  /** The construct the template marks as the question's trap (TrapMarked), for the quality gate. */
  trap: string;
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
  const fresh = unservedFirst(templates, req.recentTemplates ?? []);
  const reasons: string[] = [];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const rng = createRng(
      `${ENGINE_VERSION}|${seed}|${req.language}|${req.topic}|${req.difficulty}|${attempt}`,
    );
    // Half the attempts go to the templates the learner has not had; should those all fail to
    // verify for this seed, any template is better than an error.
    const template = rng.pick(attempt < MAX_ATTEMPTS / 2 ? fresh : templates);
    const result = await attemptTemplate(registry, run, template, rng, seed);
    if (result.ok)
      return {
        question: result.question,
        executedDistractors: result.executedDistractors,
        attempts: attempt + 1,
        trap: result.trap,
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
 * The cell's templates the learner has not been served (recent: most recent first); when every one
 * has been served, the least recently served one.
 */
export function unservedFirst(
  templates: ChallengeTemplate[],
  recent: readonly string[],
): ChallengeTemplate[] {
  const unserved = templates.filter((t) => !recent.includes(t.id));
  if (unserved.length > 0) return unserved;
  const rank = (t: ChallengeTemplate) => recent.indexOf(t.id);
  const oldest = Math.max(...templates.map(rank));
  return templates.filter((t) => rank(t) === oldest);
}

/** The programs one instance runs, by the part each plays in the question. */
export interface InstancePrograms {
  /** Prints the key (predict-output) or the target output (fill-in-blank). */
  key: string;
  /** One per wrong option that comes from a program; literal near misses have none. */
  distractors: DistractorProgram[];
}

export interface DistractorProgram {
  rule: string;
  code: string;
  /** fill-in-blank: the fragment filled in, which is the option; a mutant's option is what it prints. */
  fragment?: string;
}

/**
 * Lists what an instance runs without running it (the engine's warm-up transpiles these, so the
 * TypeScript compiler has met every template's syntax before the first request). Throws for a
 * fill-in-blank program without its placeholder: every fragment would run the same program.
 */
export function programsFor(language: Language, instance: TemplateInstance): InstancePrograms {
  if (instance.kind === "predict-output")
    return {
      key: instance.code,
      distractors: instance.distractors.flatMap((d) =>
        typeof d.code === "string" ? [{ rule: d.rule, code: d.code }] : [],
      ),
    };
  if (!instance.code.includes(PLACEHOLDER[language]))
    throw new Error(`fill-in-blank program without ${PLACEHOLDER[language]}`);
  const fill = (fragment: string) => fillBlank(language, instance.code, fragment);
  return {
    key: fill(instance.answer),
    distractors: instance.wrong.map((w) => ({ rule: w.rule, code: fill(w.fragment), fragment: w.fragment })),
  };
}

interface Runs {
  key: RunResult;
  /** The key program run again: output that changes between runs cannot be a key. */
  rerun: RunResult;
  distractors: { program: DistractorProgram; result: RunResult }[];
}

async function runAll(run: RunPrograms, language: Language, programs: InstancePrograms): Promise<Runs> {
  const codes = [programs.key, programs.key, ...programs.distractors.map((d) => d.code)];
  const [key, rerun, ...distractors] = await run(codes.map((code) => ({ language, code })));
  return {
    key: key!,
    rerun: rerun!,
    distractors: programs.distractors.map((program, i) => ({ program, result: distractors[i]! })),
  };
}

type Failure = Extract<Attempt, { ok: false }>;

/** The key program's output, when it can be a key: finished, printed, readable and repeatable. */
function keyOutput(runs: Runs): string | Failure {
  if (runs.key.status === "timeout" || runs.key.status === "oom") return { ok: false, reason: "key-timeout" };
  if (runs.key.status !== "ok") return { ok: false, reason: "key-failed" };
  const output = renderRun(runs.key);
  if (output === null) return { ok: false, reason: "key-failed" };
  if (!readable(output)) return { ok: false, reason: "key-unreadable" };
  if (renderRun(runs.rerun) !== output) return { ok: false, reason: "not-deterministic" };
  return output;
}

/** Where the two kinds differ: what the key option is, which wrong options qualify, and the texts. */
interface Offer {
  key: string;
  /** In order of preference. */
  candidates: Candidate[];
  prompt: string;
  explanation: string;
  keyExplanation: string;
  /** What the wrong options' reasons are built from. */
  reasons: ReasonContext;
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
  let programs: InstancePrograms;
  try {
    instance = template.build(rng);
    programs = programsFor(template.language, instance);
  } catch {
    return { ok: false, reason: "build-failed" };
  }
  const distractors = programs.distractors.filter((d) => registry.rules.has(d.rule));
  const runs = await runAll(run, template.language, { key: programs.key, distractors });
  const output = keyOutput(runs);
  if (typeof output !== "string") return output;
  const offer =
    instance.kind === "predict-output"
      ? predictOutputOffer(registry, template.language, instance, runs, output, rng)
      : fillInBlankOffer(template.language, instance, runs, output, rng);
  const chosen = chooseDistractors(offer.key, offer.candidates);
  if (!chosen) return { ok: false, reason: "too-few-distractors" };
  return {
    ok: true,
    executedDistractors: chosen.filter((c) => c.executed).length,
    trap: instance.trap,
    question: assemble(registry, template, instance, seed, chosen, offer),
  };
}

/** predict-output: the options are outputs, of the mutants first and of literal near misses after. */
function predictOutputOffer(
  registry: Registry,
  language: Language,
  instance: PredictOutputInstance,
  runs: Runs,
  output: string,
  rng: SeededRng,
): Offer {
  const executed: Candidate[] = [];
  for (const { program, result } of runs.distractors) {
    const text = renderRun(result);
    if (text !== null) executed.push({ text, rule: program.rule, executed: true, code: program.code });
  }
  const literal: Candidate[] = instance.distractors
    .filter((d) => typeof d.value === "string" && registry.rules.has(d.rule))
    .map((d) => ({ text: d.value!.trim(), rule: d.rule, executed: false }));
  return {
    key: output,
    candidates: [...rng.shuffle(executed), ...rng.shuffle(literal)],
    prompt: instance.prompt,
    explanation: instance.explanation.replaceAll("{{output}}", output),
    keyExplanation: "Correct: this is exactly what the program prints.",
    reasons: { language, kind: "predict-output", program: instance.code, actual: output },
  };
}

/** fill-in-blank: the options are fragments, and a wrong one only if its program provably misses the target. */
function fillInBlankOffer(
  language: Language,
  instance: FillInBlankInstance,
  runs: Runs,
  target: string,
  rng: SeededRng,
): Offer {
  const candidates: Candidate[] = [];
  for (const { program, result } of runs.distractors) {
    const output = renderRun(result);
    const provablyDifferent = output !== null || result.status === "timeout" || result.status === "oom";
    if (!provablyDifferent || (output !== null && canonical(output) === canonical(target))) continue;
    candidates.push({
      text: program.fragment!.trim(),
      rule: program.rule,
      executed: true,
      output,
    });
  }
  return {
    key: instance.answer.trim(),
    candidates: rng.shuffle(candidates),
    prompt: withTarget(instance.prompt, target),
    explanation: withTarget(instance.explanation.replaceAll("{{output}}", "{{target}}"), target),
    keyExplanation: `Correct: with this fragment the program prints ${
      !target.includes("\n") && target.length <= 60 ? inlineCode(target) : "the target output"
    }.`,
    reasons: {
      language,
      kind: "fill-in-blank",
      program: instance.code,
      actual: target,
      filled: (fragment) => fillBlank(language, instance.code, fragment),
    },
  };
}

/**
 * Puts the target output into a prompt or explanation. Inline code cannot hold a line break (markdown
 * joins the lines: `ovi` and `3` read as `ovi 3`), so a multi-line target quoted inline becomes "the
 * output below" and follows the sentence as a fenced block; inside an author's own fence it goes as is.
 */
export function withTarget(text: string, target: string): string {
  if (!target.includes("\n") && !target.includes("`")) return text.replaceAll("{{target}}", target);
  let blocks = "";
  const sentenceEnds = /`\{\{target\}\}`([^\n]*)/g;
  const replaced = text.replace(sentenceEnds, (_, rest: string) => {
    blocks = `\n\n\`\`\`text\n${target}\n\`\`\``;
    return `the output below${rest}${blocks}`;
  });
  return replaced.replaceAll("{{target}}", target);
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

function assemble(
  registry: Registry,
  template: ChallengeTemplate,
  instance: TemplateInstance,
  seed: string,
  chosen: Candidate[],
  offer: Offer,
): GeneratedQuestion {
  const correctIndex = keyPosition(seed);
  const slots: (Candidate | null)[] = [...chosen];
  slots.splice(correctIndex, 0, null);
  const options = slots.map((c) => (c ? c.text : offer.key)) as GeneratedQuestion["options"];
  return {
    engineVersion: ENGINE_VERSION,
    templateId: template.id,
    seed,
    language: template.language,
    topic: template.topic,
    difficulty: template.difficulty,
    kind: instance.kind,
    title: instance.title,
    prompt: escapeDunders(offer.prompt),
    code: instance.code,
    options,
    correctIndex,
    explanation: escapeDunders(offer.explanation),
    optionExplanations: explainOptions(registry, slots, offer).map(
      escapeDunders,
    ) as GeneratedQuestion["optionExplanations"],
    misconceptions: slots.map((c) => (c ? c.rule : null)),
    source: "offline",
    verified: true,
  };
}

/** The key's note and, for each wrong option, a reason true of this program (./reasons.ts). */
function explainOptions(
  registry: Registry,
  slots: (Candidate | null)[],
  offer: Offer,
): GeneratedQuestion["optionExplanations"] {
  const wrong = slots.filter((c): c is Candidate => c !== null);
  const reasons = wrongReasons(
    offer.reasons,
    wrong.map((c) => ({
      rule: registry.rules.get(c.rule)!,
      text: c.text,
      mutant: c.code,
      printed: c.output,
    })),
  );
  let next = 0;
  return slots.map((c) =>
    c ? reasons[next++]! : offer.keyExplanation,
  ) as GeneratedQuestion["optionExplanations"];
}
