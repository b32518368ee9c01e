import type { GenerateChallengeBody } from "@katagen/contract";

/**
 * The generate request in flight, kept in sessionStorage so a reload (or a tab restored after a crash)
 * can finish it: the API replays a challenge for a key it already served and charges a key once, so
 * sending the same key and body again opens the challenge the first request made instead of losing it
 * (the walk-through: a reload mid-generation used a unit and landed on an empty Practice page).
 * Per tab (sessionStorage), and only for a short while: a reload minutes later is not a resume.
 */
const STORAGE_KEY = "katagen.pending-generate";
export const RESUME_WITHIN_MS = 2 * 60 * 1000;

export interface PendingGenerate {
  key: string;
  body: GenerateChallengeBody;
  startedAt: number;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null; // storage disabled: nothing to resume, nothing lost beyond today's behaviour
  }
}

export function savePendingGenerate(pending: PendingGenerate): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(pending));
  } catch {
    // Quota or privacy mode: the request still runs, it just cannot be resumed.
  }
}

export function clearPendingGenerate(key?: string): void {
  const store = storage();
  if (!store) return;
  if (key !== undefined && loadPendingGenerate(Number.POSITIVE_INFINITY)?.key !== key) return;
  store.removeItem(STORAGE_KEY);
}

/** The pending request if it started within `withinMs` (and is well formed); otherwise null, and forgotten. */
export function loadPendingGenerate(withinMs = RESUME_WITHIN_MS, now = Date.now()): PendingGenerate | null {
  const store = storage();
  const raw = store?.getItem(STORAGE_KEY);
  if (!store || !raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<PendingGenerate>;
    const fresh = typeof value.startedAt === "number" && now - value.startedAt <= withinMs;
    if (typeof value.key === "string" && value.body && typeof value.body === "object" && fresh)
      return value as PendingGenerate;
  } catch {
    // fall through: a value we cannot read is dropped
  }
  store.removeItem(STORAGE_KEY);
  return null;
}
