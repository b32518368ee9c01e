import { describe, expect, it } from "vitest";
import { initialProgram } from "./initial-program";

describe("initialProgram", () => {
  it("is the question's program for a predict-output question", () => {
    const code = 'console.log("hi");';
    expect(
      initialProgram(
        { code, kind: "predict-output", language: "javascript", options: ["a", "b", "c", "d"] },
        {
          correctChoice: 2,
        },
      ),
    ).toBe(code);
  });

  it("fills every blank with the key fragment for fill-in-blank, in JS/TS comment and Python name form", () => {
    const options = ["x + 1", "x - 1", "x * 2", "x / 2"];
    expect(
      initialProgram(
        {
          code: "const x = 2;\nconsole.log(/*___*/, /*___*/);",
          kind: "fill-in-blank",
          language: "typescript",
          options,
        },
        { correctChoice: 2 },
      ),
    ).toBe("const x = 2;\nconsole.log(x * 2, x * 2);");
    expect(
      initialProgram(
        { code: "x = 2\nprint(___)", kind: "fill-in-blank", language: "python", options },
        { correctChoice: 0 },
      ),
    ).toBe("x = 2\nprint(x + 1)");
  });

  it("is null when the challenge has no program", () => {
    expect(
      initialProgram(
        { code: null, kind: "predict-output", language: "python", options: ["a", "b", "c", "d"] },
        {
          correctChoice: 0,
        },
      ),
    ).toBeNull();
  });
});
