/**
 * The deploy suite: the SPA from vercel.json's own build on one origin, the API on another, in Chromium.
 * No webServer: each spec starts what it needs on free loopback ports in beforeAll, so the main e2e suite
 * (apps/web/playwright.config.ts) and its `npm start` server are not involved.
 */
import { defineConfig, devices } from "@playwright/test";
import { launchOptions, resolveBrowserOnce } from "../playwright-browser";

const browser = await resolveBrowserOnce("deploy");

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
    launchOptions: launchOptions(browser),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
