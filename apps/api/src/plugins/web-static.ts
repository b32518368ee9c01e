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
      reply.header("cache-control", filePath.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
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
