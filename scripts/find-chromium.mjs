// Finds the Chromium the browser tests drive, with no system install needed. Plain Node, no dependencies of
// its own, so Playwright configs, specs and the root scripts can all import it. The search order (README,
// "How the browser is found"):
//   1. CHROMIUM_PATH (set but not executable is an error, never a silent fall-through);
//   2. a system Chromium or Chrome (PATH, then the usual absolute paths);
//   3. Playwright's own browser cache (PLAYWRIGHT_BROWSERS_PATH or ~/.cache/ms-playwright);
//   4. on Linux x64, the Chromium inside the @sparticuz/chromium devDependency of apps/web, decompressed
//      into the temp dir on first use (about 1.5 s).
// Nothing found is an error that names every way to get a browser: the browser tests then fail, never skip.
import { execFile } from "node:child_process";
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The package whose devDependencies hold @sparticuz/chromium: resolving from it works hoisted or not. */
export const SPARTICUZ_FROM = path.join(ROOT, "apps/web");
export const SPARTICUZ_MAJOR = 153;

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where `npx playwright install` puts browsers (Playwright's own rules, Linux and macOS). */
export function playwrightCacheDir({ env = process.env, platform = process.platform, homedir } = {}) {
  const custom = env.PLAYWRIGHT_BROWSERS_PATH?.trim();
  // "0" means node_modules/playwright-core/.local-browsers.
  if (custom === "0") return path.join(ROOT, "node_modules/playwright-core/.local-browsers");
  if (custom) return path.resolve(custom);
  const home = homedir ?? os.homedir();
  if (platform === "darwin") return path.join(home, "Library/Caches/ms-playwright");
  return path.join(env.XDG_CACHE_HOME?.trim() || path.join(home, ".cache"), "ms-playwright");
}

function listDir(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  } catch {
    return [];
  }
}

/** Full Chromium before the headless shell, newest revision first (chromium-1255/chrome-linux64/chrome, …). */
function fromPlaywrightCache(cacheDir) {
  const kinds = [
    { prefix: "chromium-", binaries: ["chrome"] },
    { prefix: "chromium_headless_shell-", binaries: ["chrome-headless-shell", "headless_shell"] },
  ];
  for (const { prefix, binaries } of kinds) {
    const revisions = listDir(cacheDir)
      .filter((entry) => entry.name.startsWith(prefix) && /^\d+$/.test(entry.name.slice(prefix.length)))
      .map((entry) => ({
        dir: path.join(cacheDir, entry.name),
        revision: Number(entry.name.slice(prefix.length)),
      }))
      .sort((a, b) => b.revision - a.revision);
    for (const { dir } of revisions) {
      for (const platformDir of listDir(dir).filter((entry) => entry.name.startsWith("chrome-"))) {
        for (const binary of binaries) {
          const file = path.join(dir, platformDir.name, binary);
          if (isExecutable(file)) return file;
        }
      }
    }
  }
  return undefined;
}

function run(file, args, options = {}) {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 20_000, ...options }, (error, stdout) =>
      resolve({ ok: !error, stdout: String(stdout ?? "").trim(), error }),
    );
  });
}

function ageMs(file) {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return undefined; // released in between
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One decompression at a time across processes (two test runs starting together share the temp dir). */
async function withLock(lockFile, fn) {
  const started = Date.now();
  for (;;) {
    try {
      const fd = openSync(lockFile, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const age = ageMs(lockFile);
    // Left by a run that was killed mid-decompression (which takes seconds, not minutes).
    if (age !== undefined && age > 5 * 60_000) rmSync(lockFile, { force: true });
    else if (Date.now() - started > 3 * 60_000) throw new Error(`timed out waiting for ${lockFile}`);
    else await sleep(250);
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/**
 * The Chromium inside @sparticuz/chromium. It decompresses to <tmpdir>/chromium (plus fonts/ and the
 * SwiftShader libraries) and reuses that file afterwards, so a file left half-written by an interrupted
 * run, or one of another version, is detected by running `--version` and decompressed again.
 * Returns undefined when the package is not installed.
 */
async function fromSparticuz(from) {
  let entry;
  try {
    entry = createRequire(path.join(from, "package.json")).resolve("@sparticuz/chromium");
  } catch {
    return undefined;
  }
  const { default: Chromium, inflate } = await import(pathToFileURL(entry).href);
  const bin = path.join(path.dirname(entry), "..", "bin");
  const target = path.join(os.tmpdir(), "chromium");

  return withLock(path.join(os.tmpdir(), "chromium.katagen-lock"), async () => {
    let executablePath;
    let probe;
    for (let attempt = 0; ; attempt++) {
      executablePath = await Chromium.executablePath(bin);
      probe = await run(executablePath, ["--version"]);
      const major = probe.stdout.match(/(\d+)\.\d+\.\d+\.\d+/)?.[1];
      if (probe.ok && Number(major) === SPARTICUZ_MAJOR) break;
      if (attempt > 0) {
        throw new Error(
          `@sparticuz/chromium: ${executablePath} does not run (${probe.error?.message ?? probe.stdout}).`,
        );
      }
      rmSync(target, { force: true });
    }

    // Debian's base image has no NSS/NSPR/expat; the package ships Amazon Linux builds of exactly those.
    const env = {};
    const ldd = await run("ldd", [executablePath]);
    if (ldd.ok && /not found/.test(ldd.stdout)) {
      const libDir = path.join(await inflate(path.join(bin, "al2023.tar.br")), "lib");
      env.LD_LIBRARY_PATH = [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":");
    }
    // Without a system fontconfig setup, use the package's own (Open Sans) so text still renders.
    if (!existsSync("/etc/fonts/fonts.conf")) env.FONTCONFIG_PATH = path.join(os.tmpdir(), "fonts");

    return { executablePath, version: probe.stdout.split("\n")[0], env };
  });
}

function notFoundMessage(looked) {
  return [
    "No Chromium or Chrome found for the browser tests. Any one of these gives one:",
    "  - set CHROMIUM_PATH to a Chromium or Chrome executable;",
    "  - install Debian's chromium: sudo apt-get install chromium (or put chromium / google-chrome on PATH);",
    "  - npx playwright install chromium, where downloads are possible;",
    "  - run `npm install`, so the @sparticuz/chromium devDependency of apps/web is present (Linux x64).",
    "Looked at:",
    ...looked.map((line) => `  - ${line}`),
  ].join("\n");
}

/**
 * @param {object} [options] for tests; each defaults to the real one
 * @param {NodeJS.ProcessEnv} [options.env]
 * @param {NodeJS.Platform} [options.platform]
 * @param {string} [options.arch]
 * @param {string} [options.homedir] base of the default Playwright cache
 * @param {string[]} [options.systemPaths] absolute paths tried after PATH
 * @param {string} [options.sparticuzFrom] directory @sparticuz/chromium is resolved from
 * @returns {Promise<{ executablePath: string, source: string, args: string[], env: Record<string, string>, version?: string }>}
 *   `args` are the extra launch arguments that source needs, `env` extra environment variables for the
 *   browser process (both often empty); `version` is filled in where it was known for free.
 */
export async function findChromium(options = {}) {
  const {
    env = process.env,
    platform = process.platform,
    arch = process.arch,
    homedir,
    systemPaths = SYSTEM_PATHS,
    sparticuzFrom = SPARTICUZ_FROM,
  } = options;
  const found = (executablePath, source, extra = {}) => ({
    executablePath,
    source,
    args: [],
    env: {},
    ...extra,
  });

  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!isExecutable(configured)) {
      throw new Error(
        `CHROMIUM_PATH is set to ${configured}, which is not an executable file. ` +
          "Point it at a Chromium or Chrome binary, or unset it to let the tests find one.",
      );
    }
    return found(configured, "CHROMIUM_PATH");
  }

  const looked = [];
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of SYSTEM_NAMES) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return found(file, `system ${name} (${file})`);
    }
  }
  looked.push(`PATH (${SYSTEM_NAMES.join(", ")}): none`);
  for (const file of systemPaths) {
    if (isExecutable(file)) return found(file, `system chromium (${file})`);
  }
  if (systemPaths.length > 0) looked.push(`${systemPaths.join(", ")}: none`);

  const cacheDir = playwrightCacheDir({ env, platform, homedir });
  const cached = fromPlaywrightCache(cacheDir);
  if (cached) return found(cached, `Playwright browser cache (${cached})`);
  looked.push(`Playwright browser cache ${cacheDir}: no chromium-*/ or chromium_headless_shell-*/`);

  if (platform === "linux" && arch === "x64") {
    const sparticuz = await fromSparticuz(sparticuzFrom);
    if (sparticuz) {
      const { executablePath, version, env: browserEnv } = sparticuz;
      return found(executablePath, `@sparticuz/chromium ${SPARTICUZ_MAJOR}`, { env: browserEnv, version });
    }
    looked.push(`@sparticuz/chromium: not installed (resolved from ${sparticuzFrom})`);
  } else {
    looked.push(`@sparticuz/chromium: Linux x64 only (this is ${platform} ${arch})`);
  }

  throw new Error(notFoundMessage(looked));
}

/** "Chromium 153.0.8010.0" from `--version`, or undefined where the binary does not say. */
export async function chromiumVersion(executablePath) {
  const { ok, stdout } = await run(executablePath, ["--version"], { timeout: 10_000 });
  return ok && stdout ? stdout.split("\n")[0] : undefined;
}
