import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, type Config } from "../config";

/**
 * The config of an in-process test app: NODE_ENV=test, a fresh temp DATA_DIR (`config.dataDir`, the
 * caller removes it) unless `env` names one, and no built SPA, then `env` on top.
 */
export function testConfig(prefix: string, env: Record<string, string | undefined> = {}): Config {
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), `katagen-${prefix}-`));
  return loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    WEB_DIST_DIR: path.join(dataDir, "no-web-dist"),
    ...env,
  });
}
