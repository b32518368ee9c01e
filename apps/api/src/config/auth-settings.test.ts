import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, type ConfigIssue } from "../config";
import { TEST_WEBHOOK_SECRET } from "../testing/test-app";

// Through the one parser: config.ts's schema reads the variables, auth-settings derives from them.
// Only the auth variables' issues count here (production also wants DATABASE_URL, for instance).
const AUTH_VARIABLE = /^(AUTH_MODE|CLERK_(?!WEBHOOK)\w+)$/;
type Resolved =
  { ok: true; value: ReturnType<typeof loadConfig>["auth"] } | { ok: false; issues: ConfigIssue[] };
const resolve = (env: Record<string, string>): Resolved => {
  try {
    const config = loadConfig({ CLERK_WEBHOOK_SIGNING_SECRET: TEST_WEBHOOK_SECRET, ...env });
    return { ok: true, value: config.auth };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const issues = error.issues.filter((i) => AUTH_VARIABLE.test(i.variable));
    if (issues.length === 0) throw error;
    return { ok: false, issues };
  }
};
const variables = (env: Record<string, string>) => {
  const result = resolve(env);
  return result.ok ? [] : result.issues.map((i) => i.variable);
};

describe("auth settings", () => {
  it("defaults to local sign-in in development with the API's own origin as issuer", () => {
    const result = resolve({ NODE_ENV: "development" });
    expect(result).toEqual({
      ok: true,
      value: {
        mode: "local",
        issuer: "http://localhost:3000",
        audience: "backend",
        authorizedParties: [
          "http://localhost:3000",
          "http://localhost:5173",
          "http://127.0.0.1:5173",
          "http://127.0.0.1:3000",
        ],
        clockSkewS: 5,
        keys: { kind: "local" },
      },
    });
  });

  it("in local mode adds the CORS_ORIGINS origins (an SPA on another origin) to the authorized parties", () => {
    const result = resolve({ CORS_ORIGINS: "http://127.0.0.1:4000" });
    expect(result.ok && result.value.authorizedParties).toContain("http://127.0.0.1:4000");
    // Clerk mode keeps its explicit list: CORS_ORIGINS never widens who may hold a token.
    const clerk = resolve({
      CLERK_ISSUER: "https://clerk.example.com",
      CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
      CORS_ORIGINS: "https://other.example.com",
    });
    expect(clerk.ok && clerk.value.authorizedParties).toEqual(["https://app.example.com"]);
  });

  it("switches to Clerk when CLERK_ISSUER is set, with the JWKS under the issuer by default", () => {
    const result = resolve({
      CLERK_ISSUER: "https://clerk.example.com",
      CLERK_AUTHORIZED_PARTIES: "https://app.example.com, http://localhost:5173",
    });
    expect(result.ok && result.value).toMatchObject({
      mode: "clerk",
      issuer: "https://clerk.example.com",
      authorizedParties: ["https://app.example.com", "http://localhost:5173"],
      keys: { kind: "jwks", url: "https://clerk.example.com/.well-known/jwks.json", cooldownMs: 30_000 },
    });
  });

  it("refuses production without Clerk and names every missing variable", () => {
    expect(variables({ NODE_ENV: "production" })).toEqual(["CLERK_ISSUER", "CLERK_AUTHORIZED_PARTIES"]);
  });

  it("refuses local sign-in in production even when asked for explicitly", () => {
    expect(variables({ NODE_ENV: "production", AUTH_MODE: "local" })).toContain("AUTH_MODE");
  });

  it("refuses AUTH_MODE=clerk without its variables", () => {
    const result = resolve({ AUTH_MODE: "clerk" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { variable: "CLERK_ISSUER", message: "required when AUTH_MODE=clerk" },
        { variable: "CLERK_AUTHORIZED_PARTIES", message: "required when AUTH_MODE=clerk" },
      ]);
    }
  });

  it("requires https issuer and JWKS URL in production", () => {
    expect(
      variables({
        NODE_ENV: "production",
        CLERK_ISSUER: "http://clerk.example.com",
        CLERK_JWKS_URL: "http://clerk.example.com/.well-known/jwks.json",
        CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
      }),
    ).toEqual(["CLERK_ISSUER", "CLERK_JWKS_URL"]);
  });

  it("rejects authorized parties that are not exact origins, naming each one", () => {
    expect(
      variables({
        CLERK_ISSUER: "https://clerk.example.com",
        CLERK_AUTHORIZED_PARTIES: "https://app.example.com/path, https://x.example.com/path",
      }),
    ).toEqual(["CLERK_AUTHORIZED_PARTIES", "CLERK_AUTHORIZED_PARTIES"]);
  });

  it("keeps the issuer and parties as bare origins, so a pasted trailing slash still matches iss and azp", () => {
    const result = resolve({
      CLERK_ISSUER: "https://clerk.example.com/",
      CLERK_AUTHORIZED_PARTIES: "https://app.example.com/",
    });
    expect(result.ok && result.value).toMatchObject({
      issuer: "https://clerk.example.com",
      authorizedParties: ["https://app.example.com"],
      keys: { kind: "jwks", url: "https://clerk.example.com/.well-known/jwks.json" },
    });
  });

  it("uses PEM mode when CLERK_JWT_KEY is set, accepting \\n escapes from .env files", () => {
    const result = resolve({
      CLERK_ISSUER: "https://clerk.example.com",
      CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
      CLERK_JWT_KEY: "-----BEGIN PUBLIC KEY-----\\nMIIB\\n-----END PUBLIC KEY-----",
    });
    expect(result.ok && result.value.keys).toEqual({
      kind: "pem",
      pem: "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
    });
  });

  it("bounds the clock skew at 60 seconds", () => {
    expect(variables({ CLERK_CLOCK_SKEW_S: "300" })).toEqual(["CLERK_CLOCK_SKEW_S"]);
  });
});

describe("startup refusal through the config loader", () => {
  it("NODE_ENV=production without Clerk refuses to load and names what is missing", async () => {
    const { ConfigError, loadConfig } = await import("../config");
    let caught: unknown;
    try {
      loadConfig({ NODE_ENV: "production" });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toContain("CLERK_ISSUER: required in production");
    expect((caught as Error).message).toContain("CLERK_AUTHORIZED_PARTIES: required in production");
  });

  it("the server process exits non-zero with the missing variables on stderr", async () => {
    const { spawnSync } = await import("node:child_process");
    const { fileURLToPath } = await import("node:url");
    const apiDir = fileURLToPath(new URL("../..", import.meta.url));
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: apiDir,
      env: { PATH: process.env.PATH, NODE_ENV: "production", AUTH_MODE: "clerk", PORT: "3999" },
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("CLERK_ISSUER");
    expect(run.stderr).toContain("CLERK_AUTHORIZED_PARTIES");
  });

  it("CORS_ORIGINS defaults to the authorized parties", async () => {
    const { loadConfig } = await import("../config");
    const { TEST_WEBHOOK_SECRET } = await import("../testing/test-app");
    const config = loadConfig({
      CLERK_ISSUER: "https://clerk.example.com",
      CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
      CLERK_WEBHOOK_SIGNING_SECRET: TEST_WEBHOOK_SECRET,
    });
    expect(config.corsOrigins).toEqual(["https://app.example.com"]);
    expect(
      loadConfig({
        CLERK_ISSUER: "https://clerk.example.com",
        CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
        CLERK_WEBHOOK_SIGNING_SECRET: TEST_WEBHOOK_SECRET,
        CORS_ORIGINS: "https://other.example.com",
      }).corsOrigins,
    ).toEqual(["https://other.example.com"]);
  });
});
