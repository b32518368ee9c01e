import { spawn } from "node:child_process";
import fs from "node:fs";

import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { freePort } from "./testing/free-port";

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `server.ts` the way `npm start` does (tsx, no build). `onStdout` may act on the running server. */
function startServer(
  env: Record<string, string>,
  onStdout?: (text: string, kill: () => void) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: API_DIR,
      env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, () => child.kill("SIGTERM"));
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe("server start-up", () => {
  it("exits non-zero naming PORT when PORT=abc", async () => {
    const run = await startServer({ PORT: "abc", DATABASE_URL: ":memory:" });
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stderr).toMatch(/PORT: PORT must be a whole number/);
    expect(run.stdout).not.toMatch(/running at/);
  });

  it("lists every bad variable before exiting", async () => {
    const run = await startServer({ PORT: "99999", DATABASE_URL: "mysql://db/k" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/PORT/);
    expect(run.stderr).toMatch(/DATABASE_URL/);
  });

  it("migrates, serves, and shuts down cleanly on SIGTERM", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-server-"));
    const port = await freePort();
    let health: { status: number; body: string } | undefined;
    let asked = false;
    try {
      const run = await startServer(
        {
          PORT: String(port),
          DATA_DIR: dataDir,
          LOG_LEVEL: "warn",
          WEB_DIST_DIR: path.join(dataDir, "none"),
        },
        (stdout, kill) => {
          if (asked || !stdout.includes("running at")) return;
          asked = true;
          void fetch(`http://127.0.0.1:${port}/readyz`)
            .then(async (r) => {
              health = { status: r.status, body: await r.text() };
            })
            .finally(kill);
        },
      );
      expect(run.stdout).toContain(`http://localhost:${port}/`);
      expect(health).toEqual({ status: 200, body: '{"status":"ok"}' });
      expect(run.code).toBe(0);
      expect(fs.existsSync(path.join(dataDir, "katagen.sqlite"))).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
