import { describe, expect, it } from "vitest";
import { describeRun } from "./describe-run";

const finished = (result: Parameters<typeof describeRun>[0] & { kind: "finished" }) => describeRun(result);

describe("describeRun", () => {
  it("shows printed lines as an option does: trailing spaces and blank edge lines dropped", () => {
    expect(finished({ kind: "finished", result: { status: "ok", stdout: "\n3  \nfoo\n\n", ms: 1 } })).toEqual(
      {
        lines: ["3", "foo"],
        errorLine: null,
        errorMessage: null,
        notice: null,
        tone: "ok",
      },
    );
  });

  it("ends a throwing program with the option's Uncaught line, and keeps the message beside it", () => {
    const view = describeRun({
      kind: "finished",
      result: { status: "error", stdout: "1\n", error: "TypeError", message: "x is not a function", ms: 1 },
    });
    expect(view).toMatchObject({
      lines: ["1"],
      errorLine: "Uncaught TypeError",
      errorMessage: "x is not a function",
      tone: "error",
    });
  });

  it("says the program did not finish when it was stopped, by the page or by QuickJS's interrupt", () => {
    expect(describeRun({ kind: "stopped", afterMs: 3_000 }).notice).toBe(
      "Stopped after 3 s: the program did not finish.",
    );
    expect(
      describeRun({ kind: "finished", result: { status: "timeout", stdout: "tick\n", ms: 3_000 } }),
    ).toMatchObject({
      lines: ["tick"],
      notice: "Stopped after 3 s: the program did not finish.",
      tone: "stopped",
    });
  });

  it("names the memory limit, the output cap, unsupported values and an empty run", () => {
    expect(describeRun({ kind: "finished", result: { status: "oom", stdout: "", ms: 1 } }).notice).toMatch(
      /64 MB/,
    );
    expect(
      describeRun({
        kind: "finished",
        result: { status: "unsupported", stdout: "x", detail: "output limit exceeded", ms: 1 },
      }).notice,
    ).toBe("Output cut at 16,000 characters.");
    expect(
      describeRun({
        kind: "finished",
        result: { status: "unsupported", stdout: "?", detail: "function value", ms: 1 },
      }).notice,
    ).toMatch(/shown as \? \(function value\)/);
    expect(describeRun({ kind: "finished", result: { status: "ok", stdout: "", ms: 1 } }).notice).toBe(
      "The program printed nothing.",
    );
  });
});
