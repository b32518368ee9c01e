import { PROBLEM_TYPES, type Quota } from "@katagen/contract";
import type { Db } from "../../db/create-db";
import { toIso, type Clock } from "../../db/time";
import { tooManyRequests, type AppError } from "../../plugins/errors";
import { findQuotaRow, QUOTA_WINDOW_MS, type QuotaRow } from "./repo";

export const DAILY_POLICY = "daily";
export const DAILY_WINDOW_S = QUOTA_WINDOW_MS / 1000;

/** now - 24 h: a window whose last_reset_at is at or before this instant has expired. */
export function windowCutoff(now: Date): string {
  return toIso(new Date(now.getTime() - QUOTA_WINDOW_MS));
}

/**
 * What the user may still do. No row, or an expired window, means a full quota: the next generation
 * would open a new window at that moment, so that is what lastResetAt/nextResetAt describe.
 */
export function quotaView(row: QuotaRow | undefined, limit: number, now: Date): Quota {
  if (!row || row.last_reset_at <= windowCutoff(now)) {
    return {
      limit,
      remaining: limit,
      lastResetAt: toIso(now),
      nextResetAt: toIso(new Date(now.getTime() + QUOTA_WINDOW_MS)),
    };
  }
  return {
    limit: row.daily_limit,
    remaining: row.remaining,
    lastResetAt: row.last_reset_at,
    nextResetAt: toIso(new Date(Date.parse(row.last_reset_at) + QUOTA_WINDOW_MS)),
  };
}

export async function readQuota(
  deps: { db: Db; clock: Clock; limit: number },
  userId: string,
): Promise<Quota> {
  return quotaView(await findQuotaRow(deps.db, userId), deps.limit, deps.clock.now());
}

/** Whole seconds until the instant, at least 1 (Retry-After must not invite an immediate retry). */
export function secondsUntil(iso: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - now.getTime()) / 1000));
}

/** draft-ietf-httpapi-ratelimit-headers fields for one policy. */
export interface PolicyState {
  name: string;
  quota: number;
  windowS: number;
  remaining: number;
  resetS: number;
}

export function dailyPolicy(quota: Quota, now: Date): PolicyState {
  return {
    name: DAILY_POLICY,
    quota: quota.limit,
    windowS: DAILY_WINDOW_S,
    remaining: quota.remaining,
    resetS: secondsUntil(quota.nextResetAt, now),
  };
}

/** `RateLimit-Policy` and `RateLimit` headers listing the given policies. */
export function rateLimitHeaders(policies: PolicyState[]): Record<string, string> {
  if (policies.length === 0) return {};
  return {
    "ratelimit-policy": policies.map((p) => `"${p.name}";q=${p.quota};w=${p.windowS}`).join(", "),
    ratelimit: policies.map((p) => `"${p.name}";r=${p.remaining};t=${p.resetS}`).join(", "),
  };
}

/** 429 for a generate request past the daily quota: when it renews, in the body and the headers. */
export function quotaExceededError(quota: Quota, now: Date): AppError {
  const policy = dailyPolicy(quota, now);
  return tooManyRequests(
    `You have used all ${quota.limit} challenge generations for this 24-hour window. More at ${quota.nextResetAt}.`,
    policy.resetS,
    {
      type: PROBLEM_TYPES.quotaExceeded,
      title: "Daily quota exceeded",
      extra: { "violated-policies": [policy.name], limit: quota.limit, nextResetAt: quota.nextResetAt },
      headers: rateLimitHeaders([policy]),
    },
  );
}
