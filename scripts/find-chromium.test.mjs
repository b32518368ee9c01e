// The resolver's search order and its failure message, on real temp files: fake PATH directories, fake
// Playwright caches and an empty directory to resolve @sparticuz/chromium from stand in for the machine.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findChromium, SPARTICUZ_MAJOR } from "./find-chromium.mjs";

let dir;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "find-chromium-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** An executable script at dir/relative (a stand-in browser: it is never launched here). */
function executable(relative) {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "#!/bin/sh\necho 'Chromium 1.2.3.4'\n");
  chmodSync(file, 0o755);
  return file;
}

function emptyDir(relative) {
  const target = path.join(dir, relative);
  mkdirSync(target, { recursive: true });
  return target;
}

/** A machine with nothing on it: empty PATH and cache, no system paths, no @sparticuz/chromium. */
function nothing(overrides = {}) {
  return {
    env: { PATH: emptyDir("bin"), PLAYWRIGHT_BROWSERS_PATH: emptyDir("cache") },
    platform: "linux",
    arch: "x64",
    homedir: emptyDir("home"),
    systemPaths: [],
    sparticuzFrom: emptyDir("no-packages"),
    ...overrides,
  };
}

describe("findChromium", () => {
  it("uses CHROMIUM_PATH first, even with a chromium on PATH and in the cache", async () => {
    const configured = executable("custom/my-chrome");
    executable("bin/chromium");
    executable("cache/chromium-1255/chrome-linux64/chrome");
    const options = nothing();
    const found = await findChromium({ ...options, env: { ...options.env, CHROMIUM_PATH: configured } });
    expect(found).toMatchObject({ executablePath: configured, source: "CHROMIUM_PATH", args: [], env: {} });
  });

  it("rejects a CHROMIUM_PATH that does not exist instead of falling through", async () => {
    executable("bin/chromium");
    const missing = path.join(dir, "nowhere/chrome");
    const options = nothing();
    await expect(
      findChromium({ ...options, env: { ...options.env, CHROMIUM_PATH: missing } }),
    ).rejects.toThrow(`CHROMIUM_PATH is set to ${missing}, which is not an executable file`);
  });

  it("rejects a CHROMIUM_PATH that is not executable", async () => {
    const file = path.join(dir, "not-executable");
    writeFileSync(file, "");
    const options = nothing();
    await expect(findChromium({ ...options, env: { ...options.env, CHROMIUM_PATH: file } })).rejects.toThrow(
      /CHROMIUM_PATH is set to .*not-executable, which is not an executable file/,
    );
  });

  it("finds a chromium on PATH before Playwright's cache", async () => {
    const onPath = executable("bin/chromium");
    executable("cache/chromium-1255/chrome-linux64/chrome");
    const found = await findChromium(nothing());
    expect(found).toMatchObject({ executablePath: onPath, source: `system chromium (${onPath})`, args: [] });
  });

  it("looks for every usual name on PATH, in PATH order", async () => {
    const first = executable("first/google-chrome-stable");
    executable("second/chromium");
    const options = nothing();
    const PATH = [path.join(dir, "first"), path.join(dir, "second")].join(path.delimiter);
    const found = await findChromium({ ...options, env: { ...options.env, PATH } });
    expect(found.executablePath).toBe(first);
    expect(found.source).toBe(`system google-chrome-stable (${first})`);
  });

  it("tries the usual absolute paths after PATH", async () => {
    const absolute = executable("usr/bin/chromium");
    executable("cache/chromium-1255/chrome-linux64/chrome");
    const found = await findChromium(nothing({ systemPaths: [path.join(dir, "missing"), absolute] }));
    expect(found).toMatchObject({ executablePath: absolute, source: `system chromium (${absolute})` });
  });

  it("uses PLAYWRIGHT_BROWSERS_PATH when nothing is on PATH, newest full Chromium first", async () => {
    executable("cache/chromium-1200/chrome-linux64/chrome");
    const newest = executable("cache/chromium-1255/chrome-linux64/chrome");
    executable("cache/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell");
    const found = await findChromium(nothing());
    expect(found).toMatchObject({
      executablePath: newest,
      source: `Playwright browser cache (${newest})`,
      args: [],
    });
  });

  it("uses the headless shell from the cache when there is no full Chromium (old and new layouts)", async () => {
    const shell = executable("cache/chromium_headless_shell-1169/chrome-linux/headless_shell");
    expect((await findChromium(nothing())).executablePath).toBe(shell);
  });

  it("defaults the cache to ~/.cache/ms-playwright", async () => {
    const cached = executable("home/.cache/ms-playwright/chromium-1255/chrome-linux/chrome");
    const options = nothing();
    const found = await findChromium({ ...options, env: { PATH: options.env.PATH } });
    expect(found.executablePath).toBe(cached);
  });

  it("fails with a message that names every way to get a browser when there is none", async () => {
    const error = await findChromium(nothing()).catch((caught) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/^No Chromium or Chrome found for the browser tests/);
    expect(error.message).toContain("set CHROMIUM_PATH");
    expect(error.message).toContain("sudo apt-get install chromium");
    expect(error.message).toContain("npx playwright install chromium");
    expect(error.message).toContain("`npm install`, so the @sparticuz/chromium devDependency");
    // …and where it looked.
    expect(error.message).toContain(path.join(dir, "cache"));
    expect(error.message).toContain("@sparticuz/chromium: not installed");
  });

  it("does not use @sparticuz/chromium off Linux x64", async () => {
    const error = await findChromium(nothing({ platform: "darwin", sparticuzFrom: undefined })).catch(
      (caught) => caught,
    );
    expect(error.message).toContain("@sparticuz/chromium: Linux x64 only (this is darwin x64)");
  });

  // The real package (apps/web devDependency): decompressed to the temp dir on first use, then it runs.
  it.runIf(process.platform === "linux" && process.arch === "x64")(
    `falls back to the Chromium inside @sparticuz/chromium ${SPARTICUZ_MAJOR}`,
    async () => {
      const found = await findChromium(nothing({ sparticuzFrom: undefined }));
      expect(found.source).toBe(`@sparticuz/chromium ${SPARTICUZ_MAJOR}`);
      expect(found.executablePath).toBe(path.join(tmpdir(), "chromium"));
      expect(found.args).toEqual([]);
      expect(found.version).toMatch(new RegExp(`^Chromium ${SPARTICUZ_MAJOR}\\.\\d+\\.\\d+\\.\\d+$`));
    },
    60_000,
  );
});
