import { describe, expect, it } from "vitest";
import { ApiError } from "./api-client";
import { shouldRetry } from "./query-client";

const apiError = (status: number) => new ApiError({ status, title: "x" });

describe("shouldRetry", () => {
  it("never retries a client error, a 429 quota answer included", () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429])
      expect(shouldRetry(0, apiError(status))).toBe(false);
  });

  it("retries network failures and server errors, at most twice", () => {
    expect(shouldRetry(0, apiError(0))).toBe(true);
    expect(shouldRetry(1, apiError(503))).toBe(true);
    expect(shouldRetry(2, apiError(503))).toBe(false);
    expect(shouldRetry(0, new TypeError("boom"))).toBe(true);
  });
});
