#!/usr/bin/env node
// `npm run lint:openapi`, and the "openapi" runner of `npm test`: the API's OpenAPI document, as each
// deployment shape serves it (local sign-in with and without a webhook secret, Clerk mode), must pass
// `redocly lint` with its `recommended` rules at 0 errors and 0 warnings (issue 13). Each document is
// printed by apps/api/src/openapi-cli.ts from a configuration, without a database or a port.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bin, ROOT } from "./lib.mjs";

// Syntactically valid values; nothing is contacted.
const WEBHOOK_SECRET = `whsec_${Buffer.alloc(24, 7).toString("base64")}`;
const SHAPES = {
  "local sign-in": { NODE_ENV: "development" },
  "local sign-in with a webhook secret": {
    NODE_ENV: "development",
    CLERK_WEBHOOK_SIGNING_SECRET: WEBHOOK_SECRET,
  },
  "Clerk (production)": {
    NODE_ENV: "production",
    DATABASE_URL: "sqlite:{work}/katagen.db",
    PUBLIC_URL: "https://api.katagen.test",
    CLERK_ISSUER: "https://clerk.katagen.test",
    CLERK_JWKS_URL: "https://clerk.katagen.test/.well-known/jwks.json",
    CLERK_AUTHORIZED_PARTIES: "https://katagen.test",
    CLERK_WEBHOOK_SIGNING_SECRET: WEBHOOK_SECRET,
  },
};

const work = mkdtempSync(path.join(tmpdir(), "katagen-openapi-"));
let failed = 0;
try {
  for (const [shape, extra] of Object.entries(SHAPES)) {
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      KATAGEN_SKIP_DOTENV: "1",
      LOG_LEVEL: "silent",
      DATA_DIR: path.join(work, "data"),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, v.replace("{work}", work)])),
    };
    const printed = spawnSync(
      process.execPath,
      [bin("tsx", "dist/cli.mjs"), path.join(ROOT, "apps/api/src/openapi-cli.ts")],
      { env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    if (printed.status !== 0) {
      process.stdout.write(`✗ ${shape}: could not print the document\n${printed.stderr}\n`);
      failed++;
      continue;
    }
    const file = path.join(work, `${shape.replace(/\W+/g, "-")}.json`);
    writeFileSync(file, printed.stdout);
    const lint = spawnSync(
      process.execPath,
      [bin("@redocly/cli", "bin/cli.js"), "lint", "--extends", "recommended", "--format", "json", file],
      {
        encoding: "utf8",
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    let report;
    try {
      report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf("{")));
    } catch {
      process.stdout.write(`✗ ${shape}: redocly printed no report (exit ${lint.status})\n${lint.stderr}\n`);
      failed++;
      continue;
    }
    const { errors = 0, warnings = 0 } = report.totals ?? {};
    const ok = errors === 0 && warnings === 0;
    if (!ok) failed++;
    process.stdout.write(`${ok ? "✓" : "✗"} ${shape}: ${errors} errors, ${warnings} warnings\n`);
    for (const problem of report.problems ?? [])
      process.stdout.write(
        `    ${problem.severity} ${problem.ruleId}: ${problem.message} (${problem.location?.[0]?.pointer ?? ""})\n`,
      );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);
