// ─── The one place the cross-origin spec starts the API ──────────────────────────────────────────────
// For now: the API's own server entry under tsx (what `npm start` runs, minus the SPA build). The lead
// will replace the body with the render.yaml runner; callers depend only on the interface:
//   startApi({ port, env }) → Promise<{ origin, stop() }>
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export interface StartedApi {
  origin: string;
  /** SIGTERM, then wait for the exit; the temp DATA_DIR is removed. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startApi({
  port,
  env,
}: {
  port: number;
  env: Record<string, string>;
}): Promise<StartedApi> {
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "katagen-deploy-api-"));
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "apps/api/src/server.ts"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        PUBLIC_URL: origin,
        // Hermetic: a developer's .env (Clerk keys, a Postgres URL) must not change what is tested.
        KATAGEN_SKIP_DOTENV: "1",
        // The SPA is the other origin's: the API must not serve a build of its own.
        WEB_DIST_DIR: path.join(dataDir, "no-web-dist"),
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let logs = "";
  child.stdout.on("data", (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (logs += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode} before it was ready:\n${logs}`);
    try {
      if ((await fetch(`${origin}/readyz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API was not ready in 120 s:\n${logs}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    origin,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const result = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return result;
    },
  };
}
// ─────────────────────────────────────────────────────────────────────────────────────────────────────
