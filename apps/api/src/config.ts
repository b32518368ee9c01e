import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { ConfigIssue } from "./config/config-issue";
import { authIssues, authSettings } from "./config/auth-settings";
import { webhookSecretSchema, webhookSecretIssues } from "./config/webhook-settings";

export type { ConfigIssue } from "./config/config-issue";

/**
 * The only module that reads process.env. Everything else receives a typed Config.
 *
 * To add a variable: add it to EnvSchema (raw string in, parsed value out), map it in toConfig,
 * and list it in .env.example. Cross-variable rules go in checkCombinations.
 */

/** Relative paths are resolved against the repository root, not the cwd: npm -w runs scripts
 *  inside apps/api, and `npm start` at the root must still use ./data at the root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const resolveFromRoot = (p: string) => path.resolve(REPO_ROOT, p);

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const integerString = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .pipe(
      z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`),
    );

export type DatabaseConfig =
  { dialect: "sqlite"; filename: string } | { dialect: "postgres"; connectionString: string };

/**
 * An exact origin (scheme://host[:port]), the one rule for every origin variable: CORS_ORIGINS,
 * PUBLIC_URL, CLERK_ISSUER and CLERK_AUTHORIZED_PARTIES. One trailing slash, as browsers and
 * dashboards show URLs, is accepted and dropped; the value kept is what an Origin header, a
 * token's `iss` and its `azp` carry, so comparisons stay exact (docs/decisions/014-one-environment-schema.md).
 */
const originSchema = z.string().transform((value, ctx) => {
  if (value === "*" || value === "null") {
    ctx.addIssue({
      code: "custom",
      message: `"${value}" is not allowed; list exact origins such as https://app.example.com`,
    });
    return z.NEVER;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({
      code: "custom",
      message: `"${value}" is not a URL origin such as https://app.example.com`,
    });
    return z.NEVER;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== value.replace(/\/$/, "")) {
    ctx.addIssue({
      code: "custom",
      message: `"${value}" must be an exact origin (scheme://host[:port], no path), e.g. https://app.example.com`,
    });
    return z.NEVER;
  }
  return url.origin;
});

const originListSchema = z
  .string()
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(originSchema));

const httpUrlSchema = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => {
      try {
        const url = new URL(v);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    }, message);

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  PORT: integerString("PORT", 1, 65535).default(3000),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .trim()
    .refine(
      (v) => /^postgres(ql)?:\/\/.+/.test(v) || /^sqlite:.+/.test(v) || v === ":memory:",
      "DATABASE_URL must start with postgres:// or postgresql://, or be sqlite:<path> or :memory:",
    )
    .optional(),
  /** The direct (unpooled) PostgreSQL URL migrations use; Neon's own name for it. Default: see migrationDatabase. */
  DATABASE_URL_UNPOOLED: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/.+/, "DATABASE_URL_UNPOOLED must start with postgres:// or postgresql://")
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  CORS_ORIGINS: originListSchema.optional(),
  WEB_DIST_DIR: z.string().trim().min(1).default("apps/web/dist"),
  BODY_LIMIT_BYTES: integerString("BODY_LIMIT_BYTES", 1024, 100 * 1024 * 1024).default(1024 * 1024),
  QUOTA_DAILY_LIMIT: integerString("QUOTA_DAILY_LIMIT", 0, 1_000_000).default(50),
  RATE_LIMIT_GENERATE_PER_MINUTE: integerString("RATE_LIMIT_GENERATE_PER_MINUTE", 0, 100_000).default(10),
  /**
   * Sandbox worker threads running generated programs. Each one holds its own QuickJS and, once
   * Python is warm, its own Pyodide (~170 MB): one per CPU the host gives the process is enough.
   */
  SANDBOX_WORKERS: integerString("SANDBOX_WORKERS", 1, 16).default(2),
  /** Load Pyodide and the TypeScript compiler when the server starts listening (seconds of CPU). */
  ENGINE_WARM_UP: z.enum(["true", "false"], 'ENGINE_WARM_UP must be "true" or "false"').default("true"),
  /**
   * The Bearer token Prometheus (or any scraper) sends for GET /metrics. Without it /metrics does not
   * exist: the counters say how the service is used, which is not for the public.
   */
  METRICS_TOKEN: z
    .string()
    .trim()
    .min(24, "METRICS_TOKEN must be at least 24 characters (e.g. openssl rand -hex 24)")
    .regex(/^[\x21-\x7e]+$/, "METRICS_TOKEN must be printable ASCII without spaces")
    .optional(),
  /** Behind a reverse proxy (Render, Fly, nginx): "true", a hop count, or comma-separated proxy IPs/CIDRs. */
  TRUST_PROXY: z
    .string()
    .trim()
    .transform((v, ctx): boolean | number | string[] => {
      if (v === "true" || v === "false") return v === "true";
      if (/^\d+$/.test(v)) return Number(v);
      const list = v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.length > 0 && list.every((s) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(s))) return list;
      ctx.addIssue({
        code: "custom",
        message: "TRUST_PROXY must be true, false, a hop count, or proxy IPs/CIDRs",
      });
      return z.NEVER;
    })
    .default(false),
  /** The API's public origin; in local sign-in mode it is also the token issuer. */
  PUBLIC_URL: originSchema.optional(),
  // Auth (docs/clerk-auth.md §3): each variable parsed here; the rules that tie them together are
  // config/auth-settings.ts's authIssues, and the settings are derived there from this output.
  AUTH_MODE: z.enum(["local", "clerk"], 'AUTH_MODE must be "local" or "clerk"').optional(),
  /** Clerk's Frontend API origin: exactly the `iss` of its session tokens. */
  CLERK_ISSUER: originSchema.optional(),
  CLERK_JWKS_URL: httpUrlSchema("CLERK_JWKS_URL must be an http(s) URL").optional(),
  CLERK_JWT_KEY: z
    .string()
    // .env files often carry the PEM on one line with literal \n.
    .transform((v) => v.replaceAll("\\n", "\n").trim())
    .refine(
      (v) => v.startsWith("-----BEGIN PUBLIC KEY-----"),
      "CLERK_JWT_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)",
    )
    .optional(),
  CLERK_AUTHORIZED_PARTIES: originListSchema.optional(),
  CLERK_JWT_AUDIENCE: z.string().trim().min(1).default("backend"),
  // Beyond ~60 s a stolen 60-second token would live twice as long (docs/clerk-auth.md §6).
  CLERK_CLOCK_SKEW_S: integerString("CLERK_CLOCK_SKEW_S", 0, 60).default(5),
  CLERK_JWKS_COOLDOWN_MS: integerString("CLERK_JWKS_COOLDOWN_MS", 0, 3_600_000).default(30_000),
  /** Svix signing secret of the Clerk webhook endpoint; required in Clerk mode (checkCombinations). */
  CLERK_WEBHOOK_SIGNING_SECRET: webhookSecretSchema.optional(),
  // LLM generator (OpenAI-compatible); unset means the offline engine only. LLM_MODEL is required
  // with LLM_BASE_URL (checkCombinations).
  LLM_BASE_URL: httpUrlSchema(
    "LLM_BASE_URL must be an http(s) URL such as https://api.openai.com/v1 or http://localhost:11434/v1",
  ).optional(),
  LLM_API_KEY: z.string().trim().optional(),
  LLM_MODEL: z.string().trim().optional(),
  LLM_TIMEOUT_MS: integerString("LLM_TIMEOUT_MS", 1000, 600_000).default(20_000),
  /** Consecutive upstream failures that open the LLM circuit breaker (offline without a request). */
  LLM_BREAKER_FAILURES: integerString("LLM_BREAKER_FAILURES", 1, 100).default(3),
  /** How long the breaker stays open before one probe request goes to the LLM server. */
  LLM_BREAKER_HALF_OPEN_MS: integerString("LLM_BREAKER_HALF_OPEN_MS", 1000, 3_600_000).default(30_000),
});
export type Env = z.output<typeof EnvSchema>;

function databaseConfig(env: Env, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url === undefined) return { dialect: "sqlite", filename: path.join(dataDir, "katagen.sqlite") };
  if (url === ":memory:" || url === "sqlite::memory:") return { dialect: "sqlite", filename: ":memory:" };
  if (url.startsWith("sqlite:")) {
    return {
      dialect: "sqlite",
      filename: resolveFromRoot(url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "")),
    };
  }
  return { dialect: "postgres", connectionString: url };
}

/** Neon names its PgBouncer endpoint by appending `-pooler` to the first host label. */
export function isPoolerHost(connectionString: string): boolean {
  return new URL(connectionString).hostname.includes("-pooler");
}

/**
 * Where migrations run (docs/decisions/011-pooled-and-direct-database-urls.md): never through a
 * transaction pooler, because Kysely's Migrator holds a session-level advisory lock across several
 * statements. DATABASE_URL_UNPOOLED if set; else a Neon pooled host with `-pooler` dropped from its
 * first label (Neon documents the two hosts that way); else DATABASE_URL itself.
 */
function migrationDatabaseConfig(env: Env, database: DatabaseConfig): DatabaseConfig {
  if (database.dialect === "sqlite") return database;
  if (env.DATABASE_URL_UNPOOLED !== undefined) {
    return { dialect: "postgres", connectionString: env.DATABASE_URL_UNPOOLED };
  }
  const url = new URL(database.connectionString);
  const [first, ...rest] = url.hostname.split(".");
  if (!first?.endsWith("-pooler")) return database;
  url.hostname = [first.slice(0, -"-pooler".length), ...rest].join(".");
  return { dialect: "postgres", connectionString: url.toString() };
}

function publicUrl(env: Env): string {
  return env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
}

export interface LlmSettings {
  baseUrl: string;
  model: string;
  /** Not enumerable: config dumps (JSON, logs, spreads) leave it out, direct reads still work. */
  apiKey?: string;
  timeoutMs: number;
  /** Circuit breaker around the LLM server (docs/decisions/007-llm-circuit-breaker.md). */
  breaker: { consecutiveFailures: number; halfOpenAfterMs: number };
}

function llmSettings(env: Env): LlmSettings | undefined {
  if (env.LLM_BASE_URL === undefined || env.LLM_MODEL === undefined) return undefined;
  const settings: LlmSettings = {
    baseUrl: env.LLM_BASE_URL,
    model: env.LLM_MODEL,
    timeoutMs: env.LLM_TIMEOUT_MS,
    breaker: {
      consecutiveFailures: env.LLM_BREAKER_FAILURES,
      halfOpenAfterMs: env.LLM_BREAKER_HALF_OPEN_MS,
    },
  };
  if (env.LLM_API_KEY !== undefined) {
    Object.defineProperty(settings, "apiKey", { value: env.LLM_API_KEY, enumerable: false });
  }
  return settings;
}

function toConfig(env: Env) {
  const dataDir = resolveFromRoot(env.DATA_DIR);
  const auth = authSettings(env, { port: env.PORT, publicUrl: publicUrl(env) });
  const database = databaseConfig(env, dataDir);
  return {
    nodeEnv: env.NODE_ENV,
    isProduction: env.NODE_ENV === "production",
    host: env.HOST,
    port: env.PORT,
    dataDir,
    /** What the app's pool uses: on Neon the pooled (`-pooler`, PgBouncer transaction mode) URL. */
    database,
    /** What `npm run migrate` and the server's start-up migration use: the direct URL (decision 011). */
    migrationDatabase: migrationDatabaseConfig(env, database),
    logLevel: env.LOG_LEVEL,
    /** Exact allowed origins (default: the token's authorized parties); empty means same-origin only. */
    corsOrigins: env.CORS_ORIGINS ?? auth.authorizedParties,
    publicUrl: publicUrl(env),
    /** Token verification and sign-in mode (docs/clerk-auth.md §3). */
    auth,
    webDistDir: resolveFromRoot(env.WEB_DIST_DIR),
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    quotaDailyLimit: env.QUOTA_DAILY_LIMIT,
    /** 0 disables the per-minute limit on generation. */
    rateLimitGeneratePerMinute: env.RATE_LIMIT_GENERATE_PER_MINUTE,
    engineWarmUp: env.ENGINE_WARM_UP === "true",
    sandboxWorkers: env.SANDBOX_WORKERS,
    /** Which X-Forwarded-For hops to believe for request.ip (rate limits key on it). */
    trustProxy: env.TRUST_PROXY,
    /** Guards GET /metrics (Bearer); without it the route does not exist. */
    metricsToken: env.METRICS_TOKEN,
    /** Verifies POST /webhooks/clerk; without it (local mode only) that route does not exist. */
    clerkWebhookSigningSecret: env.CLERK_WEBHOOK_SIGNING_SECRET,
    /** The OpenAI-compatible generator tried before the offline engine; undefined: offline only. */
    llm: llmSettings(env),
  };
}

export type Config = ReturnType<typeof toConfig>;

/** Rules that involve more than one variable. Push an issue naming the variable to fix. */
function checkCombinations(env: Env, issues: ConfigIssue[]): void {
  // Production without Clerk, AUTH_MODE=clerk without its variables, http issuers in production…
  issues.push(...authIssues(env));
  issues.push(...webhookSecretIssues(env));
  if (env.DATABASE_URL_UNPOOLED !== undefined && !/^postgres(ql)?:/.test(env.DATABASE_URL ?? "")) {
    issues.push({
      variable: "DATABASE_URL_UNPOOLED",
      message:
        "DATABASE_URL_UNPOOLED is only used with a PostgreSQL DATABASE_URL; set DATABASE_URL too or unset it",
    });
  }
  // The default SQLite file lives on the instance's own disk, which hosts such as Render replace at
  // every deploy: production names its database, so nothing a user did is lost by accident.
  if (env.NODE_ENV === "production" && env.DATABASE_URL === undefined) {
    issues.push({
      variable: "DATABASE_URL",
      message:
        "required in production: the PostgreSQL URL (Neon's pooled -pooler URL), or sqlite:<path> on a disk that outlives deploys",
    });
  }
  if (env.LLM_BASE_URL !== undefined && env.LLM_MODEL === undefined) {
    issues.push({
      variable: "LLM_MODEL",
      message: "LLM_MODEL is required when LLM_BASE_URL is set (e.g. gpt-4o-mini, llama3.1)",
    });
  }
  for (const name of ["LLM_MODEL", "LLM_API_KEY"] as const) {
    if (env[name] !== undefined && env.LLM_BASE_URL === undefined) {
      issues.push({
        variable: "LLM_BASE_URL",
        message: `${name} is set but LLM_BASE_URL is not; set it (e.g. https://api.openai.com/v1) or unset ${name}`,
      });
    }
  }
}

export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws ConfigError listing every bad variable. Empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== "") raw[key] = value;
  }
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "environment"),
        message: issue.message,
      })),
    );
  }
  const issues: ConfigIssue[] = [];
  checkCombinations(parsed.data, issues);
  if (issues.length > 0) throw new ConfigError(issues);
  return toConfig(parsed.data);
}

/** For entry points: print every offending variable and why, then exit non-zero. */
export function parseConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
