/**
 * npm run bench — where users wait, as ratios to Fastify's own ceiling on this machine (issue 15).
 *
 * Process layout, the same for every row: the server under test runs in a process of its own, started
 * the way production starts it (built, then `node apps/api/dist/server.mjs`, env only); the ceiling is a
 * bare Fastify app from the same node_modules in another process; the load generator is a third
 * process (wrk from Debian when it is installed, otherwise autocannon's CLI). This script only seeds,
 * spawns, reads the generators' output and the server's /proc status, and prints.
 *
 * Each row: throughput (req/s, 32 connections, as fast as the server answers) and p50/p99 at a fixed
 * rate (autocannon, coordinated-omission corrected), and req/s ÷ the ceiling's req/s. The ceiling is
 * measured before and after the rows and the mean is used, so drift on a shared machine shows.
 * SQLite first, then PostgreSQL when TEST_DATABASE_URL is set. Ends with PASS/FAIL per target.
 *
 * Options: --duration S (per measurement, default 6), --rows a,b (names to run; default all).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  ANSWER_PATH,
  GENERATE_CHALLENGE_PATH,
  HISTORY_PATH,
  ME_PATH,
  QUOTA_PATH,
  STATS_PATH,
  type Challenge,
} from "@katagen/contract";
import { createEngine, type GeneratedQuestion, type GenerateRequest } from "@katagen/engine";
import { API_ENV, API_NODE_FLAGS, API_SERVER, buildApi } from "../../../../scripts/build-api.mjs";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { createDb } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { loadOrCreateLocalKey } from "../modules/auth/local-keys";
import { localUserId, mintLocalToken } from "../modules/auth/local-sign-in";
import { questionCache, scratchSchema, sleep } from "./bench-kit";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "6" },
    seed: { type: "string", default: "10000" },
  },
});
const DURATION_S = Number(values.duration);
const SEED = Number(values.seed);
if (!(DURATION_S >= 1 && DURATION_S <= 120) || !(SEED >= 1 && SEED <= 100_000)) {
  console.error("usage: bench [--duration 1..120] [--seed 1..100000]");
  process.exit(2);
}
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../../..");
const CONNECTIONS = 32;
const READ_RATE = 500;
const GENERATE_RATE = 20;
/** A generate row's length: at 20 req/s, 15 s gives 300 samples, so its p99 is not one unlucky request. */
const GENERATE_S = Math.max(15, DURATION_S);
/** Seconds without requests, after the rows, before "idle" RSS is read. */
const IDLE_S = 30;
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
const WRK = spawnSync("wrk", ["--version"], { encoding: "utf8" }).error ? null : "wrk";
const AUTOCANNON = path.join(ROOT, "node_modules/autocannon/autocannon.js");
const LANGUAGES = ["javascript", "typescript", "python"] as const;

interface Row {
  name: string;
  reqPerS?: number;
  ratio?: number;
  p50: number;
  p99: number;
  non2xx: number;
}

const fmt = (n: number | undefined, digits = 1) =>
  n === undefined || !Number.isFinite(n) ? "–" : n.toFixed(digits);

function freePortSync(): Promise<number> {
  return new Promise((resolve, reject) => {
    import("node:net").then(({ createServer }) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    }, reject);
  });
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited ${code}: ${err.slice(-400)}`)),
    );
  });
}

interface Load {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

/** As many requests as the server answers, from a load generator in its own process. */
async function throughput(load: Load): Promise<number> {
  const headers = Object.entries(load.headers ?? {});
  if (WRK && (load.method ?? "GET") === "GET") {
    const out = await run(WRK, [
      "-t1",
      `-c${CONNECTIONS}`,
      `-d${DURATION_S}s`,
      ...headers.flatMap(([k, v]) => ["-H", `${k}: ${v}`]),
      load.url,
    ]);
    const match = /Requests\/sec:\s+([\d.]+)/.exec(out);
    if (!match) throw new Error(`wrk printed no rate:\n${out}`);
    if (/Non-2xx or 3xx responses/.test(out)) throw new Error(`non-2xx responses from ${load.url}:\n${out}`);
    return Number(match[1]);
  }
  const result = await autocannon(load, { connections: CONNECTIONS });
  if (result.non2xx > 0) throw new Error(`${result.non2xx} non-2xx responses from ${load.url}`);
  return result.reqPerS;
}

async function autocannon(
  load: Load,
  options: { connections: number; rate?: number; durationS?: number },
): Promise<{ reqPerS: number; p50: number; p99: number; non2xx: number }> {
  const args = [
    AUTOCANNON,
    "--json",
    "-c",
    String(options.connections),
    "-d",
    String(options.durationS ?? DURATION_S),
    "-m",
    load.method ?? "GET",
    ...(options.rate ? ["-R", String(options.rate)] : []),
    ...Object.entries(load.headers ?? {}).flatMap(([k, v]) => ["-H", `${k}=${v}`]),
    ...(load.body === undefined ? [] : ["-b", load.body]),
    load.url,
  ];
  const json = JSON.parse(await run(process.execPath, args)) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  if (json.errors + json.timeouts > 0) throw new Error(`${json.errors} errors, ${json.timeouts} timeouts`);
  return {
    reqPerS: json.requests.average,
    p50: json.latency.p50,
    p99: json.latency.p99,
    non2xx: json.non2xx,
  };
}

async function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: string) {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk;
      if (log.includes(ready)) {
        child.stdout!.off("data", onData);
        // The server logs one line per request: drain it, or a full pipe would stall the server.
        child.stdout!.resume();
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (log += chunk));
    child.once("exit", (code) => reject(new Error(`${command} exited ${code} before it was ready:\n${log}`)));
  });
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

interface Target {
  what: string;
  pass: boolean;
  detail: string;
}

interface DatabaseShape {
  name: "SQLite" | "PostgreSQL";
  url: string;
  searchPath?: string;
  cleanup(): Promise<void>;
}

async function postgresShape(connectionString: string): Promise<DatabaseShape> {
  const { schema, drop } = await scratchSchema(connectionString);
  const url = new URL(connectionString);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { name: "PostgreSQL", url: url.toString(), searchPath: schema, cleanup: drop };
}

async function section(
  shape: DatabaseShape,
  cached: (request: GenerateRequest) => Promise<GeneratedQuestion>,
  targets: Target[],
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-bench-"));
  const port = await freePortSync();
  const env: Record<string, string> = {
    // Local sign-in is refused in production; development differs from it only in HSTS (plugins/security.ts).
    NODE_ENV: "development",
    AUTH_MODE: "local",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: shape.url,
    WEB_DIST_DIR: path.join(dataDir, "no-web-dist"),
    QUOTA_DAILY_LIMIT: "1000000",
    RATE_LIMIT_GENERATE_PER_MINUTE: "0",
  };
  const config = loadConfig(env);
  const db = createDb(config, shape.searchPath ? { searchPath: shape.searchPath } : {});
  await migrateToLatest(db, shape.searchPath ? { schema: shape.searchPath } : {});

  // Seed through the real routes, in this process, before the server starts: one user, SEED
  // challenges, every one answered (history reads the challenges, stats the answers).
  const key = await loadOrCreateLocalKey(config.dataDir);
  const userId = localUserId("bench@katagen.local");
  // Local tokens live 60 s: one per measurement, signed with the server's key, checked by its verifier.
  const bearer = async () =>
    `Bearer ${await mintLocalToken(key, config.auth, { sub: userId, azp: config.auth.issuer, nowS: Math.floor(Date.now() / 1000) })}`;
  const seedStarted = performance.now();
  {
    const app = await buildApp(
      { ...config, logLevel: "silent", engineWarmUp: false },
      { db, generator: cached },
    );
    let authorization = await bearer();
    const body = JSON.stringify({ difficulty: "easy", language: "javascript" });
    for (let i = 0; i < SEED; i++) {
      if (i % 1000 === 999) authorization = await bearer();
      const created = await app.inject({
        method: "POST",
        url: GENERATE_CHALLENGE_PATH,
        headers: { authorization, "content-type": "application/json" },
        payload: body,
      });
      if (created.statusCode !== 201) throw new Error(`seeding: generate answered ${created.statusCode}`);
      const answered = await app.inject({
        method: "POST",
        url: ANSWER_PATH.replace(":id", created.json<Challenge>().id),
        headers: { authorization, "content-type": "application/json" },
        payload: JSON.stringify({ choice: i % 4 }),
      });
      if (answered.statusCode !== 200) throw new Error(`seeding: answer answered ${answered.statusCode}`);
    }
    await app.close();
  }
  await db.destroy();
  const seedS = (performance.now() - seedStarted) / 1000;

  const ceilingPort = await freePortSync();
  const ceiling = await startProcess(
    process.execPath,
    [path.join(HERE, "ceiling.mjs"), String(ceilingPort)],
    process.env,
    "listening",
  );
  const api = await startProcess(
    process.execPath,
    [...API_NODE_FLAGS, API_SERVER],
    { ...API_ENV, PATH: process.env.PATH, HOME: process.env.HOME, ...pickCa(), ...env },
    "Katagen is running",
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    // Warm all three languages through the API, then let the process settle: that is "idle, warm".
    const headers = { authorization: await bearer(), "content-type": "application/json" };
    for (const language of LANGUAGES)
      for (let i = 0; i < 3; i++) {
        const response = await fetch(origin + GENERATE_CHALLENGE_PATH, {
          method: "POST",
          headers,
          body: JSON.stringify({ difficulty: "medium", language }),
        });
        if (response.status !== 201) throw new Error(`warm-up generate answered ${response.status}`);
      }
    // RSS 3 s after the warm-up (what earlier runs called idle); idle itself is read after the rows.
    await sleep(3000);
    const afterWarmUp = memory(api.child.pid!);

    const ceilingUrl = `http://127.0.0.1:${ceilingPort}/`;
    const before = await throughput({ url: ceilingUrl });
    const rows: Row[] = [];
    const reads: [string, string][] = [
      ["GET /healthz", "/healthz"],
      [`GET ${QUOTA_PATH}`, QUOTA_PATH],
      [`GET ${ME_PATH}`, ME_PATH],
      [`GET ${HISTORY_PATH}?limit=20 (${SEED} challenges)`, `${HISTORY_PATH}?limit=20`],
      [`GET ${STATS_PATH} (${SEED} answers)`, STATS_PATH],
    ];
    for (const [name, route] of reads) {
      const load = { url: origin + route, headers: { authorization: await bearer() } };
      await autocannon(load, { connections: 4, rate: 200 }).catch(() => undefined); // warm the route
      const reqPerS = await throughput({ ...load, headers: { authorization: await bearer() } });
      const fixed = await autocannon(
        { ...load, headers: { authorization: await bearer() } },
        { connections: 16, rate: READ_RATE },
      );
      rows.push({ name, reqPerS, p50: fixed.p50, p99: fixed.p99, non2xx: fixed.non2xx });
    }
    for (const language of LANGUAGES) {
      const fixed = await autocannon(
        {
          url: origin + GENERATE_CHALLENGE_PATH,
          method: "POST",
          headers: { authorization: await bearer(), "content-type": "application/json" },
          body: JSON.stringify({ difficulty: "medium", language }),
        },
        { connections: 1, rate: GENERATE_RATE, durationS: GENERATE_S },
      );
      rows.push({
        name: `POST ${GENERATE_CHALLENGE_PATH} ${language} (offline engine, one at a time)`,
        reqPerS: fixed.reqPerS,
        p50: fixed.p50,
        p99: fixed.p99,
        non2xx: fixed.non2xx,
      });
    }
    const after = await throughput({ url: ceilingUrl });
    const ceilingReqPerS = (before + after) / 2;
    const peak = memory(api.child.pid!).peak;
    // Idle is what an instance holds between bursts, all three languages warm: V8 gives garbage back
    // some seconds after the last request (its memory reducer), so it is read IDLE_S s after the rows.
    // Read last, so the shrunken heap it leaves behind never slows a row.
    await sleep(IDLE_S * 1000);
    const idle = memory(api.child.pid!);
    for (const row of rows) if (!row.name.startsWith("POST")) row.ratio = row.reqPerS! / ceilingReqPerS;

    console.log(`\n### ${shape.name} (seeded in ${fmt(seedS, 0)} s)\n`);
    console.log("| what | req/s | ratio to the ceiling | p50 (ms) | p99 (ms) | non-2xx |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    console.log(
      `| bare Fastify (the ceiling; before ${fmt(before, 0)}, after ${fmt(after, 0)}) | ${fmt(ceilingReqPerS, 0)} | 100% | | | |`,
    );
    for (const r of rows)
      console.log(
        `| ${r.name} | ${fmt(r.reqPerS, 0)} | ${r.ratio === undefined ? "–" : `${fmt(r.ratio * 100, 0)}%`} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.non2xx} |`,
      );
    console.log(
      `\nAPI process RSS: idle with three languages warm ${fmt(idle.rss, 0)} MB (${IDLE_S} s after the last row; ` +
        `${fmt(afterWarmUp.rss, 0)} MB 3 s after the warm-up), peak ${fmt(peak, 0)} MB.`,
    );

    const ratio = (prefix: string) => rows.find((r) => r.name.startsWith(prefix))!.ratio!;
    const share = (what: string, prefix: string, min: number) => {
      const got = ratio(prefix);
      targets.push({
        what: `${shape.name}: ${what} ≥ ${min * 100}% of the ceiling`,
        pass: got >= min,
        detail: `${fmt(got * 100, 0)}%`,
      });
    };
    const sqlite = shape.name === "SQLite";
    share(`authenticated ${QUOTA_PATH}`, `GET ${QUOTA_PATH}`, sqlite ? 0.4 : 0.25);
    share("/healthz", "GET /healthz", 0.7);
    share("history", `GET ${HISTORY_PATH}`, sqlite ? 0.25 : 0.15);
    share("stats", `GET ${STATS_PATH}`, sqlite ? 0.25 : 0.15);
    for (const r of rows.filter((r) => r.name.startsWith("POST")))
      targets.push({
        what: `${shape.name}: ${r.name.split(" ")[2]} generate p99 < 20 ms`,
        pass: r.p99 < 20 && r.non2xx === 0,
        detail: `${fmt(r.p99, 1)} ms`,
      });
    targets.push(
      { what: `${shape.name}: idle RSS ≤ 250 MB`, pass: idle.rss <= 250, detail: `${fmt(idle.rss, 0)} MB` },
      { what: `${shape.name}: peak RSS ≤ 400 MB`, pass: peak <= 400, detail: `${fmt(peak, 0)} MB` },
    );
  } finally {
    await api.stop();
    await ceiling.stop();
    await shape.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The CA bundle variables, so a TLS PostgreSQL in tests is trusted by the server process too. */
function pickCa(): Record<string, string> {
  const ca = process.env.NODE_EXTRA_CA_CERTS;
  return ca ? { NODE_EXTRA_CA_CERTS: ca } : {};
}

const started = performance.now();
console.log(
  `\nKatagen bench: Node ${process.version}, ${os.availableParallelism()} cores, load average ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(
      " / ",
    )}; load from ${WRK ? "wrk (throughput) and autocannon (fixed rate)" : "autocannon"} in its own process, ` +
    `${CONNECTIONS} connections for throughput, ${READ_RATE} req/s over 16 connections for read latency, ` +
    `${GENERATE_RATE} req/s on one connection for ${GENERATE_S} s for generate; ${DURATION_S} s each otherwise.`,
);
await buildApi();
const engine = createEngine();
const cached = questionCache((request) => engine.generate(request));
const targets: Target[] = [];
try {
  await section(
    {
      name: "SQLite",
      url: `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "katagen-bench-db-")), "bench.sqlite")}`,
      cleanup: async () => undefined,
    },
    cached,
    targets,
  );
  if (TEST_DATABASE_URL) await section(await postgresShape(TEST_DATABASE_URL), cached, targets);
  else console.log("\n(TEST_DATABASE_URL is not set: SQLite only)");
} finally {
  await engine.close();
}
console.log("");
for (const t of targets) console.log(`${t.pass ? "PASS" : "FAIL"} ${t.what}: ${t.detail}`);
console.log(`\nTotal ${fmt((performance.now() - started) / 1000, 0)} s.`);
