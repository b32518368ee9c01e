/**
 * Caches the local sign-in token until shortly before it expires: the API mints 60-second tokens,
 * and asking for one before every request would double the request count for nothing.
 */

/** Refresh this long before `exp`, so a token never expires in flight or on a slightly fast clock. */
export const REFRESH_MARGIN_S = 10;

export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split(".")[1];
    if (!payload) return null;
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp : null;
  } catch {
    return null;
  }
}

export interface TokenCache {
  get(options?: { skipCache?: boolean }): Promise<string | null>;
  clear(): void;
}

/** `fetchToken` returns null when signed out. Concurrent callers share one fetch. */
export function createTokenCache(
  fetchToken: () => Promise<string | null>,
  nowMs: () => number = Date.now,
): TokenCache {
  let cached: { token: string; exp: number } | null = null;
  let inflight: Promise<string | null> | null = null;
  let generation = 0;

  return {
    async get(options) {
      if (!options?.skipCache && cached && cached.exp - REFRESH_MARGIN_S > nowMs() / 1000)
        return cached.token;
      if (inflight) return inflight;
      const mine = generation;
      inflight = fetchToken()
        .then((token) => {
          // A sign-out while this fetch was in flight wins: never cache the old session's token.
          if (mine !== generation) return null;
          const exp = token ? tokenExpiry(token) : null;
          cached = token && exp !== null ? { token, exp } : null;
          return token;
        })
        .finally(() => {
          inflight = null;
        });
      return inflight;
    },
    clear() {
      generation += 1;
      cached = null;
      inflight = null;
    },
  };
}
