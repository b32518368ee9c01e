import { describe, expect, it } from "vitest";
import { createRng } from "../../rng";
import { flagged, mut, predict, py } from "./helpers";

const prog = flagged((o: { ge?: boolean; typo?: boolean; late?: boolean }) =>
  py(
    "xs = [1, 2, 3]",
    `kept = [x for x in xs if x ${o.ge ? ">=" : ">"} 2]`,
    // `late` only shows when `ge` is off: with both set, `ge` hides it.
    o.late && !o.ge && "kept.append(9)",
    "print(kept)",
  ),
);

describe("python mutants built from flags", () => {
  it("build the key without flags and a mutant for each flag that edits the program", () => {
    expect(prog({})).toContain("x > 2");
    expect(prog({ ge: true })).toContain("x >= 2");
    expect(prog({ late: true })).toContain("kept.append(9)");
  });

  it("throw, naming the flag, when a flag leaves the program unchanged", () => {
    expect(() => prog({ typo: true })).toThrow(/mutation flag typo changes nothing/);
  });

  it("throw when a flag changes nothing in combination with the others", () => {
    expect(() => prog({ ge: true, late: true })).toThrow(/mutation flag late changes nothing/);
  });

  it("make the template fail when it is built, not later when its options are chosen", () => {
    const template = predict("comprehensions", "no-op-flag", "easy", () => ({
      title: "A flag that does nothing",
      code: prog({}),
      distractors: [mut("py.off-by-one", prog({ ge: true })), mut("py.off-by-one", prog({ typo: true }))],
      explanation: "",
      trap: "ge",
    }));
    expect(() => template.build(createRng("any"))).toThrow(/mutation flag typo/);
  });
});
