import { afterEach, describe, expect, it } from "vitest";
import {
  clearPendingGenerate,
  loadPendingGenerate,
  RESUME_WITHIN_MS,
  savePendingGenerate,
} from "./pending-generate";

afterEach(() => sessionStorage.clear());

describe("the pending generate request", () => {
  it("is read back after a reload with its key and body, while it is recent", () => {
    const pending = { key: "k-1", body: { difficulty: "easy" as const }, startedAt: 1_000 };
    savePendingGenerate(pending);
    expect(loadPendingGenerate(RESUME_WITHIN_MS, 1_000 + 5_000)).toEqual(pending);
  });

  it("is forgotten once older than the resume window, or unreadable", () => {
    savePendingGenerate({ key: "k-1", body: { difficulty: "easy" }, startedAt: 0 });
    expect(loadPendingGenerate(RESUME_WITHIN_MS, RESUME_WITHIN_MS + 1)).toBeNull();
    expect(sessionStorage.length).toBe(0);
    sessionStorage.setItem("katagen.pending-generate", "{not json");
    expect(loadPendingGenerate()).toBeNull();
  });

  it("is cleared only by the request that saved it", () => {
    savePendingGenerate({ key: "k-2", body: { difficulty: "hard" }, startedAt: Date.now() });
    clearPendingGenerate("k-1");
    expect(loadPendingGenerate()?.key).toBe("k-2");
    clearPendingGenerate("k-2");
    expect(loadPendingGenerate()).toBeNull();
  });
});
