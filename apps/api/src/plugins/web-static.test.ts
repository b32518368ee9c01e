import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../testing/test-app";

const INDEX =
  "<!doctype html><html><body><div id=root></div><script type=module src=/assets/app-abc123.js></script></body></html>";
const HTML = { accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

let dist: string;
let t: TestApp;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-dist-"));
  fs.mkdirSync(path.join(dist, "assets"));
  fs.writeFileSync(path.join(dist, "index.html"), INDEX);
  fs.writeFileSync(path.join(dist, "assets", "app-abc123.js"), "console.log('app')");
  fs.writeFileSync(path.join(dist, "assets", "run-worker-Dx_9a-Z.js"), "self.onmessage = null;");
  fs.writeFileSync(path.join(dist, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  t = await buildTestApp({ env: { WEB_DIST_DIR: dist } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe("serving the built SPA", () => {
  it("GET / serves index.html that must revalidate", async () => {
    const response = await t.app.inject({ method: "GET", url: "/", headers: HTML });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.body).toBe(INDEX);
  });

  it("hashed files under /assets/ are cached for a year, immutable", async () => {
    const response = await t.app.inject({ method: "GET", url: "/assets/app-abc123.js" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.body).toBe("console.log('app')");
  });

  it("only the Try it yourself worker gets the policy that lets it compile WebAssembly", async () => {
    const worker = await t.app.inject({ method: "GET", url: "/assets/run-worker-Dx_9a-Z.js" });
    expect(worker.statusCode).toBe(200);
    expect(worker.headers["content-security-policy"]).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; base-uri 'none'",
    );
    expect(worker.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    for (const url of ["/assets/app-abc123.js", "/"]) {
      const response = await t.app.inject({ method: "GET", url, headers: HTML });
      expect(response.headers["content-security-policy"], url).toMatch(/script-src 'self'/);
      expect(response.headers["content-security-policy"], url).not.toMatch(/wasm-unsafe-eval|unsafe-eval/);
    }
  });

  it("other files are served but revalidated", async () => {
    const response = await t.app.inject({ method: "GET", url: "/favicon.svg" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it("a client-side route that accepts HTML falls back to index.html", async () => {
    for (const url of ["/history", "/challenges/0192-abc?tab=answer", "/deep/nested/route"]) {
      const response = await t.app.inject({ method: "GET", url, headers: HTML });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.body).toBe(INDEX);
    }
  });

  it("unknown /api, /docs and /webhooks paths stay problem+json 404s even for browsers", async () => {
    for (const url of ["/api/nope", "/api", "/docs/nope.html", "/webhooks/unknown"]) {
      const response = await t.app.inject({ method: "GET", url, headers: HTML });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
  });

  it("a missing asset or a non-HTML request gets a 404, not the SPA", async () => {
    const asset = await t.app.inject({
      method: "GET",
      url: "/assets/missing-123.js",
      headers: { accept: "*/*" },
    });
    expect(asset.statusCode).toBe(404);
    expect(asset.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const json = await t.app.inject({
      method: "GET",
      url: "/history",
      headers: { accept: "application/json" },
    });
    expect(json.statusCode).toBe(404);
  });

  it("a POST to a client-side route is a 404, not the SPA", async () => {
    const response = await t.app.inject({ method: "POST", url: "/history", headers: HTML, payload: {} });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });

  it("does not serve files outside the dist directory", async () => {
    const response = await t.app.inject({ method: "GET", url: "/../../etc/passwd" });
    expect(response.body).not.toMatch(/root:/);
    const encoded = await t.app.inject({ method: "GET", url: "/%2e%2e/%2e%2e/etc/passwd" });
    expect(encoded.body).not.toMatch(/root:/);
  });
});

describe("without a built SPA", () => {
  it("browsers get a problem+json 404 for client routes", async () => {
    const bare = await buildTestApp();
    try {
      const response = await bare.app.inject({ method: "GET", url: "/history", headers: HTML });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    } finally {
      await bare.close();
    }
  });
});
