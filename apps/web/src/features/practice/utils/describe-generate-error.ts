import { PROBLEM_TYPES } from "@katagen/contract";
import { formatClockTime, formatTimeUntil } from "@/lib/format-time";
import { isApiError, NETWORK_ERROR_TYPE } from "@/lib/api-client";

export interface ErrorMessage {
  title: string;
  detail: string;
  tone: "error" | "warning";
}

/** What went wrong with a generate request, in words a learner can act on. */
export function describeGenerateError(error: unknown, now: Date = new Date()): ErrorMessage {
  if (!isApiError(error)) {
    return {
      tone: "error",
      title: "Something went wrong",
      detail: "The challenge could not be generated. Try again.",
    };
  }
  if (error.status === 0 || error.type === NETWORK_ERROR_TYPE) {
    return {
      tone: "error",
      title: "Could not reach the server",
      detail: "Check your connection and try again. Nothing was charged for a request that never arrived.",
    };
  }
  if (error.status === 429) {
    const nextResetAt = typeof error.body?.nextResetAt === "string" ? error.body.nextResetAt : undefined;
    const resetAt =
      nextResetAt ??
      (error.retryAfter !== undefined ? new Date(now.getTime() + error.retryAfter * 1000) : undefined);
    if (error.type === PROBLEM_TYPES.quotaExceeded || nextResetAt) {
      const when = resetAt
        ? ` More in ${formatTimeUntil(resetAt, now)} (at ${formatClockTime(resetAt)}).`
        : "";
      return {
        tone: "warning",
        title: "You have used this 24-hour window's challenges",
        detail: `Your generations for this 24-hour window are used up.${when}`,
      };
    }
    // PROBLEM_TYPES.rateLimited, and equally a 429 without one of our types (from a proxy in front of the
    // API): no branch on the type, since both mean "wait Retry-After seconds" and must read the same.
    const wait =
      error.retryAfter !== undefined ? ` Try again in ${error.retryAfter} s.` : " Try again shortly.";
    return {
      tone: "warning",
      title: "Slow down a little",
      detail: `Too many challenges in a short time.${wait}`,
    };
  }
  if (error.status === 503) {
    return {
      tone: "error",
      title: "The generator is unavailable",
      // The server's detail already says whether the unit was refunded.
      detail:
        error.detail ?? "No challenge could be generated just now. Your quota was not charged; try again.",
    };
  }
  if (error.status === 409) {
    return {
      tone: "warning",
      title: "Still working on it",
      detail: "This request is still being processed; try again in a moment.",
    };
  }
  return {
    tone: "error",
    title: error.title,
    detail: error.detail ?? "The challenge could not be generated. Try again.",
  };
}
