import { describe, expect, it } from "vitest";
import { formatQuota, formatTimeUntil } from "./format-time";

const now = new Date("2026-11-26T12:00:00.000Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const MIN = 60_000;

describe("formatTimeUntil", () => {
  it("writes hours and minutes, dropping a zero part", () => {
    expect(formatTimeUntil(later(5 * 60 * MIN + 12 * MIN), now)).toBe("5 h 12 min");
    expect(formatTimeUntil(later(24 * 60 * MIN), now)).toBe("24 h");
    expect(formatTimeUntil(later(12 * MIN), now)).toBe("12 min");
  });

  it("rounds to the nearest minute, so a countdown a few seconds behind shows no extra minute", () => {
    expect(formatTimeUntil(later(24 * 60 * MIN + 20_000), now)).toBe("24 h");
    expect(formatTimeUntil(later(12 * MIN + 40_000), now)).toBe("13 min");
  });

  it("says 'less than a minute' under a minute and 'now' once the time has come", () => {
    expect(formatTimeUntil(later(59_000), now)).toBe("less than a minute");
    expect(formatTimeUntil(later(0), now)).toBe("now");
    expect(formatTimeUntil(later(-5 * MIN), now)).toBe("now");
    expect(formatTimeUntil("not a date", now)).toBe("now");
  });
});

describe("formatQuota", () => {
  it("reads 'N of L left · resets in …'", () => {
    const quota = { limit: 50, remaining: 47, nextResetAt: later(5 * 60 * MIN + 12 * MIN).toISOString() };
    expect(formatQuota(quota, now)).toBe("47 of 50 left · resets in 5 h 12 min");
  });

  it("says the reset is now once the window has passed", () => {
    expect(formatQuota({ limit: 5, remaining: 0, nextResetAt: later(-1).toISOString() }, now)).toBe(
      "0 of 5 left · resets now",
    );
  });
});
