// vercel.json on this machine: its own buildCommand, and a static server for its outputDirectory that
// applies its rewrites and headers the way Vercel does. The routes come from @vercel/routing-utils'
// getTransformedRoutes, Vercel's own vercel.json → routes conversion (path-to-regexp 6 patterns), and are
// run with the Build Output API's order:
//   1. header routes (`continue: true`), matched on the path the browser asked for, later ones winning
//      for the same header;
//   2. `handle: filesystem`: a file at that path is served;
//   3. rewrites (`check: true`): the destination is looked up in the filesystem again;
//   4. nothing matched: 404.
// Anything vercel.json might grow that this runner does not implement (redirects, has/missing, cleanUrls,
// trailingSlash, external destinations…) is an error, never a silent difference from production.
import { spawn } from "node:child_process";
import { createReadStream, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getTransformedRoutes } from "@vercel/routing-utils";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const VERCEL_JSON = path.join(ROOT, "vercel.json");

const SUPPORTED_KEYS = new Set([
  "$schema",
  "framework",
  "installCommand",
  "buildCommand",
  "outputDirectory",
  "rewrites",
  "headers",
]);

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** The repository's vercel.json, read from the file every time (never a copy of its contents). */
export function readVercelConfig(file = VERCEL_JSON) {
  const config = JSON.parse(readFileSync(file, "utf8"));
  const unsupported = Object.keys(config).filter((key) => !SUPPORTED_KEYS.has(key));
  if (unsupported.length > 0) {
    throw new Error(`vercel-static.mjs does not implement vercel.json's ${unsupported.join(", ")}`);
  }
  return config;
}

/** Vercel's routes for a vercel.json: header routes, then the filesystem, then rewrites. */
export function vercelRoutes(config) {
  const { routes, error } = getTransformedRoutes(config);
  if (error) throw new Error(`vercel.json is invalid: ${error.message ?? JSON.stringify(error)}`);
  for (const route of routes) {
    if ("handle" in route) {
      if (route.handle !== "filesystem") throw new Error(`unsupported route phase ${route.handle}`);
      continue;
    }
    const extra = Object.keys(route).filter(
      (key) => !["src", "headers", "continue", "dest", "check"].includes(key),
    );
    if (extra.length > 0 || (route.dest !== undefined && !route.dest.startsWith("/"))) {
      throw new Error(`vercel-static.mjs does not implement the route ${JSON.stringify(route)}`);
    }
  }
  return routes;
}

/** `$1`, `$name` in a destination, from the source's match (Vercel's substitution). */
function substitute(dest, match) {
  return dest.replace(/\$(\d+|[A-Za-z_]\w*)/g, (_all, key) => {
    const value = /^\d+$/.test(key) ? match[Number(key)] : match.groups?.[key];
    return value ?? "";
  });
}

async function findFile(dir, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // Directory index: "/" (and "/docs/") serve index.html, like Vercel.
  const relative = decoded.endsWith("/") ? `${decoded}index.html` : decoded;
  const file = path.resolve(dir, `.${relative}`);
  if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
  try {
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `root` (default: vercel.json's outputDirectory) with vercel.json's rewrites and headers.
 * Resolves with the origin once listening (port 0 picks a free one) and close().
 */
export async function serveVercelOutput({
  root,
  port = 0,
  host = "127.0.0.1",
  config = readVercelConfig(),
} = {}) {
  const dir = path.resolve(root ?? path.join(ROOT, config.outputDirectory));
  const routes = vercelRoutes(config);
  const filesystemAt = routes.findIndex((route) => route.handle === "filesystem");
  const headerRoutes = routes.slice(0, filesystemAt);
  const rewriteRoutes = routes.slice(filesystemAt + 1);

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      const headers = {};
      for (const route of headerRoutes) {
        if (new RegExp(route.src).test(url.pathname)) Object.assign(headers, route.headers);
      }
      let found = await findFile(dir, url.pathname);
      for (const route of rewriteRoutes) {
        if (found) break;
        const match = new RegExp(route.src).exec(url.pathname);
        if (!match) continue;
        found = await findFile(dir, new URL(substitute(route.dest, match), "http://localhost").pathname);
      }
      const send = (status, type, length) => {
        response.writeHead(status, { ...headers, "content-type": type, "content-length": length });
      };
      if (request.method !== "GET" && request.method !== "HEAD") {
        send(405, "text/plain; charset=utf-8", 18);
        response.end("Method Not Allowed");
        return;
      }
      if (!found) {
        send(404, "text/plain; charset=utf-8", 9);
        response.end(request.method === "HEAD" ? undefined : "Not Found");
        return;
      }
      const type = CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? "application/octet-stream";
      send(200, type, found.size);
      if (request.method === "HEAD") response.end();
      else createReadStream(found.file).pipe(response);
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Runs vercel.json's buildCommand through a shell in the repository, as Vercel does, with `env` on top of
 * a hermetic environment: no VITE_ variable and no .env from the developer's machine reach the bundle.
 * `outDir` builds elsewhere than outputDirectory (KATAGEN_WEB_OUT_DIR, read by apps/web/vite.config.ts)
 * so a test build never replaces the dist a running `npm start` serves. Resolves with the output dir.
 */
export async function buildVercel({
  env = {},
  outDir,
  config = readVercelConfig(),
  log = process.stderr,
} = {}) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITE_")));
  const childEnv = {
    ...base,
    KATAGEN_SKIP_DOTENV: "1",
    ...(outDir && { KATAGEN_WEB_OUT_DIR: path.resolve(outDir) }),
    ...env,
  };
  const output = [];
  const code = await new Promise((resolve, reject) => {
    const child = spawn(config.buildCommand, {
      cwd: ROOT,
      env: childEnv,
      shell: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("error", reject);
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? signal));
  });
  if (code !== 0) {
    log.write(Buffer.concat(output));
    throw new Error(`vercel.json's buildCommand (${config.buildCommand}) failed: ${code}`);
  }
  return outDir ? path.resolve(outDir) : path.join(ROOT, config.outputDirectory);
}
