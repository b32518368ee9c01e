/**
 * The SPA's Content-Security-Policy, computed at build time from the same VITE_ variables the bundle is
 * built with, and injected as a <meta> tag by vite.config.ts (docs/decisions/012-spa-on-another-origin.md).
 * The static host's header (vercel.json) carries what a meta tag cannot: frame-ancestors. Both are
 * enforced, so the header must not restrict connect-src or script-src.
 */
import type { Env } from "./env-schema";

/** Clerk's hosts that do not depend on the instance (Clerk's CSP guide). */
export const CLERK_IMG_HOST = "https://img.clerk.com";
/** Cloudflare Turnstile, Clerk's bot protection on sign-up: a script and an iframe. */
export const TURNSTILE_HOST = "https://challenges.cloudflare.com";

/**
 * The Frontend API origin a publishable key names: `pk_test_`/`pk_live_` + base64("<host>$"), which is how
 * clerk-js itself finds its host (so no separate variable can drift from the key).
 */
export function clerkFrontendApiOrigin(publishableKey: string): string {
  const match = /^pk_(?:test|live)_(.+)$/.exec(publishableKey);
  let decoded = "";
  try {
    decoded = match ? atob(match[1]!) : "";
  } catch {
    // Not base64: reported below like any other malformed key.
  }
  const host = decoded.endsWith("$") ? decoded.slice(0, -1) : "";
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(host)) {
    throw new Error(
      "VITE_CLERK_PUBLISHABLE_KEY does not encode a Frontend API host (pk_test_/pk_live_ + base64 of host$)",
    );
  }
  return `https://${host}`;
}

export type Directives = Record<string, string[]>;

/**
 * Exactly the sources the app uses: its own origin, the API origin when it is another one, and Clerk's
 * hosts only when Clerk is configured. No 'unsafe-eval', and no inline scripts (the build emits none;
 * public/theme-init.js is an external file for that reason). Inline styles: React style attributes and
 * Clerk's CSS-in-JS. No 'wasm-unsafe-eval' either: only the Try it yourself worker compiles WebAssembly,
 * and a worker takes its policy from its own response header, never from this meta tag
 * (docs/decisions/021-try-it-yourself-in-the-browser.md); worker-src 'self' lets the page start it.
 */
export function cspDirectives(env: Pick<Env, "VITE_API_URL" | "VITE_CLERK_PUBLISHABLE_KEY">): Directives {
  const api = env.VITE_API_URL ? [new URL(env.VITE_API_URL).origin] : [];
  const fapi = env.VITE_CLERK_PUBLISHABLE_KEY ? [clerkFrontendApiOrigin(env.VITE_CLERK_PUBLISHABLE_KEY)] : [];
  const clerk = fapi.length > 0;
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...fapi, ...(clerk ? [TURNSTILE_HOST] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", ...(clerk ? [CLERK_IMG_HOST] : [])],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...api, ...fapi],
    "frame-src": ["'self'", ...(clerk ? [TURNSTILE_HOST] : [])],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
}

/** Serialised for a <meta http-equiv> tag. */
export function serializeCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...[...new Set(sources)]].join(" "))
    .join("; ");
}
