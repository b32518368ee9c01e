import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./lib.mjs";

// A warning only React's development build carries; the production build strips every such message.
const DEV_ONLY_REACT = "Each child in a list should have a unique";

describe("npm start's web build", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "katagen-build-mode-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("builds the SPA in production mode even with NODE_ENV=development in the environment", () => {
    const result = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'const m = await import("./scripts/lib.mjs"); process.exit(await m.buildWeb());',
      ],
      { cwd: ROOT, env: { ...process.env, NODE_ENV: "development", WEB_DIST_DIR: dist }, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
    const assets = path.join(dist, "assets");
    const bundles = readdirSync(assets).filter((name) => name.endsWith(".js"));
    expect(bundles.length).toBeGreaterThan(0);
    const withDevReact = bundles.filter((name) =>
      readFileSync(path.join(assets, name), "utf8").includes(DEV_ONLY_REACT),
    );
    expect(withDevReact).toEqual([]);
  }, 180_000);
});
