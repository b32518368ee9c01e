/**
 * The browser both Playwright suites (e2e and deploy) launch. The runner finds it once (README, "How the
 * browser is found") and says which; workers, which re-evaluate the config, reuse its answer through the
 * environment. Not found fails the whole run with a message naming every way to get one.
 */
import type { LaunchOptions } from "@playwright/test";
import { chromiumVersion, findChromium, type FoundChromium } from "../../scripts/find-chromium.mjs";

export async function resolveBrowserOnce(suite: string): Promise<FoundChromium> {
  const key = `KATAGEN_${suite.toUpperCase()}_BROWSER`;
  const known = process.env[key];
  if (known) return JSON.parse(known) as FoundChromium;
  const found = await findChromium();
  const version = found.version ?? (await chromiumVersion(found.executablePath));
  process.stdout.write(`${suite} browser: ${found.source}${version ? `, ${version}` : ""}\n`);
  process.env[key] = JSON.stringify(found);
  return found;
}

export function launchOptions(browser: FoundChromium): LaunchOptions {
  return {
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
    // Only when the source needs it (e.g. bundled libraries): otherwise the browser inherits process.env.
    ...(Object.keys(browser.env).length > 0 && { env: { ...process.env, ...browser.env } }),
  };
}
