import type { Language } from "@katagen/contract";
import { MAX_OPTION_CHARS, MAX_OPTION_LINES, type RunPrograms } from "../generator/generate";
import { canonical, renderRun } from "../generator/normalize";
import type { Rejection } from "./validate";

export interface GateResult {
  ok: true;
  /** What the program prints, rendered exactly like an offline predict-output key. */
  output: string;
  /** The one option equal to the output after normalisation: the key, decided by execution. */
  keyIndex: number;
  /** Whether the model's own correctIndex was that option. */
  agreed: boolean;
}

/**
 * The verification gate (docs/generation.md §4 step 4): the model's program runs in the engine's sandbox,
 * twice (a program whose output changes between runs has no key), and exactly one option must equal
 * what it printed. The model's correctIndex is only compared, never trusted.
 */
export async function runGate(
  run: RunPrograms,
  language: Language,
  code: string,
  options: readonly string[],
  modelIndex: number,
): Promise<GateResult | Rejection> {
  const [first, second] = await run([
    { language, code },
    { language, code },
  ]);
  if (first!.status === "timeout" || first!.status === "oom") {
    return {
      class: "timeout",
      message: `the program did not finish (${first!.status}): it must terminate quickly, without infinite loops, deep recursion or large allocations`,
    };
  }
  if (first!.status === "error") {
    return {
      class: "execution-error",
      message: `the program throws an uncaught ${first!.error ?? "error"}${first!.detail ? ` (${first!.detail})` : ""}; it must run to completion`,
    };
  }
  if (first!.status === "unsupported") {
    return {
      class: "execution-error",
      message: `the program prints a value whose formatting is not reproducible (${first!.detail ?? "unsupported output"}); print strings, numbers, booleans or short flat arrays/objects, or use JSON.stringify / String()`,
    };
  }
  if (first!.status === "crash") {
    return { class: "execution-error", message: "the sandbox could not run the program" };
  }
  const output = renderRun(first!);
  if (output === null)
    return { class: "execution-error", message: "the program prints nothing; it must print its result" };
  if (output.length > MAX_OPTION_CHARS || output.split("\n").length > MAX_OPTION_LINES) {
    return {
      class: "execution-error",
      message: `the program prints too much (at most ${MAX_OPTION_LINES} lines and ${MAX_OPTION_CHARS} characters)`,
    };
  }
  if (renderRun(second!) !== output) {
    return {
      class: "execution-error",
      message: "the program prints something different each run; it must be deterministic",
    };
  }
  const target = canonical(output);
  const matches = options.flatMap((option, i) => (canonical(option) === target ? [i] : []));
  if (matches.length !== 1) {
    return {
      class: "key-mismatch",
      message:
        matches.length === 0
          ? `no option matches what the program actually prints:\n${output}\nExactly one option must be this output`
          : `options ${matches.join(" and ")} both match what the program prints; exactly one may`,
    };
  }
  return { ok: true, output, keyIndex: matches[0]!, agreed: matches[0] === modelIndex };
}
