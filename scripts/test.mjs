#!/usr/bin/env node
// `npm test`: every check the project has, in order — typecheck, lint, format, secrets, cycles, openapi (redocly lint), vitest (all workspaces),
// then the Playwright suite in a real browser. It keeps going after a failure so every runner reports, and ends with one
// line, `N passed, N failed`, summed over all runners (typecheck, lint, format, secrets, cycles and openapi count as one test each).
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { findChromium } from "./find-chromium.mjs";
import { bin, ROOT, run, WEB_DIR } from "./lib.mjs";

const REPORTS = path.join(ROOT, "reports");
const VITEST_JSON = path.join(REPORTS, "vitest.json");
const PLAYWRIGHT_JSON = path.join(REPORTS, "playwright.json");
const DEPLOY_JSON = path.join(REPORTS, "deploy.json");

mkdirSync(REPORTS, { recursive: true });
// A report left over from an earlier run must never be counted as this run's result.
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });
rmSync(DEPLOY_JSON, { force: true });

const npm = process.env.npm_execpath
  ? { command: process.execPath, prefix: [process.env.npm_execpath] }
  : { command: "npm", prefix: [] };

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * For runners that drive a browser, before they start: the failed result to return when there is none
 * (its message names every way to get one), else undefined. No browser fails the runner, never skips it.
 */
async function missingBrowser() {
  try {
    await findChromium();
    return undefined;
  } catch (error) {
    process.stdout.write(`${error.message}\n`);
    return { passed: 0, failed: 1, note: "no browser found" };
  }
}

function banner(title) {
  process.stdout.write(`\n━━━ ${title} ━━━\n`);
}

/** One Playwright suite in apps/web, counted from its JSON report. */
async function runPlaywright(configArgs, reportFile) {
  const noBrowser = await missingBrowser();
  if (noBrowser) return noBrowser;
  const code = await run(
    process.execPath,
    [bin("@playwright/test", "cli.js"), "test", ...configArgs, "--reporter=list,json"],
    { cwd: WEB_DIR, env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile } },
  );
  const report = readJson(reportFile);
  if (!report?.stats) return { passed: 0, failed: 1, note: `no report written (exit ${code})` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  let failed = unexpected;
  let note = flaky > 0 ? `${flaky} flaky (passed on retry)` : undefined;
  // A web server or worker fixture failing to start, or a global error, fails the run before any test does.
  if (code !== 0 && failed === 0) {
    failed = Math.max(1, report.errors?.length ?? 0);
    note = `exit ${code} with no failed test: ${failed} global error(s) counted`;
  }
  return { passed: expected + flaky, failed, skipped, note };
}

const runners = [
  {
    name: "typecheck",
    async run() {
      const code = await run(npm.command, [
        ...npm.prefix,
        "run",
        "typecheck",
        "--workspaces",
        "--if-present",
      ]);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
    },
  },
  {
    name: "lint",
    async run() {
      const code = await run(process.execPath, [bin("eslint", "bin/eslint.js"), ".", "--max-warnings=0"]);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
    },
  },
  {
    // Formatting is checked, not fixed: `npm run format` fixes it.
    name: "format",
    async run() {
      const code = await run(process.execPath, [
        bin("prettier", "bin/prettier.cjs"),
        "--check",
        ".",
        "--log-level=warn",
      ]);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
    },
  },
  {
    // docs/reliability.md F17: no credential in the repository (.secretlintrc.json, .secretlintignore).
    name: "secrets",
    async run() {
      const code = await run(process.execPath, [bin("secretlint", "bin/secretlint.js"), "**/*"]);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
    },
  },
  {
    // Issue 16: no import cycle between source files or between modules, type-only imports included (cycles.mjs says why).
    name: "cycles",
    async run() {
      const code = await run(process.execPath, [path.join(ROOT, "scripts", "cycles.mjs")]);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
    },
  },
  {
    // Issue 13: the OpenAPI document of every deployment shape passes `redocly lint` (recommended) at 0/0.
    name: "openapi",
    async run() {
      const code = await run(process.execPath, [path.join(ROOT, "scripts", "openapi-lint.mjs")]);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
    },
  },
  {
    name: "vitest",
    async run() {
      const code = await run(process.execPath, [
        bin("vitest", "vitest.mjs"),
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${path.relative(ROOT, VITEST_JSON)}`,
      ]);
      const report = readJson(VITEST_JSON);
      if (!report) return { passed: 0, failed: 1, note: `no report written (exit ${code})` };
      let failed = report.numFailedTests ?? 0;
      let note;
      // A file that fails to import, or an unhandled error, fails the run without failing a test.
      if (code !== 0 && failed === 0) {
        failed = Math.max(1, report.numFailedTestSuites ?? 0);
        note = `exit ${code} with no failed test: ${failed} failed suite(s) or unhandled error(s) counted`;
      }
      const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      return { passed: report.numPassedTests ?? 0, failed, skipped, note };
    },
  },
  {
    name: "playwright",
    run: () => runPlaywright([], PLAYWRIGHT_JSON),
  },
  {
    // The production topology in Chromium: the SPA from vercel.json's build on one origin, the API on
    // another (apps/web/deploy/playwright.config.ts; ADR 012). Each spec starts its own servers.
    name: "deploy",
    run: () => runPlaywright(["-c", "deploy/playwright.config.ts"], DEPLOY_JSON),
  },
];

const results = [];
for (const runner of runners) {
  banner(runner.name);
  const started = Date.now();
  let result;
  try {
    result = await runner.run();
  } catch (error) {
    result = { passed: 0, failed: 1, note: `runner crashed: ${error.message}` };
  }
  results.push({ name: runner.name, seconds: (Date.now() - started) / 1000, ...result });
}

banner("summary");
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  const parts = [`${r.passed} passed`, `${r.failed} failed`];
  if (r.skipped) parts.push(`${r.skipped} skipped`);
  const status = r.failed > 0 ? "FAIL" : "ok  ";
  const note = r.note ? `  (${r.note})` : "";
  process.stdout.write(
    `${status} ${r.name.padEnd(width)}  ${parts.join(", ")}  [${r.seconds.toFixed(1)} s]${note}\n`,
  );
}
process.stdout.write(
  `reports: ${[VITEST_JSON, PLAYWRIGHT_JSON, DEPLOY_JSON].map((file) => path.relative(ROOT, file)).join(", ")}\n`,
);

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
