// Shared helpers for the root scripts: plain Node, no dependencies, so they work right after `npm install`.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WEB_DIR = path.join(ROOT, "apps/web");
/** Same variable and default as the API's config, so the build lands where the server looks for it. */
export const WEB_DIST = path.resolve(ROOT, process.env.WEB_DIST_DIR?.trim() || "apps/web/dist");

/** Runs a package's CLI with the current node, so no shell and no PATH lookup is involved. */
export function bin(pkg, relative) {
  return path.join(ROOT, "node_modules", pkg, relative);
}

/** Newest modification time under a path (files and directories, so deletions count too). */
export function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Everything that ends up in the SPA bundle; if any of it is newer than dist, dist is stale. */
export const WEB_INPUTS = [
  path.join(WEB_DIR, "src"),
  path.join(WEB_DIR, "public"),
  path.join(WEB_DIR, "index.html"),
  path.join(WEB_DIR, "vite.config.ts"),
  path.join(ROOT, "packages/contract/src"),
];

/**
 * Loads the repo-root .env into process.env (variables already set win), unless KATAGEN_SKIP_DOTENV=1:
 * the browser tests set that so a developer's .env (Clerk keys, a Postgres URL) never leaks into them.
 */
export function loadDotEnv() {
  const file = path.join(ROOT, ".env");
  if (process.env.KATAGEN_SKIP_DOTENV === "1" || !existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}

/** VITE_ variables are baked into the bundle, so a build made with other values is stale too. */
function viteEnv() {
  return Object.fromEntries(
    Object.entries(process.env)
      .filter(([key]) => key.startsWith("VITE_"))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const BUILD_STAMP = path.join(WEB_DIST, ".katagen-build.json");

export function webBuildReason() {
  const indexHtml = path.join(WEB_DIST, "index.html");
  if (!existsSync(indexHtml)) return `${path.relative(ROOT, WEB_DIST) || WEB_DIST} is missing`;
  const built = statSync(indexHtml).mtimeMs;
  for (const input of WEB_INPUTS) {
    if (newestMtime(input) > built) return `${path.relative(ROOT, input)} changed since the last build`;
  }
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(BUILD_STAMP, "utf8"));
  } catch {
    return "the last build was not made by npm start";
  }
  if (JSON.stringify(stamp.viteEnv) !== JSON.stringify(viteEnv())) return "VITE_ variables changed";
  if (stamp.mode !== "production") return "the last build was not a production build";
  return null;
}

/** Spawns a child with inherited stdio and resolves with its exit code (signals map to 128+n). */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: ROOT, ...options });
    child.on("error", (error) => {
      process.stderr.write(`Could not start ${command}: ${error.message}\n`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? 128 + signalNumber(signal)));
  });
}

export function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 1;
}

export async function buildWeb() {
  const env = viteEnv();
  const code = await run(
    process.execPath,
    [
      bin("vite", "bin/vite.js"),
      "build",
      "--mode",
      "production",
      "--logLevel",
      "warn",
      "--outDir",
      WEB_DIST,
      "--emptyOutDir",
    ],
    // Always production: Vite keeps a NODE_ENV it inherits, and NODE_ENV=development in a developer's
    // shell would otherwise bundle React's development build (larger, with dev-only warnings; issue 12).
    { cwd: WEB_DIR, env: { ...process.env, NODE_ENV: "production" } },
  );
  // The stamp is a dotfile, which the API's static plugin never serves.
  if (code === 0)
    writeFileSync(BUILD_STAMP, `${JSON.stringify({ viteEnv: env, mode: "production" }, null, 2)}\n`);
  return code;
}
