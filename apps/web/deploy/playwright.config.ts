/**
 * The deploy suite: the SPA from vercel.json's own build on one origin, the API on another, in Chromium.
 * No webServer: each spec starts what it needs on free loopback ports in beforeAll, so the main e2e suite
 * (apps/web/playwright.config.ts) and its `npm start` server are not involved.
 */
import { defineConfig, devices } from "@playwright/test";
import { chromiumVersion, findChromium, type FoundChromium } from "../../../scripts/find-chromium.mjs";

// Found once by the runner and handed to the workers through the environment (as the main config does).
async function resolveBrowser(): Promise<FoundChromium> {
  const known = process.env.KATAGEN_DEPLOY_BROWSER;
  if (known) return JSON.parse(known) as FoundChromium;
  const found = await findChromium();
  const version = found.version ?? (await chromiumVersion(found.executablePath));
  process.stdout.write(`deploy browser: ${found.source}${version ? `, ${version}` : ""}\n`);
  process.env.KATAGEN_DEPLOY_BROWSER = JSON.stringify(found);
  return found;
}
const browser = await resolveBrowser();

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: process.env.DEPLOY_OUTPUT_DIR ?? "../test-results/deploy",
  // Each spec builds the SPA and starts its own servers: files run in parallel, tests inside one in order.
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // scripts/test.mjs adds the json reporter (reports/deploy.json) on the command line.
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browser.executablePath,
      // The network is closed here and in CI: nothing in the browser may try to reach it.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        ...browser.args,
      ],
      ...(Object.keys(browser.env).length > 0 && { env: { ...process.env, ...browser.env } }),
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
