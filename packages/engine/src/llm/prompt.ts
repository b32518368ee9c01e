import type { Difficulty, Language, Topic } from "@katagen/contract";
import { LANGUAGE_NAMES } from "../registry";

const PRINT: Record<Language, string> = {
  javascript: "console.log",
  typescript: "console.log",
  python: "print",
};

const DIFFICULTY: Record<Difficulty, string> = {
  easy: "easy: 3-8 lines, one concept, a beginner who read about the topic gets it right",
  medium: "medium: 6-15 lines, two interacting ideas or one common misconception",
  hard: "hard: 10-25 lines, a subtle rule of the language that experienced developers still get wrong",
};

/**
 * The sandbox's rules (see ../types.ts), phrased for the model: anything it breaks makes the program
 * fail the gate, so stating them up front saves repair rounds.
 */
function rules(language: Language): string[] {
  const print = PRINT[language];
  const common = [
    `The program must be complete, self-contained and deterministic: no input, files, network, randomness, dates or clocks, no imports of third-party packages.`,
    `It prints its result with ${print} only; the output is at most 8 short lines.`,
    "It must finish without an uncaught exception, quickly, without deep recursion.",
    "Never print error messages (they differ between runtimes); print the error class name instead.",
  ];
  if (language === "python") return common;
  return [
    ...common,
    "Print only strings, numbers, booleans, null/undefined, or short flat arrays/objects; use JSON.stringify or template strings for anything else. Math.random and Date are unavailable.",
  ];
}

/** System and user messages for one question. */
export function buildMessages(
  language: Language,
  topic: Topic,
  difficulty: Difficulty,
): { role: "system" | "user"; content: string }[] {
  const name = LANGUAGE_NAMES[language];
  const system = [
    `You write multiple-choice "what does this program print?" questions about ${name} for a coding practice site.`,
    "The program is executed to check your answer: the key is whatever it really prints, so trace it carefully.",
    ...rules(language).map((r) => `- ${r}`),
    "Answer with one JSON object with the fields title, prompt (markdown, without the code), code, options, correctIndex, explanation, optionExplanations.",
    "options: exactly 4 distinct candidate outputs, each written exactly as printed (multi-line outputs use \\n). Exactly one is the real output; each other one is what a specific, plausible misconception about the program would print. Never 'all of the above' or 'none of the above'.",
    "optionExplanations: one per option, in the same order: why it is right, or which mistake leads to it.",
  ].join("\n");
  const user = [
    `Language: ${name}`,
    `Topic: ${topic.name} (${topic.description})`,
    `Difficulty: ${DIFFICULTY[difficulty]}`,
    "Write one question.",
  ].join("\n");
  return [
    { role: "system", content: system },
    { role: "user", content: user },
  ];
}
