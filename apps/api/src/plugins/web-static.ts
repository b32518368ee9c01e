import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../config";

/** Paths owned by the API: never answered with the SPA, so their 404s stay problem+json. */
const API_PREFIXES = [
  "/api",
  "/auth",
  "/docs",
  "/webhooks",
  "/openapi.json",
  "/healthz",
  "/readyz",
  "/.well-known",
];

const IMMUTABLE = "public, max-age=31536000, immutable";

/** The Try it yourself worker as Vite names it (apps/web/src/features/try-it/utils/create-run-worker.ts). */
export const RUN_WORKER_FILE = /^run-worker-[\w-]+\.js$/;

/**
 * The Try it yourself worker's own policy. A worker served from a URL gets its CSP from that response,
 * never from the page, so only this worker may compile WebAssembly ('wasm-unsafe-eval': QuickJS and
 * Pyodide); the page's policy stays without it. It loads its chunks and Pyodide's files from this
 * origin and nothing else. No 'unsafe-eval': neither engine needs it
 * (docs/decisions/021-try-it-yourself-in-the-browser.md). vercel.json serves the same for the static host.
 */
export const RUN_WORKER_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; base-uri 'none'";
const REVALIDATE = "no-cache";

function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function wantsHtml(request: FastifyRequest): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    /\btext\/html\b/.test(request.headers.accept ?? "")
  );
}

/**
 * Serves the built SPA (WEB_DIST_DIR) from the API's own origin when it exists. Vite puts
 * content-hashed files under /assets/, which can be cached forever; index.html must revalidate
 * so a deploy is picked up immediately.
 */
async function webStaticPlugin(app: FastifyInstance, options: { config: Config }) {
  const root = options.config.webDistDir;
  if (!fs.existsSync(path.join(root, "index.html"))) {
    app.log.debug({ root }, "no built web app; serving the API only");
    return;
  }
  const assetsDir = path.join(root, "assets") + path.sep;

  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    cacheControl: false,
    dotfiles: "ignore",
    index: ["index.html"],
    setHeaders: (reply, filePath) => {
      const asset = filePath.startsWith(assetsDir);
      reply.header("cache-control", asset ? IMMUTABLE : REVALIDATE);
      if (asset && RUN_WORKER_FILE.test(path.basename(filePath)))
        reply.header("content-security-policy", RUN_WORKER_CSP);
    },
  });

  app.setNotFoundFallback(async (request, reply) => {
    const pathname = request.url.split("?")[0] ?? "/";
    if (isApiPath(pathname) || !wantsHtml(request)) return false;
    await reply.header("cache-control", REVALIDATE).sendFile("index.html");
    return true;
  });
}

export default fp(webStaticPlugin, { name: "web-static", fastify: "5.x", dependencies: ["errors"] });
