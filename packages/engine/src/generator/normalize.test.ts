import { describe, expect, it } from "vitest";
import { canonical, cleanOutput, renderRun } from "./normalize";
import { chooseDistractors } from "./generate";

describe("option normalisation (G4)", () => {
  it("treats whitespace, quote style and number spelling as the same option", () => {
    expect(canonical("  ['a',  \"b\"]\n")).toBe(canonical("['a', 'b']"));
    expect(canonical("x = 007")).toBe(canonical("x = 7"));
    expect(canonical("1.50 +1")).toBe(canonical("1.5 1"));
  });

  it("keeps real differences: int vs float, -0 vs 0, identifiers with digits", () => {
    expect(canonical("3")).not.toBe(canonical("3.0"));
    expect(canonical("-0")).not.toBe(canonical("0"));
    expect(canonical("a1 b2")).not.toBe(canonical("a01 b2"));
    expect(canonical("1\n2")).toBe(canonical("1 2"));
  });

  it("renders runs: trailing blanks dropped, uncaught errors by class, unusable runs as null", () => {
    expect(cleanOutput("\n  a  \r\nb\n\n")).toBe("  a\nb");
    expect(renderRun({ status: "error", stdout: "x\n", error: "TypeError", ms: 0 })).toBe(
      "x\nUncaught TypeError",
    );
    expect(renderRun({ status: "error", stdout: "", error: "KeyError", ms: 0 })).toBe("Uncaught KeyError");
    expect(renderRun({ status: "ok", stdout: "  \n", ms: 0 })).toBeNull();
    expect(renderRun({ status: "timeout", stdout: "x", ms: 0 })).toBeNull();
    expect(renderRun({ status: "unsupported", stdout: "x", ms: 0 })).toBeNull();
  });
});

describe("choosing distractors", () => {
  const c = (text: string) => ({ text, rule: "r", executed: true });

  it("drops candidates equal to the key or to each other and needs three", () => {
    expect(chooseDistractors("2", [c("2"), c(" 2 "), c("3"), c("3"), c("4")])).toBeNull();
    expect(chooseDistractors("2", [c("2"), c("3"), c("4"), c("5")])!.map((x) => x.text)).toEqual([
      "3",
      "4",
      "5",
    ]);
  });

  it("prefers a set whose option lengths stay within 2.5x", () => {
    const chosen = chooseDistractors("hello world", [
      c("a much much much longer option here"),
      c("hello there"),
      c("hi world!"),
      c("howdy world"),
    ]);
    expect(chosen!.map((x) => x.text)).toEqual(["hello there", "hi world!", "howdy world"]);
  });
});
