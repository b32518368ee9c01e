/**
 * The problem types the API answers with (RFC 9457 `type`), named once for the API that sends them
 * and the clients that branch on them. Anything not listed here is `about:blank` with a status.
 */
const PROBLEMS = "https://katagen.dev/problems";

export const PROBLEM_TYPES = {
  /** 429: the caller's daily generation quota is used up; the body says when it renews. */
  quotaExceeded: `${PROBLEMS}/quota-exceeded`,
  /** 429: too many generate requests in a minute. */
  rateLimited: `${PROBLEMS}/rate-limited`,
  /** 409: a request with this Idempotency-Key is still running. */
  idempotencyKeyInFlight: `${PROBLEMS}/idempotency-key-in-flight`,
  /** 422: this Idempotency-Key was used with a different body. */
  idempotencyKeyReused: `${PROBLEMS}/idempotency-key-reused`,
  /** 503: no challenge could be generated; nothing was charged. */
  generationFailed: `${PROBLEMS}/generation-failed`,
  /** 409: the run of a challenge is shown only once it is answered (the step view gives the key away). */
  notAnswered: `${PROBLEMS}/not-answered`,
  /** 400: the language, topic or difficulty is not in the catalog. */
  unknownCatalogEntry: `${PROBLEMS}/unknown-catalog-entry`,
} as const;

export type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];
