import path from "node:path";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, REPO_ROOT } from "./config";

function issuesFor(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error("expected loadConfig to reject this environment");
}

describe("loadConfig", () => {
  it("gives a working zero-configuration default", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: "development",
      host: "127.0.0.1",
      port: 3000,
      dataDir: path.join(REPO_ROOT, "data"),
      database: { dialect: "sqlite", filename: path.join(REPO_ROOT, "data", "katagen.sqlite") },
      logLevel: "info",
      webDistDir: path.join(REPO_ROOT, "apps/web/dist"),
      bodyLimitBytes: 1024 * 1024,
      quotaDailyLimit: 50,
      rateLimitGeneratePerMinute: 10,
    });
  });

  it("takes a METRICS_TOKEN of 24+ printable characters and refuses a short or spaced one", () => {
    const token = "a".repeat(24);
    expect(loadConfig({ METRICS_TOKEN: token }).metricsToken).toBe(token);
    expect(loadConfig({}).metricsToken).toBeUndefined();
    for (const bad of ["short", `${"a".repeat(24)} b`]) {
      const issues = issuesFor({ METRICS_TOKEN: bad });
      expect(issues.map((i) => i.variable)).toEqual(["METRICS_TOKEN"]);
    }
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "  " }).port).toBe(3000);
  });

  it("parses numbers and resolves relative paths against the repository root", () => {
    const config = loadConfig({
      PORT: "8080",
      DATA_DIR: "tmp/x",
      QUOTA_DAILY_LIMIT: "5",
      RATE_LIMIT_GENERATE_PER_MINUTE: "0",
    });
    expect(config.port).toBe(8080);
    expect(config.dataDir).toBe(path.join(REPO_ROOT, "tmp/x"));
    expect(config.database).toEqual({
      dialect: "sqlite",
      filename: path.join(REPO_ROOT, "tmp/x/katagen.sqlite"),
    });
    expect(config.quotaDailyLimit).toBe(5);
    expect(config.rateLimitGeneratePerMinute).toBe(0);
  });

  it.each([
    [
      "postgres://u:p@db.example.com:5432/k",
      { dialect: "postgres", connectionString: "postgres://u:p@db.example.com:5432/k" },
    ],
    ["postgresql://u@localhost/k", { dialect: "postgres", connectionString: "postgresql://u@localhost/k" }],
    [":memory:", { dialect: "sqlite", filename: ":memory:" }],
    ["sqlite:/var/lib/k.sqlite", { dialect: "sqlite", filename: "/var/lib/k.sqlite" }],
    ["sqlite:data/other.sqlite", { dialect: "sqlite", filename: path.join(REPO_ROOT, "data/other.sqlite") }],
  ])("DATABASE_URL=%s chooses the right database", (url, expected) => {
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual(expected);
  });

  // Neon's formats: the pooled host is the direct one with -pooler after the endpoint id.
  const NEON_POOLED =
    "postgresql://app:pw@ep-cool-darkness-a1b2c3d4-pooler.eu-central-1.aws.neon.tech/neondb?sslmode=require&channel_binding=require";
  const NEON_DIRECT =
    "postgresql://app:pw@ep-cool-darkness-a1b2c3d4.eu-central-1.aws.neon.tech/neondb?sslmode=require&channel_binding=require";

  it("migrates on DATABASE_URL_UNPOOLED while the app uses DATABASE_URL", () => {
    const config = loadConfig({
      DATABASE_URL: NEON_POOLED,
      DATABASE_URL_UNPOOLED: "postgres://m@direct.example/k",
    });
    expect(config.database).toEqual({ dialect: "postgres", connectionString: NEON_POOLED });
    expect(config.migrationDatabase).toEqual({
      dialect: "postgres",
      connectionString: "postgres://m@direct.example/k",
    });
  });

  it("derives the direct URL from a Neon pooled host by dropping -pooler from its first label", () => {
    const config = loadConfig({ DATABASE_URL: NEON_POOLED });
    expect(config.database.dialect === "postgres" && config.database.connectionString).toBe(NEON_POOLED);
    expect(config.migrationDatabase).toEqual({ dialect: "postgres", connectionString: NEON_DIRECT });
  });

  it.each([
    "postgres://u:p@db.example.com:5432/k",
    // Only the first label names Neon's pooler; elsewhere -pooler is left alone.
    "postgres://u:p@db.my-pooler.example.com/k",
  ])("migrates on DATABASE_URL itself when it is not a Neon pooled host (%s)", (url) => {
    expect(loadConfig({ DATABASE_URL: url }).migrationDatabase).toEqual({
      dialect: "postgres",
      connectionString: url,
    });
  });

  it("migrates SQLite in place", () => {
    const config = loadConfig({});
    expect(config.migrationDatabase).toEqual(config.database);
  });

  it("rejects DATABASE_URL_UNPOOLED that is not PostgreSQL, or without a PostgreSQL DATABASE_URL", () => {
    expect(
      issuesFor({ DATABASE_URL: NEON_POOLED, DATABASE_URL_UNPOOLED: "sqlite:x" }).map((i) => i.variable),
    ).toEqual(["DATABASE_URL_UNPOOLED"]);
    expect(issuesFor({ DATABASE_URL_UNPOOLED: NEON_DIRECT }).map((i) => i.variable)).toEqual([
      "DATABASE_URL_UNPOOLED",
    ]);
  });

  it.each(["abc", "0", "65536", "80.5", "-1"])("rejects PORT=%s and names PORT", (port) => {
    const issues = issuesFor({ PORT: port });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.variable).toBe("PORT");
    expect(issues[0]?.message).toMatch(/PORT/);
  });

  it.each(["mysql://x", "http://db", "katagen.sqlite", "sqlite:"])(
    "rejects DATABASE_URL=%s and names it",
    (url) => {
      const issues = issuesFor({ DATABASE_URL: url });
      expect(issues.map((i) => i.variable)).toEqual(["DATABASE_URL"]);
      expect(issues[0]?.message).toMatch(/postgres:\/\//);
    },
  );

  it("refuses production without a named database, and takes one given as PostgreSQL or a SQLite path", () => {
    const clerk = {
      NODE_ENV: "production",
      CLERK_ISSUER: "https://clerk.example.com",
      CLERK_AUTHORIZED_PARTIES: "https://app.example.com",
      CLERK_WEBHOOK_SIGNING_SECRET: `whsec_${Buffer.from("a".repeat(24)).toString("base64")}`,
    };
    expect(issuesFor(clerk).map((i) => i.variable)).toEqual(["DATABASE_URL"]);
    expect(
      loadConfig({ ...clerk, DATABASE_URL: "postgresql://u:p@db.example.com/katagen" }).database,
    ).toEqual({
      dialect: "postgres",
      connectionString: "postgresql://u:p@db.example.com/katagen",
    });
    expect(loadConfig({ ...clerk, DATABASE_URL: "sqlite:/var/data/katagen.sqlite" }).database).toEqual({
      dialect: "sqlite",
      filename: "/var/data/katagen.sqlite",
    });
  });

  it("runs two sandbox workers by default and takes 1 to 16, naming SANDBOX_WORKERS otherwise", () => {
    expect(loadConfig({}).sandboxWorkers).toBe(2);
    expect(loadConfig({ SANDBOX_WORKERS: "1" }).sandboxWorkers).toBe(1);
    expect(issuesFor({ SANDBOX_WORKERS: "0" }).map((i) => i.variable)).toEqual(["SANDBOX_WORKERS"]);
    expect(issuesFor({ SANDBOX_WORKERS: "two" }).map((i) => i.variable)).toEqual(["SANDBOX_WORKERS"]);
  });

  it("reports every bad variable at once", () => {
    const issues = issuesFor({
      PORT: "abc",
      DATABASE_URL: "mysql://x",
      LOG_LEVEL: "loud",
      NODE_ENV: "staging",
    });
    expect(issues.map((i) => i.variable).sort()).toEqual(["DATABASE_URL", "LOG_LEVEL", "NODE_ENV", "PORT"]);
    const error = (() => {
      try {
        loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/PORT: .*\n.*DATABASE_URL: /s);
  });

  it("accepts exact CORS origins and normalises them", () => {
    expect(
      loadConfig({ CORS_ORIGINS: "https://app.example.com, http://localhost:5173/" }).corsOrigins,
    ).toEqual(["https://app.example.com", "http://localhost:5173"]);
  });

  it.each(["*", "null", "https://app.example.com/path", "app.example.com", "ftp://x.example.com"])(
    "rejects CORS_ORIGINS containing %s",
    (origin) => {
      const issues = issuesFor({ CORS_ORIGINS: `https://ok.example.com,${origin}` });
      expect(issues.map((i) => i.variable)).toEqual(["CORS_ORIGINS"]);
    },
  );

  describe("one origin rule for every origin variable", () => {
    const clerk = { CLERK_WEBHOOK_SIGNING_SECRET: "whsec_" + "A".repeat(32) };
    const withOrigin = (variable: string, value: string): Record<string, string> => {
      if (variable === "CLERK_ISSUER")
        return { ...clerk, CLERK_ISSUER: value, CLERK_AUTHORIZED_PARTIES: "https://app.example.com" };
      if (variable === "CLERK_AUTHORIZED_PARTIES")
        return { ...clerk, CLERK_ISSUER: "https://clerk.example.com", CLERK_AUTHORIZED_PARTIES: value };
      return { [variable]: value };
    };
    const read = (config: ReturnType<typeof loadConfig>, variable: string) =>
      ({
        CORS_ORIGINS: config.corsOrigins[0],
        PUBLIC_URL: config.publicUrl,
        CLERK_ISSUER: config.auth.issuer,
        CLERK_AUTHORIZED_PARTIES: config.auth.authorizedParties[0],
      })[variable];
    const VARIABLES = ["CORS_ORIGINS", "PUBLIC_URL", "CLERK_ISSUER", "CLERK_AUTHORIZED_PARTIES"];

    it.each(VARIABLES)("%s keeps an exact origin, with one trailing slash dropped", (variable) => {
      for (const [given, kept] of [
        ["https://app.example.com", "https://app.example.com"],
        ["https://app.example.com/", "https://app.example.com"],
        ["http://localhost:5173/", "http://localhost:5173"],
      ]) {
        expect(read(loadConfig(withOrigin(variable, given!)), variable), `${variable}=${given}`).toBe(kept);
      }
    });

    it.each(VARIABLES)("%s refuses what is not an exact origin", (variable) => {
      for (const value of [
        "*",
        "null",
        "https://app.example.com/path",
        "https://app.example.com//",
        "app.example.com",
        "ftp://x.example.com",
      ]) {
        expect(
          issuesFor(withOrigin(variable, value)).map((i) => i.variable),
          `${variable}=${value}`,
        ).toEqual([variable]);
      }
    });
  });

  it("rejects a body limit or quota that is not a whole number", () => {
    const issues = issuesFor({ BODY_LIMIT_BYTES: "1mb", QUOTA_DAILY_LIMIT: "-3" });
    expect(issues.map((i) => i.variable).sort()).toEqual(["BODY_LIMIT_BYTES", "QUOTA_DAILY_LIMIT"]);
  });

  it.each([
    [undefined, false],
    ["true", true],
    ["false", false],
    ["1", 1],
    ["10.0.0.0/8, 127.0.0.1", ["10.0.0.0/8", "127.0.0.1"]],
  ])("TRUST_PROXY=%s gives %j", (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it("rejects a TRUST_PROXY that is not a proxy list", () => {
    expect(issuesFor({ TRUST_PROXY: "everyone" }).map((i) => i.variable)).toEqual(["TRUST_PROXY"]);
  });
});

describe("loadConfig: the LLM generator", () => {
  it("stays offline when no LLM variable is set", () => {
    expect(loadConfig({}).llm).toBeUndefined();
  });

  it("reads LLM_BASE_URL, LLM_MODEL, LLM_API_KEY and LLM_TIMEOUT_MS", () => {
    const config = loadConfig({
      LLM_BASE_URL: "http://localhost:11434/v1",
      LLM_MODEL: "llama3.1",
      LLM_API_KEY: "sk-config-secret-123",
      LLM_TIMEOUT_MS: "5000",
    });
    expect(config.llm).toMatchObject({
      baseUrl: "http://localhost:11434/v1",
      model: "llama3.1",
      timeoutMs: 5000,
    });
    expect(config.llm?.apiKey).toBe("sk-config-secret-123");
    expect(loadConfig({ LLM_BASE_URL: "https://api.openai.com/v1", LLM_MODEL: "m" }).llm).toMatchObject({
      timeoutMs: 20_000,
    });
  });

  it("reads the circuit breaker settings, 3 failures and 30 s half-open by default", () => {
    const llm = { LLM_BASE_URL: "http://localhost:11434/v1", LLM_MODEL: "llama3.1" };
    expect(loadConfig(llm).llm?.breaker).toEqual({ consecutiveFailures: 3, halfOpenAfterMs: 30_000 });
    expect(
      loadConfig({ ...llm, LLM_BREAKER_FAILURES: "5", LLM_BREAKER_HALF_OPEN_MS: "120000" }).llm?.breaker,
    ).toEqual({ consecutiveFailures: 5, halfOpenAfterMs: 120_000 });
  });

  it("rejects LLM_BREAKER_FAILURES outside 1..100 and LLM_BREAKER_HALF_OPEN_MS outside 1 s..1 h, naming them", () => {
    for (const bad of ["0", "101", "three", "2.5", "-1"]) {
      expect(issuesFor({ LLM_BREAKER_FAILURES: bad })).toEqual([
        expect.objectContaining({
          variable: "LLM_BREAKER_FAILURES",
          message: expect.stringContaining("LLM_BREAKER_FAILURES must be"),
        }),
      ]);
    }
    for (const bad of ["999", "3600001", "30s"]) {
      expect(issuesFor({ LLM_BREAKER_HALF_OPEN_MS: bad })).toEqual([
        expect.objectContaining({ variable: "LLM_BREAKER_HALF_OPEN_MS" }),
      ]);
    }
  });

  it("keeps the API key out of config dumps", () => {
    const config = loadConfig({
      LLM_BASE_URL: "https://api.openai.com/v1",
      LLM_MODEL: "m",
      LLM_API_KEY: "sk-dump-me-not",
    });
    expect(JSON.stringify(config)).not.toContain("sk-dump-me-not");
    expect(JSON.stringify({ ...config.llm })).not.toContain("sk-dump-me-not");
    expect(inspect(config, { depth: 10 })).not.toContain("sk-dump-me-not");
  });

  it("fails naming LLM_MODEL when LLM_BASE_URL is set without it", () => {
    expect(issuesFor({ LLM_BASE_URL: "https://api.openai.com/v1" })).toEqual([
      expect.objectContaining({ variable: "LLM_MODEL", message: expect.stringContaining("required") }),
    ]);
  });

  it("fails naming LLM_BASE_URL when it is not an http(s) URL, or missing while a model is set", () => {
    for (const bad of ["localhost:11434", "ftp://models.example.com/v1", "not a url"]) {
      expect(issuesFor({ LLM_BASE_URL: bad, LLM_MODEL: "m" }).map((i) => i.variable)).toEqual([
        "LLM_BASE_URL",
      ]);
    }
    expect(issuesFor({ LLM_MODEL: "m" }).map((i) => i.variable)).toEqual(["LLM_BASE_URL"]);
  });

  it("rejects an LLM_TIMEOUT_MS that is not a whole number of milliseconds in range", () => {
    expect(issuesFor({ LLM_TIMEOUT_MS: "fast" }).map((i) => i.variable)).toEqual(["LLM_TIMEOUT_MS"]);
    expect(issuesFor({ LLM_TIMEOUT_MS: "10" }).map((i) => i.variable)).toEqual(["LLM_TIMEOUT_MS"]);
  });
});
