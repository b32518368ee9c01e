// The 429s a generate request can meet, told apart the way describeGenerateError does: the quota by its
// problem type (or its renewal time), everything else as a per-minute limit.
import { PROBLEM_TYPES } from "@katagen/contract";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api-client";
import { describeGenerateError } from "./describe-generate-error";

const NOW = new Date("2026-11-26T12:00:00.000Z");

describe("describeGenerateError", () => {
  it("reads the quota's problem type as a used-up day, with Retry-After as the renewal", () => {
    const error = new ApiError({
      status: 429,
      type: PROBLEM_TYPES.quotaExceeded,
      title: "Daily quota exceeded",
      retryAfter: 3600,
    });
    expect(describeGenerateError(error, NOW)).toMatchObject({
      tone: "warning",
      title: "You have used this 24-hour window's challenges",
      detail: expect.stringMatching(/^Your generations for this 24-hour window are used up\. More in 1 h/),
    });
  });

  it.each([
    ["the rate limit's problem type", PROBLEM_TYPES.rateLimited],
    ["no problem type of ours (a proxy's 429)", undefined],
  ])("reads a 429 with %s as too many requests a minute", (_what, type) => {
    const error = new ApiError({ status: 429, type, title: "Too Many Requests", retryAfter: 12 });
    expect(describeGenerateError(error, NOW)).toEqual({
      tone: "warning",
      title: "Slow down a little",
      detail: "Too many challenges in a short time. Try again in 12 s.",
    });
  });

  it("reads an in-flight Idempotency-Key as still working", () => {
    const error = new ApiError({
      status: 409,
      type: PROBLEM_TYPES.idempotencyKeyInFlight,
      title: "Conflict",
    });
    expect(describeGenerateError(error, NOW)).toMatchObject({ title: "Still working on it" });
  });
});
