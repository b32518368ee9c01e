import { randomBytes } from "node:crypto";
import type { Rng } from "./types";

/** cyrb128: a fast 128-bit string hash, used only to seed sfc32 (not for security). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 32-bit output as a float in [0, 1). */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export interface SeededRng extends Rng {
  /** Float in [0, 1). */
  next(): number;
}

/** A deterministic Rng: the same seed string always gives the same sequence. */
export function createRng(seed: string): SeededRng {
  const next = sfc32(...cyrb128(seed));
  // Discard the first outputs: sfc32 mixes poorly for a few steps after seeding.
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`rng.int(${min}, ${max}): need integers with min <= max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("rng.pick of an empty list");
      return items[int(0, items.length - 1)]!;
    },
    shuffle,
    sample<T>(items: readonly T[], k: number): T[] {
      if (k > items.length) throw new RangeError(`rng.sample: ${k} of ${items.length} items`);
      return shuffle(items).slice(0, k);
    },
    bool(probability = 0.5): boolean {
      return next() < probability;
    },
  };
}

/** A fresh random seed for requests that bring none: 12 url-safe characters. */
export function randomSeed(): string {
  return randomBytes(9).toString("base64url");
}
