import { describe, expect, it } from "vitest";
import type { MisconceptionRule } from "../types";
import { describeChange, quotedFragments, ruleApplies, satisfies, wrongReasons } from "./reasons";
import { codeContains, tokenize } from "./tokens";

const rule = (feedback: string, requires: MisconceptionRule["requires"]): MisconceptionRule => ({
  id: "test.rule",
  feedback,
  requires,
});

describe("tokens", () => {
  it("matches code token for token, ignoring spacing and comments, never inside a longer operator", () => {
    expect(codeContains("javascript", "if (a===b) {} // n % k", "a === b")).toBe(true);
    expect(codeContains("javascript", "if (a === b) {}", "a == b")).toBe(false);
    expect(codeContains("javascript", "// n % k\nlet x = 1;", "n % k")).toBe(false);
    expect(codeContains("python", "print('n % k')", "n % k")).toBe(false);
    expect(codeContains("python", "vals = [n for n in xs if n % k]", "if n % k")).toBe(true);
    expect(codeContains("python", "x = a // b  # floor", "a // b")).toBe(true);
    expect(codeContains("python", "this = 1", "is")).toBe(false);
  });

  it("lexes a template literal's ${…} parts as code, so a reason can cite `${calls}`", () => {
    const code = "let calls = 0;\nconsole.log(`${series(11)} after ${calls} calls`);";
    expect(codeContains("javascript", code, "${calls}")).toBe(true);
    expect(codeContains("javascript", code, "series(11)")).toBe(true);
    expect(tokenize("javascript", "`a${b}c`")).toEqual(["`", "a", "${", "b", "}", "c", "`"]);
  });
});

describe("rule preconditions", () => {
  it("attach a rule only when every required token run is in the program and one of `any` is", () => {
    const code = "xs = [1, -2, 3]\nprint([max(n, 0) for n in xs])";
    expect(satisfies("python", code, { all: ["for", "in"] })).toBe(true);
    expect(satisfies("python", code, { all: ["%"] })).toBe(false);
    expect(satisfies("python", code, { any: ["%", "max"] })).toBe(true);
    expect(satisfies("python", code, {})).toBe(true);
  });

  it("drop feedback that quotes code the program does not contain (the `if n % k` report)", () => {
    const code = "xs = [1, -2, 3]\nprint([n if n > 0 else 0 for n in xs])";
    const filter = rule("`if n % k` keeps the items that are NOT multiples of k.", {});
    expect(ruleApplies("python", filter, code, "[1, 0, 3]")).toBe(false);
    const fits = rule("`else 0` replaces every item that fails the test.", { all: ["if", "else"] });
    expect(ruleApplies("python", fits, code, "[1, 0, 3]")).toBe(true);
  });

  it("finds backticked fragments, double-ticked ones included", () => {
    expect(quotedFragments("a `x % k` b ``c`d`` e")).toEqual(["x % k", "c`d"]);
  });
});

describe("wrong-option reasons", () => {
  const program = "let a = 1;\nfor (let i = 0; i < 3; i++) a += i;\nconsole.log(a);\nconsole.log(a * 2);";

  it("describes a one-line edit as a person would, and nothing bigger", () => {
    const code = "let a = 1;\nfor (let i = 0; i < 3; i++) a += i;\nconsole.log(a);";
    expect(describeChange(code, code.replace("i < 3", "i <= 3"))).toBe(
      "if the line `for (let i = 0; i < 3; i++) a += i;` read `for (let i = 0; i <= 3; i++) a += i;` instead",
    );
    expect(describeChange(code, "let a = 1;\nconsole.log(a);")).toBe(
      "if the line `for (let i = 0; i < 3; i++) a += i;` were not there",
    );
    expect(describeChange(code, code.replace("let a = 1;", "let a = 1;\n  a = 2;"))).toBe(
      "if the program also ran `a = 2;` at that point",
    );
    expect(describeChange(code, "let a = 2;\nfor (;;) break;\nconsole.log(a);")).toBeNull();
    expect(describeChange(code, code)).toBeNull();
  });

  it("never gives two options the same reason, even two literal near misses of one rule", () => {
    const r = rule("Off by one.", {});
    const reasons = wrongReasons(
      { language: "javascript", kind: "predict-output", program, actual: "4\n8" },
      [
        { rule: r, text: "7\n14" },
        { rule: r, text: "7\n15" },
        { rule: r, text: "4\n9" },
      ],
    );
    expect(new Set(reasons).size).toBe(3);
    expect(reasons[0]).toBe("Off by one. The program's first line is `4`, not `7`.");
    expect(reasons[1]).toBe("Off by one. The program's second line is `8`, not `15`.");
    expect(reasons[2]).toBe("Off by one. The program's second line is `8`, not `9`.");
  });

  it("says what a fill-in-blank fragment makes the program print, or that it never finishes", () => {
    const r = rule("Off by one.", { all: ["<="] });
    const code = "for (let i = 0; /*___*/; i++) console.log(i);";
    const ctx = {
      language: "javascript" as const,
      kind: "fill-in-blank" as const,
      program: code,
      actual: "0\n1",
      filled: (f: string) => code.replace("/*___*/", f),
    };
    const [a, b] = wrongReasons(ctx, [
      { rule: r, text: "i <= 2", printed: "0\n1\n2" },
      { rule: r, text: "i >= 0", printed: null },
    ]);
    expect(a).toBe("Off by one. With `i <= 2` in the blank, the program also prints `2` as its third line.");
    expect(b).toBe("With `i >= 0` in the blank, the program never finishes.");
  });
});

describe("fill-in-blank targets", () => {
  it("shows a target of two lines as lines, not run together inline (`ovi 3`)", async () => {
    const { withTarget } = await import("./generate");
    const prompt = withTarget("Which call makes this program print `{{target}}`?", "ovi\n3");
    expect(prompt).toBe("Which call makes this program print the output below?\n\n```text\novi\n3\n```");
    expect(withTarget("Print `{{target}}`.", "ovi")).toBe("Print `ovi`.");
    expect(withTarget("Prints:\n\n```\n{{target}}\n```", "a\nb")).toBe("Prints:\n\n```\na\nb\n```");
  });
});
