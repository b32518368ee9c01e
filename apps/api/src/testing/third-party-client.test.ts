/**
 * A third-party client (issue 13): types generated from the running API's /openapi.json by
 * openapi-typescript, and an openapi-fetch client running the README's walk-through
 * (apps/api/third-party-client/walkthrough.ts) against a real listening server. The walk-through must
 * type-check under --strict, its error branches included (they are typed as problems only because the
 * document declares application/problem+json), and then behave as the README says.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { PROBLEM_TYPES } from "@katagen/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../config";
import { buildChallengeTestApp, type ChallengeTestApp } from "./challenge-test-app";

const CLIENT_DIR = path.join(REPO_ROOT, "apps/api/third-party-client");
const QUOTA = 3;

let t: ChallengeTestApp;
let baseUrl: string;
let work: string;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  // PORT makes http://127.0.0.1:<port> an allowed origin for the local session, as with npm start.
  t = await buildChallengeTestApp({ env: { PORT: String(port), QUOTA_DAILY_LIMIT: String(QUOTA) } });
  await t.app.listen({ host: "127.0.0.1", port });
  baseUrl = `http://127.0.0.1:${port}`;
  // Inside the repository, so the copy resolves openapi-fetch from its node_modules (.gitignore'd).
  work = fs.mkdtempSync(path.join(CLIENT_DIR, ".tmp-"));
});

afterAll(async () => {
  await t?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("a client generated from /openapi.json by openapi-typescript, with openapi-fetch", () => {
  it("type-checks the README walk-through under --strict, errors included, and runs it", async () => {
    const document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as Parameters<
      typeof openapiTS
    >[0];
    fs.writeFileSync(path.join(work, "katagen-api.d.ts"), astToString(await openapiTS(document)));
    fs.copyFileSync(path.join(CLIENT_DIR, "walkthrough.ts"), path.join(work, "walkthrough.ts"));
    fs.copyFileSync(path.join(CLIENT_DIR, "tsconfig.json"), path.join(work, "tsconfig.json"));

    const generated = fs.readFileSync(path.join(work, "katagen-api.d.ts"), "utf8");
    expect(generated).toContain('"application/problem+json": components["schemas"]["Problem"]');
    expect(generated).toMatch(/generateChallenge: \{/);

    const tsc = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(work, "tsconfig.json")],
      { encoding: "utf8" },
    );
    expect(tsc.stdout + tsc.stderr, "tsc --strict on the walk-through").toBe("");
    expect(tsc.status).toBe(0);

    // Typed here, not by importing the walk-through: it only type-checks next to its generated types.
    const { walkthrough } = (await import(path.join(work, "walkthrough.ts"))) as {
      walkthrough(baseUrl: string, generations: number): Promise<Record<string, unknown>>;
    };
    const result = await walkthrough(baseUrl, QUOTA);
    expect(result.languages).toEqual(expect.arrayContaining(["javascript", "typescript", "python"]));
    expect(result.detailHasAnswer).toBe(true);
    expect(result.historyPages).toBe(2);
    expect(result.historyIds).toHaveLength(QUOTA);
    expect(new Set(result.historyIds as string[]).size).toBe(QUOTA);
    expect(result.historyIds).toContain(result.challengeId);
    expect(result.remainingAfterGenerates).toBe(0);
    expect(result.statsAnswered).toBe(1);
    expect(result.refused).toEqual({ type: PROBLEM_TYPES.quotaExceeded, status: 429 });
    expect(Number(result.retryAfter)).toBeGreaterThan(0);
  }, 60_000);
});
