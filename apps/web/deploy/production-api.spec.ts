/**
 * The production topology on one machine: the API exactly as render.yaml deploys it (its own build,
 * pre-deploy and start commands in a clean copy, NODE_ENV=production, Clerk sign-in against a local
 * HTTPS issuer, every instance of numInstances), and the SPA from vercel.json's own build command,
 * served with vercel.json's rewrites and headers from another origin. Chromium then calls the API
 * across origins the way the deployed SPA does.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { Webhook } from "svix";
import { deployApi, type DeployedApi } from "../../../scripts/deploy/deploy-api.mjs";
import { buildVercel, serveVercelOutput } from "../../../scripts/deploy/vercel-static.mjs";
import { freePort, preflight, startForeignOrigin } from "./support/loopback";

test.describe.configure({ mode: "serial" });

/** Records CSP violations and console errors from the first script on every page. */
async function watchPage(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return {
    problems,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? ([] as string[])),
  };
}

let workDir: string;
let deployed: DeployedApi;
let spa: { origin: string; close(): Promise<void> };
let foreign: { origin: string; close(): Promise<unknown> };
const rss: Record<string, number | undefined> = {};

test.beforeAll(async () => {
  // The blueprint's npm ci, offline from npm's cache, compiles better-sqlite3: about a minute.
  test.setTimeout(600_000);
  workDir = mkdtempSync(path.join(tmpdir(), "katagen-deploy-"));
  const apiPort = await freePort();
  const spaPort = await freePort();
  const spaOrigin = `http://127.0.0.1:${spaPort}`;
  foreign = await startForeignOrigin();

  const apiOrigin = `http://127.0.0.1:${apiPort}`;
  const [output, api] = await Promise.all([
    buildVercel({ env: { VITE_API_URL: apiOrigin }, outDir: path.join(workDir, "vercel-output") }),
    deployApi({ workDir, port: apiPort, spaOrigins: [spaOrigin] }),
  ]);
  deployed = api;
  spa = await serveVercelOutput({ root: output, port: spaPort, host: "127.0.0.1" });
  rss.ready = deployed.instances[0]!.rssBytes();
  // Idle means the engine's background warm-up (Pyodide, the TypeScript compiler) has settled.
  let last = rss.ready ?? 0;
  for (let stable = 0, waited = 0; stable < 3 && waited < 40; waited += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = deployed.instances[0]!.rssBytes() ?? 0;
    stable = Math.abs(now - last) < 2 * 2 ** 20 ? stable + 1 : 0;
    last = now;
  }
  rss.idle = last;
});

test.afterAll(async () => {
  rss.after = deployed?.instances[0]?.rssBytes();
  const mib = (bytes?: number) => (bytes === undefined ? "n/a" : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
  // The figures the deploy note reports (the API must fit a 512 MB instance).
  console.log(
    `deploy: build ${deployed?.buildSeconds.toFixed(0)} s, database ${deployed?.database}, ` +
      `RSS of the first instance: at ready ${mib(rss.ready)}, idle and warm ${mib(rss.idle)}, ` +
      `after the tests ${mib(rss.after)}`,
  );
  const stopped = await deployed?.stop();
  await spa?.close();
  await foreign?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  // Render stops an instance with SIGTERM; each must drain and exit 0.
  expect(stopped).toEqual(deployed.instances.map(() => ({ code: 0, signal: null })));
});

test("render.yaml's commands build, migrate before serving, and start numInstances ready instances", async () => {
  expect(deployed.blueprint.numInstances ?? 1).toBeGreaterThanOrEqual(2);
  expect(deployed.instances).toHaveLength(deployed.blueprint.numInstances!);
  expect(deployed.preDeploy.ran).toBe(true);
  expect(deployed.preDeploy.output).toMatch(/applied 0001_initial/);
  for (const instance of deployed.instances) {
    const ready = await fetch(`${instance.origin}${deployed.blueprint.healthCheckPath}`);
    expect(ready.status).toBe(200);
    // The start-up migrate step finds nothing left to do: the pre-deploy command did it.
    expect(instance.logs()).not.toMatch(/applied 0001_initial/);
  }
});

test("production sends HSTS, refuses local sign-in and accepts only Clerk tokens", async () => {
  const api = deployed.origin;
  const health = await fetch(`${api}/healthz`);
  expect(health.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);

  const signIn = await fetch(`${api}/auth/local/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: spa.origin },
    body: JSON.stringify({ name: "Mallory", email: "mallory@example.com" }),
  });
  expect(signIn.status).toBe(404);
  expect(signIn.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect((await fetch(`${api}/.well-known/jwks.json`)).status).toBe(404);

  expect((await fetch(`${api}/api/me`)).status).toBe(401);
  const token = await deployed.issuer.mintToken({ sub: "user_2deployCheck", azp: spa.origin });
  const me = await fetch(`${api}/api/me`, { headers: { authorization: `Bearer ${token}` } });
  expect(me.status).toBe(200);
  expect(await me.json()).toMatchObject({ id: "user_2deployCheck" });
});

test("a Svix-signed user.created webhook delivered to both instances is acknowledged by each and creates the user once", async () => {
  const id = `user_2webhook${Date.now()}`;
  const payload = JSON.stringify({
    type: "user.created",
    object: "event",
    data: {
      id,
      object: "user",
      first_name: "Ada",
      last_name: "Lovelace",
      primary_email_address_id: "idn_1",
      email_addresses: [{ id: "idn_1", email_address: "ada@example.com", object: "email_address" }],
      created_at: Date.now(),
      updated_at: Date.now(),
    },
  });
  const msgId = `msg_${Date.now()}`;
  const webhook = new Webhook(deployed.webhookSecret);
  const statuses = await Promise.all(
    deployed.instances.map(async (instance) => {
      const timestamp = new Date();
      const response = await fetch(`${instance.origin}/webhooks/clerk`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "svix-id": msgId,
          "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
          "svix-signature": webhook.sign(msgId, timestamp, payload),
        },
        body: payload,
      });
      return response.status;
    }),
  );
  expect(statuses.every((status) => status >= 200 && status < 300)).toBe(true);

  const token = await deployed.issuer.mintToken({ sub: id, azp: spa.origin });
  const me = await fetch(`${deployed.instances[1]!.origin}/api/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(await me.json()).toMatchObject({ id, email: "ada@example.com", name: "Ada Lovelace" });
});

test("the SPA from vercel.json loads on its own origin with its headers and no CSP violation", async ({
  page,
}) => {
  const watch = await watchPage(page);
  const response = await page.goto(`${spa.origin}/history?status=unanswered`);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["cache-control"]).toBe("no-cache");
  expect(headers["strict-transport-security"]).toMatch(/max-age=/);
  expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toContain(`connect-src 'self' ${deployed.origin}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await watch.cspViolations()).toEqual([]);

  // The hashed bundle (theme-init.js in public/ is not hashed, so it is revalidated like HTML).
  const asset = await page.evaluate(
    () => document.querySelector<HTMLScriptElement>('script[type="module"][src*="/assets/"]')?.src,
  );
  const assetResponse = await fetch(asset!);
  expect(assetResponse.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
});

test("from the SPA's origin, Chromium's preflight for Authorization and Idempotency-Key passes, and 429s across both instances expose Retry-After and RateLimit", async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.goto(`${spa.origin}/`);
  const user = `user_2rate${Date.now()}`;
  const tokens = await Promise.all(
    Array.from({ length: 14 }, () => deployed.issuer.mintToken({ sub: user, azp: spa.origin })),
  );
  const limit = Number(deployed.blueprint.env.RATE_LIMIT_GENERATE_PER_MINUTE);
  const before = deployed.balancer.counts();
  // The balancer hands the requests to the instances in turn: the per-minute limit is kept in the
  // database, so it holds across them.
  const results = await page.evaluate(
    async ({ api, tokens }) =>
      Promise.all(
        tokens.map(async (token) => {
          const response = await fetch(`${api}/api/generate-challenge`, {
            method: "POST",
            headers: {
              authorization: `Bearer ${token}`,
              "content-type": "application/json",
              "idempotency-key": crypto.randomUUID(),
            },
            body: JSON.stringify({ difficulty: "easy", language: "javascript" }),
          });
          return {
            status: response.status,
            retryAfter: response.headers.get("Retry-After"),
            rateLimit: response.headers.get("RateLimit"),
          };
        }),
      ),
    { api: deployed.origin, tokens },
  );
  const served = deployed.balancer.counts().map((count, i) => count - before[i]!);
  // Every instance answered a share (a preflight may be cached, so the split is not exactly even).
  expect(served.every((count) => count >= 3)).toBe(true);
  const created = results.filter((r) => r.status === 201);
  const limited = results.filter((r) => r.status === 429);
  expect(created).toHaveLength(limit);
  expect(limited).toHaveLength(tokens.length - limit);
  for (const r of limited) {
    expect(Number(r.retryAfter)).toBeGreaterThan(0);
    expect(r.rateLimit).toMatch(/\S/);
  }
  expect(await watch.cspViolations()).toEqual([]);
});

test("a page on a foreign origin cannot call the API, and the preflight names no origin for it", async ({
  page,
}) => {
  const api = deployed.origin;
  await page.goto(foreign.origin);
  const token = await deployed.issuer.mintToken({ sub: "user_2foreign", azp: foreign.origin });
  const outcome = await page.evaluate(
    async ({ api, token }) => {
      try {
        const response = await fetch(`${api}/api/quota`, { headers: { authorization: `Bearer ${token}` } });
        return `status ${response.status}`;
      } catch (error) {
        return (error as Error).name;
      }
    },
    { api, token },
  );
  expect(outcome).toBe("TypeError");

  const refused = await preflight(`${api}/api/quota`, foreign.origin, "GET", ["authorization"]);
  expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  const allowed = await preflight(`${api}/api/generate-challenge`, spa.origin, "POST", [
    "authorization",
    "content-type",
    "idempotency-key",
  ]);
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get("access-control-allow-origin")).toBe(spa.origin);
  expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("idempotency-key");
});
