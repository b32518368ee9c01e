import { describe, expect, it } from "vitest";
import type { GeneratedQuestion } from "../engine-types";
import { auditReasons, statedNumbers } from "./reason-audit";

/** A predict-output question with the given program, options (key first) and reasons. */
function question(code: string, options: string[], reasons: string[]): GeneratedQuestion {
  return {
    kind: "predict-output",
    language: "javascript",
    code,
    options,
    correctIndex: 0,
    optionExplanations: reasons,
    misconceptions: options.map((_, i) => (i === 0 ? null : "js.test")),
  } as unknown as GeneratedQuestion;
}

describe("the reason audit", () => {
  const code = 'const codes = ["199", "2", "44"];\ncodes.sort();\nconsole.log(codes.join(" "));';

  it("flags a number a reason states that is in neither the program nor the output", () => {
    const q = question(
      code,
      ["199 2 44", "2 44 199"],
      [
        "Correct: this is exactly what the program prints.",
        "Without a comparator, `sort` compares values as strings, so 10 sorts before 9. The program prints `199 2 44`, not `2 44 199`.",
      ],
    );
    expect(auditReasons(q).foreignNumbers).toEqual(["option 2 says 10", "option 2 says 9"]);
  });

  it("flags a quoted example value that is not in the program", () => {
    const q = question(
      code,
      ["199 2 44", "2 44 199"],
      ["Correct.", 'A lookup with `sort` compares strictly: the string "7" never matches the number 7.'],
    );
    expect(auditReasons(q).foreignNumbers).toEqual(["option 2 says 7"]);
  });

  it("accepts numbers the program or the option shows, and the language's own 0, 1 and 2", () => {
    const q = question(
      code,
      ["199 2 44", "2 44 199"],
      [
        "Correct.",
        'Strings compare character by character, so "199" comes before "44"; indexes start at 0 and -1 means missing. The program prints `199 2 44`, not `2 44 199`.',
      ],
    );
    expect(auditReasons(q).foreignNumbers).toEqual([]);
  });

  it("reads no number out of quoted code, names like UTF-16 or 2^53, or the line counts of the output wording", () => {
    expect(
      statedNumbers(
        "`toFixed(5)` counts UTF-16 units in a 32-bit world past 2^53 in Python 3; the program prints only 4 lines and stops after 3 lines.",
      ),
    ).toEqual([]);
    expect(statedNumbers("so 2.50 shows as 2.5")).toEqual(["2.50", "2.5"]);
  });
});
