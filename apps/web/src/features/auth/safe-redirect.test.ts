import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps same-origin paths with their search and hash", () => {
    expect(safeRedirect("/practice?difficulty=easy#top")).toBe("/practice?difficulty=easy#top");
  });

  it("refuses other origins, protocol-relative and backslash tricks, and sign-in loops", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/sign-in",
      "/sign-up/x",
      undefined,
      42,
    ]) {
      expect(safeRedirect(value)).toBe("/");
    }
  });
});
