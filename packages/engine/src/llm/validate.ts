import { canonical } from "../generator/normalize";
import type { LlmFailureClass } from "../engine-types";
import type { LlmAnswer } from "./answer-schema";

export type { LlmFailureClass };

export interface Rejection {
  class: LlmFailureClass;
  /** Sent back to the model in the repair message, and logged. */
  message: string;
}

/** A question is read on a phone: longer programs are not questions we want to ship. */
export const MAX_CODE_LINES = 40;
export const MAX_CODE_CHARS = 2000;

const GIVE_AWAY = /\b(all|none|both|neither) of (the )?(above|these|them|options|answers)\b/i;

/**
 * The semantic checks of docs/generation.md §4 step 3, before anything runs: shape the schema cannot
 * express, and options a learner could game. The first failing check decides the class; every
 * problem is listed so one repair round can fix them all.
 */
export function validateAnswer(answer: LlmAnswer): Rejection | null {
  const problems: { class: LlmFailureClass; message: string }[] = [];
  if (answer.code.trim() === "") {
    problems.push({
      class: "validation",
      message: "code is empty: every question must have a program that prints its answer",
    });
  }
  const lines = answer.code.split("\n").length;
  if (answer.code.length > MAX_CODE_CHARS || lines > MAX_CODE_LINES) {
    problems.push({
      class: "validation",
      message: `code is too long (${lines} lines, ${answer.code.length} characters; at most ${MAX_CODE_LINES} lines and ${MAX_CODE_CHARS} characters)`,
    });
  }
  if (answer.options.length !== 4) {
    problems.push({
      class: "validation",
      message: `options must have exactly 4 entries, got ${answer.options.length}`,
    });
  }
  if (answer.optionExplanations.length !== answer.options.length) {
    problems.push({
      class: "validation",
      message: `optionExplanations must have one entry per option (${answer.options.length}), got ${answer.optionExplanations.length}`,
    });
  }
  if (!Number.isInteger(answer.correctIndex) || answer.correctIndex < 0 || answer.correctIndex > 3) {
    problems.push({
      class: "validation",
      message: `correctIndex must be 0, 1, 2 or 3, got ${answer.correctIndex}`,
    });
  }
  if (answer.title.trim() === "" || answer.prompt.trim() === "") {
    problems.push({ class: "validation", message: "title and prompt must not be empty" });
  }
  if (answer.explanation.trim() === "") {
    problems.push({ class: "validation", message: "explanation is empty" });
  }
  answer.options.forEach((option, i) => {
    if (option.trim() === "") problems.push({ class: "validation", message: `option ${i} is empty` });
    if (GIVE_AWAY.test(option)) {
      problems.push({
        class: "validation",
        message: `option ${i} ("${option}") is an all/none-of-the-above option; every option must be a possible output`,
      });
    }
  });
  const seen = new Map<string, number>();
  answer.options.forEach((option, i) => {
    const key = canonical(option);
    const first = seen.get(key);
    if (first !== undefined && option.trim() !== "") {
      problems.push({
        class: "duplicates",
        message: `options ${first} and ${i} are the same output ("${option}"); all 4 must differ`,
      });
    } else {
      seen.set(key, i);
    }
  });
  if (problems.length === 0) return null;
  const cls = problems.some((p) => p.class === "duplicates") ? "duplicates" : problems[0]!.class;
  return { class: cls, message: problems.map((p) => p.message).join("; ") };
}
