import { fillBlank } from "@katagen/engine/browser/placeholder";
import type { AnswerResult, Challenge } from "@katagen/contract";

/**
 * The program a learner starts editing: the question's program, and for fill-in-blank that program with
 * the key fragment in its blank, which is the program whose output the prompt states. Null when the
 * challenge has no program.
 */
export function initialProgram(
  challenge: Pick<Challenge, "code" | "kind" | "language" | "options">,
  result: Pick<AnswerResult, "correctChoice">,
): string | null {
  if (!challenge.code) return null;
  if (challenge.kind !== "fill-in-blank") return challenge.code;
  return fillBlank(challenge.language, challenge.code, challenge.options[result.correctChoice]!);
}
