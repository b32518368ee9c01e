import { describe, expect, it } from "vitest";
import { hangingIndent } from "./hanging-indent";

describe("hanging indent", () => {
  it("hangs a wrapped line two columns past its own indentation", () => {
    expect(hangingIndent("    return x;")).toEqual({ paddingLeft: "6ch", textIndent: "-6ch" });
    expect(hangingIndent("print(1)")).toEqual({ paddingLeft: "2ch", textIndent: "-2ch" });
  });

  it("counts a tab to the next tab stop", () => {
    expect(hangingIndent("\tx")).toEqual({ paddingLeft: "6ch", textIndent: "-6ch" });
    expect(hangingIndent("  \tx")).toEqual({ paddingLeft: "6ch", textIndent: "-6ch" });
  });
});
