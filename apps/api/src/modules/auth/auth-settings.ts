/**
 * Turns the auth variables (already read by config.ts, the only env reader) into verifier settings,
 * or into a list of problems that config.ts reports alongside its own before refusing to start.
 */
export type AuthMode = "local" | "clerk";

export interface AuthEnv {
  NODE_ENV?: string;
  AUTH_MODE?: string;
  CLERK_ISSUER?: string;
  CLERK_JWKS_URL?: string;
  CLERK_JWT_KEY?: string;
  CLERK_AUTHORIZED_PARTIES?: string;
  CLERK_JWT_AUDIENCE?: string;
  CLERK_CLOCK_SKEW_S?: string;
  CLERK_JWKS_COOLDOWN_MS?: string;
  /** Already parsed by config.ts (exact origins). */
  CORS_ORIGINS?: string[];
}

export type AuthKeySettings =
  | { kind: "jwks"; url: string; cooldownMs: number }
  | { kind: "pem"; pem: string }
  /** Keys come from the local signing key under DATA_DIR, loaded when the app is built. */
  | { kind: "local" };

export interface AuthSettings {
  mode: AuthMode;
  issuer: string;
  audience: string;
  /** Exact origins allowed in `azp` (and the default CORS allowlist). */
  authorizedParties: string[];
  clockSkewS: number;
  keys: AuthKeySettings;
}

export interface ConfigIssue {
  variable: string;
  message: string;
}

export type AuthSettingsResult = { ok: true; value: AuthSettings } | { ok: false; issues: ConfigIssue[] };

const blank = (v: string | undefined): v is undefined => v === undefined || v.trim() === "";

function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.origin === value ? value : null;
  } catch {
    return null;
  }
}

function parseIntIn(
  key: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  issues: ConfigIssue[],
): number {
  if (blank(raw)) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    issues.push({ variable: key, message: `must be an integer from ${min} to ${max}` });
    return fallback;
  }
  return n;
}

/** Own origin for local mode: PUBLIC_URL without a trailing slash. */
export function localIssuer(publicUrl: string): string {
  return new URL(publicUrl).origin;
}

export function resolveAuthSettings(
  env: AuthEnv,
  ctx: { port: number; publicUrl: string },
): AuthSettingsResult {
  const issues: ConfigIssue[] = [];
  const production = env.NODE_ENV === "production";

  let mode: AuthMode;
  if (blank(env.AUTH_MODE)) {
    mode = !blank(env.CLERK_ISSUER) || production ? "clerk" : "local";
  } else if (env.AUTH_MODE === "local" || env.AUTH_MODE === "clerk") {
    mode = env.AUTH_MODE;
  } else {
    issues.push({ variable: "AUTH_MODE", message: 'must be "local" or "clerk"' });
    mode = "clerk";
  }
  if (production && mode === "local") {
    issues.push({
      variable: "AUTH_MODE",
      message:
        "local sign-in is a development identity provider; production needs Clerk (CLERK_ISSUER, CLERK_AUTHORIZED_PARTIES)",
    });
  }

  const audience = blank(env.CLERK_JWT_AUDIENCE) ? "backend" : env.CLERK_JWT_AUDIENCE.trim();
  // Beyond ~60 s a stolen 60-second token would live twice as long (docs/clerk-auth.md §6).
  const clockSkewS = parseIntIn("CLERK_CLOCK_SKEW_S", env.CLERK_CLOCK_SKEW_S, 5, 0, 60, issues);
  const cooldownMs = parseIntIn(
    "CLERK_JWKS_COOLDOWN_MS",
    env.CLERK_JWKS_COOLDOWN_MS,
    30_000,
    0,
    3_600_000,
    issues,
  );

  let parties: string[] | undefined;
  if (!blank(env.CLERK_AUTHORIZED_PARTIES)) {
    parties = [];
    for (const item of env.CLERK_AUTHORIZED_PARTIES.split(",")
      .map((s) => s.trim())
      .filter(Boolean)) {
      const origin = parseOrigin(item);
      if (origin) parties.push(origin);
      else {
        issues.push({
          variable: "CLERK_AUTHORIZED_PARTIES",
          message: `"${item}" is not an exact origin (scheme://host[:port], no path, no trailing slash)`,
        });
      }
    }
  }

  let issuer: string;
  let keys: AuthKeySettings;
  if (mode === "local") {
    issuer = localIssuer(ctx.publicUrl);
    keys = { kind: "local" };
    // The Vite dev server prints 127.0.0.1:5173 but people type localhost:5173; accept both. An origin
    // listed in CORS_ORIGINS is there to run the SPA on (ADR 012), so its pages may use the session too.
    parties ??= [
      ...new Set([
        issuer,
        "http://localhost:5173",
        "http://127.0.0.1:5173",
        `http://127.0.0.1:${ctx.port}`,
        ...(env.CORS_ORIGINS ?? []),
      ]),
    ];
  } else {
    const missing: string[] = [];
    if (blank(env.CLERK_ISSUER)) missing.push("CLERK_ISSUER");
    if (parties === undefined) missing.push("CLERK_AUTHORIZED_PARTIES");
    for (const key of missing) {
      issues.push({
        variable: key,
        message:
          production && blank(env.AUTH_MODE)
            ? "required in production (Clerk sign-in)"
            : "required when AUTH_MODE=clerk",
      });
    }
    issuer = (env.CLERK_ISSUER ?? "").trim();
    if (issuer && parseOrigin(issuer) === null) {
      issues.push({
        variable: "CLERK_ISSUER",
        message: "must be the exact Frontend API origin, e.g. https://clerk.example.com (no trailing slash)",
      });
    }
    if (!blank(env.CLERK_JWT_KEY)) {
      // .env files often carry the PEM on one line with literal \n.
      const pem = env.CLERK_JWT_KEY.replaceAll("\\n", "\n").trim();
      if (!pem.startsWith("-----BEGIN PUBLIC KEY-----")) {
        issues.push({
          variable: "CLERK_JWT_KEY",
          message: "must be a PEM public key (-----BEGIN PUBLIC KEY-----)",
        });
      }
      keys = { kind: "pem", pem };
    } else {
      const url = blank(env.CLERK_JWKS_URL) ? `${issuer}/.well-known/jwks.json` : env.CLERK_JWKS_URL.trim();
      if (issuer || !blank(env.CLERK_JWKS_URL)) {
        try {
          new URL(url);
        } catch {
          issues.push({ variable: "CLERK_JWKS_URL", message: "must be a URL" });
        }
      }
      keys = { kind: "jwks", url, cooldownMs };
    }
    if (production) {
      if (issuer && !issuer.startsWith("https://"))
        issues.push({ variable: "CLERK_ISSUER", message: "must be https in production" });
      if (keys.kind === "jwks" && issuer && !keys.url.startsWith("https://")) {
        issues.push({ variable: "CLERK_JWKS_URL", message: "must be https in production" });
      }
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { mode, issuer, audience, authorizedParties: parties ?? [], clockSkewS, keys } };
}

/**
 * CSP sources Clerk's browser SDK needs when the API serves the SPA: clerk-js and its API on the
 * Frontend API host (the issuer), avatars from img.clerk.com, bot protection from Cloudflare.
 */
export function clerkCspSources(settings: AuthSettings) {
  if (settings.mode !== "clerk") return {};
  const fapi = settings.issuer;
  const turnstile = "https://challenges.cloudflare.com";
  return {
    scriptSrc: [fapi, turnstile],
    connectSrc: [fapi],
    imgSrc: ["https://img.clerk.com"],
    frameSrc: [turnstile],
  };
}
