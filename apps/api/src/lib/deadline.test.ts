import { afterEach, describe, expect, it, vi } from "vitest";
import { TIMED_OUT, withDeadline } from "./deadline";

describe("withDeadline", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("resolves with the promise's value when it settles in time, and leaves no timer behind", async () => {
    vi.useFakeTimers();
    await expect(withDeadline(Promise.resolve(42), 1000)).resolves.toBe(42);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("passes on a rejection that comes in time", async () => {
    await expect(withDeadline(Promise.reject(new Error("boom")), 1000)).rejects.toThrow("boom");
  });

  it("resolves TIMED_OUT once the deadline passes", async () => {
    vi.useFakeTimers();
    const outcome = withDeadline(new Promise(() => undefined), 500);
    await vi.advanceTimersByTimeAsync(499);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toBe(TIMED_OUT);
  });

  it("swallows a rejection that arrives after the deadline instead of leaving it unhandled", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      let reject!: (error: Error) => void;
      const late = new Promise<never>((_, r) => (reject = r));
      await expect(withDeadline(late, 5)).resolves.toBe(TIMED_OUT);
      reject(new Error("too late"));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
