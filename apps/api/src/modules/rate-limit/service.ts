import { PROBLEM_TYPES } from "@katagen/contract";
import type { Db } from "../../db/create-db";
import { toIso, type Clock } from "../../db/time";
import { tooManyRequests, type AppError } from "../../plugins/errors";
import { rateLimitHeaders, type PolicyState } from "../quota/service";
import { bucketOf, hitWindow, type RateLimitedAction } from "./repo";

export const MINUTE_POLICY = "minute";
const WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  policy: PolicyState;
}

/**
 * Per-user limit on one action, in fixed one-minute windows aligned to the clock. A fixed window
 * can let through up to 2× the limit across a window boundary; for cost control that is fine and
 * it needs only one row per user.
 */
export async function hitPerMinute(
  deps: { db: Db; clock: Clock },
  input: { action: RateLimitedAction; userId: string; limit: number },
): Promise<RateDecision> {
  const now = deps.clock.now().getTime();
  const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
  const resetS = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
  const { count } = await hitWindow(deps.db, {
    bucket: bucketOf(input.action, input.userId),
    windowStartIso: toIso(new Date(windowStart)),
    limit: input.limit,
  });
  return {
    allowed: count !== null,
    policy: {
      name: MINUTE_POLICY,
      quota: input.limit,
      windowS: WINDOW_MS / 1000,
      remaining: count === null ? 0 : Math.max(0, input.limit - count),
      resetS,
    },
  };
}

/** 429 for one request too many this minute. */
export function rateLimitedError(policy: PolicyState): AppError {
  return tooManyRequests(
    `Too many generate requests: at most ${policy.quota} per minute. Try again in ${policy.resetS} s.`,
    policy.resetS,
    {
      type: PROBLEM_TYPES.rateLimited,
      title: "Rate limit exceeded",
      extra: { "violated-policies": [policy.name] },
      headers: rateLimitHeaders([policy]),
    },
  );
}
