// The repository's own vercel.json, applied by the local server to a small stand-in build on real HTTP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readVercelConfig, serveVercelOutput, vercelRoutes } from "./vercel-static.mjs";

let dir;
let server;
const get = (pathname, init) => fetch(`${server.origin}${pathname}`, init);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "vercel-static-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>spa</title>");
  writeFileSync(path.join(dir, "assets/index-Abc123.js"), "console.log(1)");
  writeFileSync(path.join(dir, "assets/run-worker-Dx_9a-Z.js"), "self.onmessage = null");
  writeFileSync(path.join(dir, "theme-init.js"), "void 0");
  server = await serveVercelOutput({ root: dir, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("vercel.json served locally", () => {
  it("serves hashed assets as immutable for a year", async () => {
    const response = await get("/assets/index-Abc123.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe("console.log(1)");
  });

  it("serves index.html, at / and by name, with no-cache", async () => {
    for (const pathname of ["/", "/index.html"]) {
      const response = await get(pathname);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("<title>spa</title>");
    }
  });

  it("rewrites a deep SPA route, query and all, to index.html with no-cache", async () => {
    const response = await get("/challenges/abc/history?status=unanswered");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain("<title>spa</title>");
  });

  it("answers 404 for a missing hashed asset rather than index.html (a stale chunk must fail loudly)", async () => {
    const response = await get("/assets/index-Gone999.js");
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("<title>spa</title>");
  });

  it("serves unhashed public files with no-cache, not immutable", async () => {
    const response = await get("/theme-init.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  it("sends the security headers on every response, 404s included", async () => {
    for (const pathname of ["/", "/practice", "/assets/index-Abc123.js", "/assets/missing.js"]) {
      const headers = (await get(pathname)).headers;
      expect(headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("permissions-policy")).toMatch(/camera=\(\)/);
      expect(headers.get("cross-origin-opener-policy")).toBe("same-origin-allow-popups");
      expect(headers.get("content-security-policy")).toBe(
        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
      );
    }
  });

  it("keeps the header CSP off connect-src, script-src and default-src (the build's meta tag owns them)", () => {
    const csp = readVercelConfig()
      .headers.find((rule) => rule.source === "/(.*)")
      .headers.find((header) => header.key.toLowerCase() === "content-security-policy").value;
    expect(csp).not.toMatch(/default-src|script-src|connect-src/);
  });

  it("gives only the Try it yourself worker a policy of its own, the one that allows WebAssembly", async () => {
    // A worker takes its CSP from its own response, not the page's meta tag (ADR 021).
    expect((await get("/assets/run-worker-Dx_9a-Z.js")).headers.get("content-security-policy")).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; base-uri 'none'",
    );
    for (const pathname of ["/", "/assets/index-Abc123.js", "/assets/run-worker-Dx_9a-Z.js.map"]) {
      expect((await get(pathname)).headers.get("content-security-policy"), pathname).not.toMatch(/wasm/);
    }
  });

  it("does not let a path escape the output directory", async () => {
    const response = await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>spa</title>");
  });

  it("refuses vercel.json features it does not implement instead of serving something else", () => {
    const base = readVercelConfig();
    expect(() => vercelRoutes({ ...base, redirects: [{ source: "/a", destination: "/b" }] })).toThrow(
      /does not implement/,
    );
    expect(() =>
      vercelRoutes({
        ...base,
        rewrites: [{ source: "/x", destination: "/index.html", has: [{ type: "query", key: "q" }] }],
      }),
    ).toThrow(/does not implement/);
  });
});
