import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../apps/api/src/testing/free-port";
import { API_DIST, API_ENV, API_NODE_FLAGS, buildApi } from "./build-api.mjs";
import { readBlueprint } from "./deploy/render-blueprint.mjs";
import { ROOT } from "./lib.mjs";

/** Signs in locally (cookie session) and exchanges the session for a Bearer token, as the SPA does. */
async function signIn(origin) {
  const signedIn = await fetch(`${origin}/auth/local/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Ada", email: "ada@example.com" }),
  });
  expect(signedIn.status).toBe(200);
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const token = await fetch(`${origin}/auth/local/token`, { method: "POST", headers: { cookie, origin } });
  expect(token.status).toBe(200);
  return (await token.json()).token;
}

describe("the production build of the API (npm run build:api)", () => {
  const work = mkdtempSync(path.join(tmpdir(), "katagen-build-api-"));
  // Beside the real build (packages resolve from node_modules above it), not over it.
  mkdirSync(API_DIST, { recursive: true });
  const outdir = mkdtempSync(path.join(API_DIST, "test-"));
  let server;
  let origin;
  let output = "";

  beforeAll(async () => {
    await buildApi({ outdir });
    const port = await freePort();
    origin = `http://localhost:${port}`;
    server = spawn(process.execPath, [...API_NODE_FLAGS, path.join(outdir, "server.mjs")], {
      cwd: work,
      env: {
        ...API_ENV,
        PATH: process.env.PATH,
        NODE_ENV: "development",
        AUTH_MODE: "local",
        HOST: "127.0.0.1",
        PORT: String(port),
        DATA_DIR: path.join(work, "data"),
        WEB_DIST_DIR: path.join(work, "no-web"),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout.on("data", (chunk) => (output += chunk));
    server.stderr.on("data", (chunk) => (output += chunk));
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready in 60 s:\n${output}`)), 60_000);
      server.stdout.on("data", () => {
        if (output.includes("Katagen is running")) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.once("exit", (code) => reject(new Error(`exited ${code} before it was ready:\n${output}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill("SIGKILL");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    rmSync(work, { recursive: true, force: true });
    rmSync(outdir, { recursive: true, force: true });
  });

  it("runs from another folder than the sources and generates in every language: the workers, esbuild and Pyodide resolve", async () => {
    const token = await signIn(origin);
    for (const language of ["javascript", "typescript", "python"]) {
      const response = await fetch(`${origin}/api/generate-challenge`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ difficulty: "easy", language }),
      });
      const body = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(201);
      expect(body.language).toBe(language);
      expect(body.options).toHaveLength(4);
    }
  }, 120_000);

  it("stops cleanly on SIGTERM (graceful shutdown is in the bundle)", async () => {
    const exited = new Promise((resolve) => server.once("exit", (code, signal) => resolve({ code, signal })));
    server.kill("SIGTERM");
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).not.toMatch(/Error|error/);
  }, 30_000);

  it("is what render.yaml builds, migrates with and starts, with the same Node options and environment as npm start and the bench", () => {
    const blueprint = readBlueprint(path.join(ROOT, "render.yaml"));
    expect(blueprint.buildCommand).toMatch(/&& npm run build:api$/);
    expect(blueprint.preDeployCommand).toBe("node apps/api/dist/migrate-cli.mjs");
    expect(blueprint.startCommand).toBe(["node", ...API_NODE_FLAGS, "apps/api/dist/server.mjs"].join(" "));
    const { env } = blueprint;
    for (const [key, value] of Object.entries(API_ENV)) expect(env[key], key).toBe(value);
  });
});
