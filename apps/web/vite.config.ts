import { createReadStream, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { cspDirectives, serializeCsp } from "./src/config/content-security-policy.ts";
import { parseEnv } from "./src/config/env-schema.ts";

const apiTarget = process.env.KATAGEN_DEV_API ?? "http://127.0.0.1:3000";

// Everything the API owns (whole segments only, so an SPA route like /authors is not swallowed by /auth);
// the SPA handles every other path.
const apiPaths = [
  "^/(?:api|auth|webhooks|docs|\\.well-known)(?:[/?].*)?$",
  "^/(?:healthz|readyz|openapi\\.json)(?:\\?.*)?$",
];

/**
 * Builds only: the Content-Security-Policy as a <meta> tag, computed from the VITE_ variables this build
 * bakes in (ADR 012), so a static host needs no per-deployment header. It goes right after <meta charset>,
 * ahead of every script, because a meta policy only governs what follows it. The dev server is left
 * alone (its HMR client is inline). A bad variable fails the build here rather than in the browser.
 */
function contentSecurityPolicyMeta(): Plugin {
  let policy = "";
  return {
    name: "katagen:csp-meta",
    apply: "build",
    configResolved(config) {
      policy = serializeCsp(cspDirectives(parseEnv(config.env)));
    },
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html))
        throw new Error("index.html has no <meta charset>; the CSP meta goes after it");
      return html.replace(
        charset,
        (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

/** Pyodide's files that loadPyodide fetches from its indexURL (no packages: the sandbox loads none). */
const PYODIDE_FILES = [
  "pyodide.mjs",
  "pyodide.asm.js",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];
const pyodideDir = path.dirname(createRequire(import.meta.url).resolve("pyodide/pyodide.mjs"));
const pyodideVersion = (
  JSON.parse(readFileSync(path.join(pyodideDir, "package.json"), "utf8")) as { version: string }
).version;
/** Under /assets/ (cached forever on both hosts), so the folder is named by version, as a hash would. */
const pyodideBase = `assets/pyodide-${pyodideVersion}/`;

/**
 * Pyodide from the app's own origin, never a CDN (issue 14): its runtime files are copied into the build
 * at assets/pyodide-<version>/, and the dev server serves them from node_modules at the same path. The
 * Try it yourself worker points loadPyodide's indexURL there and fetches them only when Python runs.
 */
function pyodideAssets(): Plugin {
  const types: Record<string, string> = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".json": "application/json",
  };
  return {
    name: "katagen:pyodide-assets",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = (req.url ?? "").split("?")[0]!.replace(`/${pyodideBase}`, "");
        if (!(req.url ?? "").startsWith(`/${pyodideBase}`) || !PYODIDE_FILES.includes(file)) return next();
        res.setHeader("content-type", types[path.extname(file)] ?? "application/octet-stream");
        createReadStream(path.join(pyodideDir, file)).pipe(res);
      });
    },
    generateBundle() {
      for (const file of PYODIDE_FILES) {
        this.emitFile({
          type: "asset",
          fileName: pyodideBase + file,
          source: readFileSync(path.join(pyodideDir, file)),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicyMeta(), pyodideAssets()],
  // As an import.meta.env key, so the dev server gives it to the worker too (a bare global it does not).
  define: { "import.meta.env.PYODIDE_VERSION": JSON.stringify(pyodideVersion) },
  // The Try it yourself worker loads its runtimes with import(): code-splitting needs ES-module workers.
  worker: { format: "es" },
  // One .env at the repo root serves the API and the SPA; only VITE_ variables reach the bundle.
  envDir: process.env.KATAGEN_SKIP_DOTENV === "1" ? false : fileURLToPath(new URL("../..", import.meta.url)),
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  preview: { host: "127.0.0.1", port: 4173 },
  build: {
    sourcemap: true,
    // scripts/deploy/vercel-static.mjs builds with vercel.json's own command into a directory of its own,
    // so a test build never replaces the dist a running `npm start` serves.
    ...(process.env.KATAGEN_WEB_OUT_DIR && { outDir: process.env.KATAGEN_WEB_OUT_DIR, emptyOutDir: true }),
  },
});
