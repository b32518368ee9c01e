/**
 * The SPA on one origin and the API on another, as on Vercel + Render, with local sign-in (same site:
 * two loopback ports) so it runs offline: the SPA from vercel.json's own build command with VITE_API_URL
 * set, served with vercel.json's rewrites and headers; the API with CORS_ORIGINS = the SPA's origin.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test as base, type Page } from "@playwright/test";
import { buildVercel, serveVercelOutput, type ServedOutput } from "../../../scripts/deploy/vercel-static.mjs";
import { clickOption } from "../e2e/support/challenges";
import { signInLocally } from "../e2e/support/sign-in";
import { freePort, preflight as preflightFrom, startForeignOrigin } from "./support/loopback";
import { startApi, type StartedApi } from "./support/start-api";

// One free-quota generation per user: the second one from the same user is the 429 this suite reads.
const QUOTA = 1;

interface Deployment {
  api: StartedApi;
  spa: ServedOutput;
  /** A page the API does not list: any other site (here: same site, other port) the learner has open. */
  foreign: { origin: string };
}

// One deployment per worker, started before the first test; relative page.goto() calls (and the e2e
// suite's signInLocally) resolve against the SPA's origin.
const test = base.extend<
  { api: StartedApi; spa: ServedOutput; foreign: { origin: string } },
  { deployment: Deployment }
>({
  deployment: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const workDir = mkdtempSync(path.join(tmpdir(), "katagen-cross-origin-"));
      const [apiPort, spaPort] = [await freePort(), await freePort()];
      const apiOrigin = `http://127.0.0.1:${apiPort}`;
      const spaOrigin = `http://127.0.0.1:${spaPort}`;
      const foreign = await startForeignOrigin();

      const [output, api] = await Promise.all([
        buildVercel({ env: { VITE_API_URL: apiOrigin }, outDir: path.join(workDir, "vercel-output") }),
        startApi({
          port: apiPort,
          env: {
            AUTH_MODE: "local",
            CORS_ORIGINS: spaOrigin,
            QUOTA_DAILY_LIMIT: String(QUOTA),
            // Only JavaScript is generated here; skipping Pyodide's warm-up saves seconds of CPU per run.
            ENGINE_WARM_UP: "false",
          },
        }),
      ]);
      const spa = await serveVercelOutput({ root: output, port: spaPort, host: "127.0.0.1" });

      await provide({ api, spa, foreign });

      await spa.close();
      await foreign.close();
      const stopped = await api.stop();
      rmSync(workDir, { recursive: true, force: true });
      // SIGTERM must drain and exit cleanly, as on Render.
      expect(stopped.code).toBe(0);
    },
    { scope: "worker", timeout: 240_000 },
  ],
  api: async ({ deployment }, provide) => provide(deployment.api),
  spa: async ({ deployment }, provide) => provide(deployment.spa),
  foreign: async ({ deployment }, provide) => provide(deployment.foreign),
  baseURL: async ({ deployment }, provide) => provide(deployment.spa.origin),
});
test.describe.configure({ mode: "serial" });

/** Collects CSP violations (from an init script, so the first ones count), console errors and page errors. */
async function watchPage(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return {
    async all() {
      const csp = await page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      );
      return [...csp.map((v) => `csp: ${v}`), ...problems];
    },
  };
}

test("the SPA loads from its own origin, with vercel.json's headers, the build's CSP and no violation or console error", async ({
  page,
  api,
}) => {
  const watch = await watchPage(page);
  const response = await page.goto("/practice?from=deep-link");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["cache-control"]).toBe("no-cache");
  expect(headers["content-security-policy"]).toBe(
    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  );
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain(`connect-src 'self' ${api.origin};`);
  expect(meta).toContain("script-src 'self';");
  // Signed out, the practice page sends the learner to sign in: the app ran and asked the API.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await watch.all()).toEqual([]);
});

test("a learner signs in locally, generates a challenge, answers it and finds it in History, all across origins", async ({
  page,
  api,
}) => {
  test.setTimeout(120_000);
  const watch = await watchPage(page);
  const apiRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(api.origin)) apiRequests.push(new URL(request.url()).pathname);
  });

  await signInLocally(page, "Cross Origin");
  await page.goto("/practice");
  await page.getByLabel("Language").selectOption("javascript");
  await page.getByRole("button", { name: "Generate challenge" }).click();
  await expect(page).toHaveURL(/\/challenges\/[^/]+$/, { timeout: 60_000 });
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  // As a reader does: the options take a click only once the question has been on screen and the pointer moved.
  await clickOption(page.getByRole("button", { name: /^A: / }));
  await expect(
    page.getByText(/^(Right! A is the answer\.|Wrong\. You picked A; the answer is [B-D]\.)$/),
  ).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  const items = page.getByRole("list", { name: "Your challenges, newest first" }).locator(":scope > li");
  await expect(items).toHaveCount(1);
  await expect(items.locator("h2")).toHaveText(title);

  // Every call went to the API's origin (nothing to the static host but the app itself).
  expect(apiRequests).toEqual(
    expect.arrayContaining(["/auth/local/sign-in", "/auth/local/token", "/api/generate-challenge"]),
  );
  expect(await watch.all()).toEqual([]);
});

test("Try it yourself runs on the static host: only its worker gets vercel.json's WebAssembly policy", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const watch = await watchPage(page);
  await signInLocally(page, "Try It");
  await page.goto("/practice");
  await page.getByLabel("Language").selectOption("javascript");
  await page.getByRole("button", { name: "Generate challenge" }).click();
  await expect(page).toHaveURL(/\/challenges\/[^/]+$/, { timeout: 60_000 });
  await clickOption(page.getByRole("button", { name: /^A: / }));

  await page.getByRole("button", { name: "Try it yourself", exact: true }).click();
  await page.getByRole("textbox", { name: /program$/ }).fill('console.log("from the static host", 6 * 7);');
  const worker = page.waitForResponse((response) => /\/assets\/run-worker-[\w-]+\.js$/.test(response.url()));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  expect((await worker).headers()["content-security-policy"]).toBe(
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; base-uri 'none'",
  );
  await expect(page.getByRole("region", { name: "Output" }).locator("pre")).toHaveText(
    "from the static host 42",
    {
      timeout: 60_000,
    },
  );
  // The page's own policy still compiles no WebAssembly.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).not.toMatch(/wasm-unsafe-eval|unsafe-eval/);
  expect(await watch.all()).toEqual([]);
});

test("Chromium's preflight for Authorization and Idempotency-Key passes, and a 429's Retry-After and RateLimit are readable", async ({
  page,
  api,
  spa,
}) => {
  await signInLocally(page, "Quota Reader");
  const results = await page.evaluate(async (API) => {
    // A token from the local session, fetched across origins the way the SPA does (credentials included).
    const tokenResponse = await fetch(`${API}/auth/local/token`, {
      method: "POST",
      credentials: "include",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const generate = (key: string) =>
      fetch(`${API}/api/generate-challenge`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "idempotency-key": key,
        },
        body: JSON.stringify({ difficulty: "easy", language: "javascript" }),
      });
    const first = await generate(`cross-origin-${Date.now()}-1`);
    const second = await generate(`cross-origin-${Date.now()}-2`);
    return {
      first: first.status,
      second: second.status,
      retryAfter: second.headers.get("Retry-After"),
      rateLimit: second.headers.get("RateLimit"),
      rateLimitPolicy: second.headers.get("RateLimit-Policy"),
      requestId: second.headers.get("X-Request-Id"),
    };
  }, api.origin);
  // A preflight the API refused would have made fetch throw instead of answering.
  expect(results.first).toBe(201);
  expect(results.second).toBe(429);
  expect(Number(results.retryAfter)).toBeGreaterThan(0);
  expect(results.rateLimit).toMatch(/"daily";r=0;t=\d+/);
  expect(results.rateLimitPolicy).toMatch(new RegExp(`"daily";q=${QUOTA};w=86400`));
  expect(results.requestId).toMatch(/\S/);

  // The same preflight, seen from outside the browser: exact origin, the two headers, no credentials on /api.
  const preflight = await preflightFrom(`${api.origin}/api/generate-challenge`, spa.origin, "POST", [
    "authorization",
    "content-type",
    "idempotency-key",
  ]);
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get("access-control-allow-origin")).toBe(spa.origin);
  expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toMatch(
    /authorization.*idempotency-key/,
  );
  expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
});

test("a page on a foreign origin cannot call the API: its fetch fails and the preflight names no origin for it", async ({
  page,
  api,
  foreign,
}) => {
  await signInLocally(page, "Foreign Victim");
  await page.goto(foreign.origin);
  const outcome = await page.evaluate(async (API) => {
    const attempt = async (init: RequestInit, url = `${API}/api/me`) => {
      try {
        const response = await fetch(url, init);
        return `status ${response.status}`;
      } catch (error) {
        return (error as Error).name;
      }
    };
    return {
      bearer: await attempt({ headers: { authorization: "Bearer forged" } }),
      // The learner's session cookie is same-site here: the CSRF rule and the allowlist must still refuse it.
      session: await attempt(
        {
          method: "POST",
          credentials: "include",
          headers: { "content-type": "application/json" },
          body: "{}",
        },
        `${API}/auth/local/token`,
      ),
    };
  }, api.origin);
  expect(outcome).toEqual({ bearer: "TypeError", session: "TypeError" });

  for (const url of ["/api/me", "/auth/local/token"]) {
    const preflight = await preflightFrom(`${api.origin}${url}`, foreign.origin, "POST", [
      "authorization",
      "content-type",
    ]);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
  }
});
