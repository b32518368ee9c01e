/**
 * The auth settings the verifier and the sign-in routes use, derived from the auth variables as
 * config.ts's schema parsed them (config.ts is the only parser and the only env reader), plus the
 * rules that tie those variables together, which config.ts reports with every other issue.
 */
import type { ConfigIssue } from "./config-issue";

export type AuthMode = "local" | "clerk";

/** The auth variables after config.ts's EnvSchema: typed, defaults applied, blanks unset, origins exact. */
export interface AuthVariables {
  NODE_ENV: "development" | "production" | "test";
  AUTH_MODE?: AuthMode;
  CLERK_ISSUER?: string;
  CLERK_JWKS_URL?: string;
  /** A PEM public key, `\n` escapes already turned into newlines. */
  CLERK_JWT_KEY?: string;
  CLERK_AUTHORIZED_PARTIES?: string[];
  CLERK_JWT_AUDIENCE: string;
  CLERK_CLOCK_SKEW_S: number;
  CLERK_JWKS_COOLDOWN_MS: number;
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

/** AUTH_MODE, else Clerk as soon as CLERK_ISSUER is set or in production, else local sign-in. */
export function authMode(vars: AuthVariables): AuthMode {
  if (vars.AUTH_MODE) return vars.AUTH_MODE;
  return vars.CLERK_ISSUER !== undefined || vars.NODE_ENV === "production" ? "clerk" : "local";
}

const jwksUrl = (vars: AuthVariables) => vars.CLERK_JWKS_URL ?? `${vars.CLERK_ISSUER}/.well-known/jwks.json`;

/** Rules across the auth variables; empty when authSettings may be derived. */
export function authIssues(vars: AuthVariables): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const production = vars.NODE_ENV === "production";
  const mode = authMode(vars);
  if (production && mode === "local") {
    issues.push({
      variable: "AUTH_MODE",
      message:
        "local sign-in is a development identity provider; production needs Clerk (CLERK_ISSUER, CLERK_AUTHORIZED_PARTIES)",
    });
  }
  if (mode === "local") return issues;
  const required =
    production && vars.AUTH_MODE === undefined
      ? "required in production (Clerk sign-in)"
      : "required when AUTH_MODE=clerk";
  if (vars.CLERK_ISSUER === undefined) issues.push({ variable: "CLERK_ISSUER", message: required });
  if (vars.CLERK_AUTHORIZED_PARTIES === undefined) {
    issues.push({ variable: "CLERK_AUTHORIZED_PARTIES", message: required });
  }
  if (production && vars.CLERK_ISSUER !== undefined) {
    if (!vars.CLERK_ISSUER.startsWith("https://"))
      issues.push({ variable: "CLERK_ISSUER", message: "must be https in production" });
    if (vars.CLERK_JWT_KEY === undefined && !jwksUrl(vars).startsWith("https://"))
      issues.push({ variable: "CLERK_JWKS_URL", message: "must be https in production" });
  }
  return issues;
}

/** Own origin for local mode: PUBLIC_URL without a trailing slash. */
export function localIssuer(publicUrl: string): string {
  return new URL(publicUrl).origin;
}

/** The settings, once authIssues(vars) is empty. */
export function authSettings(vars: AuthVariables, ctx: { port: number; publicUrl: string }): AuthSettings {
  const common = { audience: vars.CLERK_JWT_AUDIENCE, clockSkewS: vars.CLERK_CLOCK_SKEW_S };
  if (authMode(vars) === "local") {
    const issuer = localIssuer(ctx.publicUrl);
    // The Vite dev server prints 127.0.0.1:5173 but people type localhost:5173; accept both. An origin
    // listed in CORS_ORIGINS is there to run the SPA on (ADR 012), so its pages may use the session too.
    const authorizedParties = vars.CLERK_AUTHORIZED_PARTIES ?? [
      ...new Set([
        issuer,
        "http://localhost:5173",
        "http://127.0.0.1:5173",
        `http://127.0.0.1:${ctx.port}`,
        ...(vars.CORS_ORIGINS ?? []),
      ]),
    ];
    return { mode: "local", issuer, authorizedParties, keys: { kind: "local" }, ...common };
  }
  return {
    mode: "clerk",
    issuer: vars.CLERK_ISSUER ?? "",
    // Clerk mode keeps its explicit list: CORS_ORIGINS never widens who may hold a token.
    authorizedParties: vars.CLERK_AUTHORIZED_PARTIES ?? [],
    keys:
      vars.CLERK_JWT_KEY !== undefined
        ? { kind: "pem", pem: vars.CLERK_JWT_KEY }
        : { kind: "jwks", url: jwksUrl(vars), cooldownMs: vars.CLERK_JWKS_COOLDOWN_MS },
    ...common,
  };
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
