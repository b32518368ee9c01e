import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { launchOptions, resolveBrowserOnce } from "./playwright-browser";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Workers re-evaluate this file; the environment they inherit keeps them on the one fresh directory.
if (!process.env.KATAGEN_E2E_DIR) {
  const created = mkdtempSync(path.join(tmpdir(), "katagen-e2e-"));
  process.env.KATAGEN_E2E_DIR = created;
  // The runner exits after stopping the web server, so nothing is using the directory any more.
  process.on("exit", () => rmSync(created, { recursive: true, force: true }));
}
const e2eDir = process.env.KATAGEN_E2E_DIR;

const browser = await resolveBrowserOnce("e2e");

export default defineConfig({
  testDir: "./e2e",
  // Override when two suites run at once in one checkout: each run empties its output dir first.
  outputDir: process.env.E2E_OUTPUT_DIR ?? "./test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  // scripts/test.mjs adds the json reporter (reports/playwright.json) on the command line.
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    headless: true,
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: launchOptions(browser),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Exactly what `npm start` runs, so the suite proves the documented start path.
    command: "node ../../scripts/start.mjs",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: path.join(e2eDir, "data"),
      // A private build: never serves a stale bundle, and never rebuilds the dist a running server uses.
      WEB_DIST_DIR: path.join(e2eDir, "web-dist"),
      LOG_LEVEL: "warn",
      // Hermetic: a developer's .env (Clerk keys, a Postgres URL) must not change what is tested.
      KATAGEN_SKIP_DOTENV: "1",
      // Small, so the practice spec can reach zero quota (each test signs in as a new user).
      QUOTA_DAILY_LIMIT: "6",
    },
  },
});
