export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** ISO-8601 UTC with milliseconds and Z, e.g. 2026-01-02T03:04:05.678Z. Sorts lexically. */
export function toIso(date: Date): string {
  return date.toISOString();
}

export function nowIso(clock: Clock = systemClock): string {
  return toIso(clock.now());
}
