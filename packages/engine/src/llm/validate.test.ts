import { describe, expect, it } from "vitest";
import type { LlmAnswer } from "./answer-schema";
import { validateAnswer } from "./validate";

const good: LlmAnswer = {
  title: "Sum",
  prompt: "What does this program print?",
  code: "console.log(1 + 2)",
  options: ["3", "12", "undefined", "NaN"],
  correctIndex: 0,
  explanation: "1 + 2 is 3.",
  optionExplanations: ["Right.", "Both are numbers.", "It is defined.", "Both are numbers."],
};

describe("validateAnswer", () => {
  it("accepts four distinct options with one explanation each", () => {
    expect(validateAnswer(good)).toBeNull();
  });

  it("calls options duplicates when they differ only in quotes, spacing or number spelling", () => {
    for (const pair of [
      ['"a"', "'a'"],
      ["1.50", "1.5"],
      ["[1,  2]", "[1, 2]"],
    ]) {
      const rejection = validateAnswer({ ...good, options: [pair[0]!, pair[1]!, "x", "y"] });
      expect(rejection?.class).toBe("duplicates");
    }
    // An int and a float are different outputs in Python.
    expect(validateAnswer({ ...good, options: ["3", "3.0", "x", "y"] })).toBeNull();
  });

  it("lists every problem in one message, so one repair round can fix them all", () => {
    const rejection = validateAnswer({
      ...good,
      options: ["3", "4", "All of the above"],
      correctIndex: 4,
      explanation: " ",
    });
    expect(rejection?.class).toBe("validation");
    expect(rejection?.message).toContain("exactly 4");
    expect(rejection?.message).toContain("correctIndex must be 0, 1, 2 or 3");
    expect(rejection?.message).toContain("explanation is empty");
    expect(rejection?.message).toContain("all/none-of-the-above");
  });

  it("rejects a question without code: only executed keys ship", () => {
    expect(validateAnswer({ ...good, code: "\n" })?.message).toContain("code is empty");
  });

  it("rejects programs too long to read as a question", () => {
    const code = Array.from({ length: 60 }, (_, i) => `console.log(${i});`).join("\n");
    expect(validateAnswer({ ...good, code })?.message).toContain("code is too long (60 lines");
  });
});
