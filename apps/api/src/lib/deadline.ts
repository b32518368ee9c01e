/** What `withDeadline` resolves with when the promise did not settle in time. */
export const TIMED_OUT = Symbol("timed out");

/**
 * The promise's outcome, or TIMED_OUT once `ms` have passed. The timer is cleared either way, so it
 * never holds the process open; the promise is not cancelled (nothing can cancel it), and a rejection
 * that comes after the deadline is swallowed rather than left unhandled.
 */
export async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
