import { describe, expect, it } from "vitest";
import { createRng, randomSeed } from "./rng";

describe("seeded rng", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    const draw = (seed: string) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.int(0, 1_000_000));
    };
    expect(draw("abc")).toEqual(draw("abc"));
    expect(draw("abc")).not.toEqual(draw("abd"));
  });

  it("spreads int() uniformly over an inclusive range", () => {
    const rng = createRng("uniform");
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[rng.int(0, 3)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it("shuffles and samples without touching the input or repeating items", () => {
    const rng = createRng("shuffle");
    const items = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const shuffled = rng.shuffle(items);
    expect([...shuffled].sort()).toEqual([...items]);
    const sample = rng.sample(items, 5);
    expect(new Set(sample).size).toBe(5);
    expect(() => rng.sample(items, 9)).toThrow(RangeError);
    expect(() => rng.int(3, 1)).toThrow(RangeError);
  });

  it("makes fresh random seeds that differ", () => {
    expect(randomSeed()).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(randomSeed()).not.toBe(randomSeed());
  });
});
