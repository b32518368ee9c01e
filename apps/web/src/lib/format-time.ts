/**
 * "5 h 12 min", "12 min", "less than a minute": how long until `resetAt`, to the nearest minute (the
 * server's window is exact; a countdown that is a few seconds behind must not show an extra minute).
 */
export function formatTimeUntil(resetAt: Date | string, now: Date = new Date()): string {
  const ms = new Date(resetAt).getTime() - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0) return "now";
  if (ms < 60_000) return "less than a minute";
  const totalMinutes = Math.round(ms / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  if (minutes === 0) return `${hours} h`;
  return `${hours} h ${minutes} min`;
}

/** "N of L left · resets in 5 h 12 min" */
export function formatQuota(
  quota: { limit: number; remaining: number; nextResetAt: string },
  now = new Date(),
) {
  const reset = formatTimeUntil(quota.nextResetAt, now);
  return `${quota.remaining} of ${quota.limit} left · resets ${reset === "now" ? "now" : `in ${reset}`}`;
}

/** The local wall-clock time of the reset, e.g. "14:05", for messages that say when more arrive. */
export function formatClockTime(at: Date | string): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}
