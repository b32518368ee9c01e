import { describe, expect, it } from "vitest";
import { builtInTemplates } from "./index";

describe("misconception rules", () => {
  it('write an apostrophe as an apostrophe, never as a double quote between letters (`caller"s`)', () => {
    const typos = builtInTemplates.rules
      .filter((r) => /[A-Za-z]"[A-Za-z]/.test(r.feedback))
      .map((r) => `${r.id}: ${r.feedback}`);
    expect(typos).toEqual([]);
  });
});
