/**
 * A real API server process for crash tests, started the way `npm start` runs it: one Node process
 * (`node --import tsx src/server.ts`, no tsx CLI wrapper), so SIGKILL hits the server itself and
 * leaves no orphaned child behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  /** Milliseconds from spawn until /readyz answered 200. */
  readyMs: number;
  output(): string;
  /** SIGKILL: no shutdown hooks, no flush, like a crash or the OOM killer. Resolves once it is gone. */
  kill9(): Promise<void>;
  /** SIGTERM and wait; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * The environment of a test server process over a test database: quiet logs, no SPA, no warm-up,
 * no per-minute limit, and a fixed PUBLIC_URL (the local-mode issuer), so tokens minted in the test
 * with the key under `dataDir` verify in every server started with it.
 */
export function serverProcessEnv(input: {
  databaseEnv: Record<string, string>;
  dataDir: string;
  publicUrl: string;
  quotaDailyLimit: number;
}): Record<string, string> {
  return {
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    DATA_DIR: input.dataDir,
    // The pooled variant's server serves through PgBouncer and migrates on the direct URL.
    ...input.databaseEnv,
    PUBLIC_URL: input.publicUrl,
    WEB_DIST_DIR: path.join(input.dataDir, "no-web-dist"),
    QUOTA_DAILY_LIMIT: String(input.quotaDailyLimit),
    RATE_LIMIT_GENERATE_PER_MINUTE: "0",
    ENGINE_WARM_UP: "false",
  };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts the server on `port` and polls /readyz until it answers 200 (or readyTimeoutMs passes). */
export async function startServerProcess(
  env: Record<string, string>,
  port: number,
  readyTimeoutMs = 30_000,
): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: API_DIR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const chunks: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    child,
    origin,
    readyMs: 0,
    output: () => chunks.join(""),
    async kill9() {
      child.kill("SIGKILL");
      await exited(child);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      await exited(child);
      return child.exitCode;
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    try {
      const res = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) {
        server.readyMs = performance.now() - started;
        return server;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.kill9();
      throw new Error(`server not ready in ${readyTimeoutMs} ms:\n${server.output()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
