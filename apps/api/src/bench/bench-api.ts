/**
 * npm run bench:api — HTTP latency of the real app (docs/reliability.md F11, F12). The app is built with
 * buildApp and listens on 127.0.0.1:0 in this process; autocannon drives it at a fixed overall rate
 * from a worker thread. Each phase is compared with GET /healthz measured in the same run (house
 * rule: ratios against a baseline, never absolute numbers in tests). SQLite always; PostgreSQL as a
 * second section when TEST_DATABASE_URL is set.
 * Options: --duration S (seconds per phase, default 8; the F11 and F12 phases get 1.5×), --connections N (20).
 *
 * Read the latencies with autocannon's rate model in mind: each connection sends its share of the
 * second's requests back to back when the second starts, then waits. A phase at 200 req/s over 20
 * connections is 20-way concurrent bursts, not evenly spaced arrivals, so queueing behind the other
 * 19 dominates p97.5/p99. "main-thread ms / request" (event-loop busy time ÷ responses) is the
 * server's own cost per request, independent of that shape.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import {
  ANSWER_PATH,
  GENERATE_CHALLENGE_PATH,
  HISTORY_PATH,
  ME_PATH,
  STATS_PATH,
  type Challenge,
} from "@katagen/contract";
import { createEngine } from "@katagen/engine";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { createDb, type Db } from "../db/create-db";
import { migrateToLatest } from "../db/migrate";
import { loadOrCreateLocalKey } from "../modules/auth/local-keys";
import { localUserId, mintLocalToken } from "../modules/auth/local-sign-in";
import type { GenerateQuestion } from "../modules/questions/question-source";
import { questionCache, scratchSchema, sleep } from "./bench-kit";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "20" },
  },
});
const DURATION_S = Number(values.duration);
const CONNECTIONS = Number(values.connections);
if (!(DURATION_S >= 1 && DURATION_S <= 300) || !(CONNECTIONS >= 1 && CONNECTIONS <= 1000)) {
  console.error("usage: bench-api [--duration 1..300] [--connections 1..1000]");
  process.exit(2);
}
const SEED_CHALLENGES = 500;
const STUB_DELAY_MS = 300;
const WARM_UP_S = 1;
// Script-only setting, read here like testing/test-db.ts: the app itself never uses it.
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

type GeneratorMode = "seed" | "engine" | "stub";

interface Phase {
  name: string;
  method: "GET" | "POST";
  path: string;
  rate: number;
  durationS: number;
  generator?: GeneratorMode;
  body?: string;
  /** What the phase must meet (docs/reliability.md §6). */
  target?: { figure: string; p99Ms: number; allowNon2xx: boolean };
}

const GENERATE_BODY = JSON.stringify({ difficulty: "easy", language: "javascript" });

const PHASES: Phase[] = [
  { name: "GET /healthz (baseline)", method: "GET", path: "/healthz", rate: 200, durationS: DURATION_S },
  { name: `GET ${ME_PATH}`, method: "GET", path: ME_PATH, rate: 200, durationS: DURATION_S },
  {
    name: `GET ${HISTORY_PATH}?limit=20`,
    method: "GET",
    path: `${HISTORY_PATH}?limit=20`,
    rate: 200,
    durationS: Math.round(DURATION_S * 1.5),
    target: { figure: "F11", p99Ms: 50, allowNon2xx: false },
  },
  { name: `GET ${STATS_PATH}`, method: "GET", path: STATS_PATH, rate: 200, durationS: DURATION_S },
  {
    name: `POST ${GENERATE_CHALLENGE_PATH} (offline engine)`,
    method: "POST",
    path: GENERATE_CHALLENGE_PATH,
    rate: 20,
    durationS: DURATION_S,
    generator: "engine",
    body: GENERATE_BODY,
  },
  {
    name: `POST ${GENERATE_CHALLENGE_PATH} (generator stub ${STUB_DELAY_MS} ms)`,
    method: "POST",
    path: GENERATE_CHALLENGE_PATH,
    rate: 50,
    durationS: Math.round(DURATION_S * 1.5),
    generator: "stub",
    body: GENERATE_BODY,
    target: { figure: "F12", p99Ms: 450, allowNon2xx: true },
  },
];

interface LoadResult {
  latencies: Float64Array;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  sent: number;
}

interface Row {
  phase: Phase;
  requests: number;
  non2xx: number;
  status5xx: number;
  errors: number;
  p50: number;
  p975: number;
  p99: number;
  achieved: number;
  /** Main-thread event-loop busy time per response: the app's own CPU cost (SQLite queries included). */
  busyMsPerRequest: number;
  statuses: Record<string, number>;
}

const LOAD_WORKER_URL = new URL("./load-worker.mjs", import.meta.url);

function runLoad(options: {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  rate: number;
  durationS: number;
}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER_URL, { workerData: { ...options, connections: CONNECTIONS } });
    worker.once("message", (message: LoadResult | { error: string }) => {
      void worker.terminate();
      if ("error" in message) reject(new Error(`autocannon: ${message.error}`));
      else resolve(message);
    });
    worker.once("error", reject);
  });
}

/** Nearest-rank percentile of the exact samples (no histogram buckets). */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Database {
  name: string;
  db: Db;
  cleanup(): Promise<void>;
}

async function sqliteDatabase(dataDir: string): Promise<Database> {
  const db = createDb({ database: { dialect: "sqlite", filename: path.join(dataDir, "bench.sqlite") } });
  await migrateToLatest(db);
  return { name: "SQLite", db, cleanup: () => db.destroy() };
}

/** A fresh schema in the test database, with the app's own pool size (createDb's default). */
async function postgresDatabase(connectionString: string): Promise<Database> {
  const { schema, drop } = await scratchSchema(connectionString);
  const db = createDb({ database: { dialect: "postgres", connectionString } }, { searchPath: schema });
  await migrateToLatest(db, { schema });
  return {
    name: "PostgreSQL",
    db,
    cleanup: async () => {
      await db.destroy();
      await drop();
    },
  };
}

async function benchDatabase(
  open: (dataDir: string) => Promise<Database>,
  generators: Record<GeneratorMode, GenerateQuestion>,
): Promise<{ name: string; rows: Row[] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-bench-api-"));
  const database = await open(dataDir);
  let mode: GeneratorMode = "seed";
  const config = loadConfig({
    NODE_ENV: "development",
    AUTH_MODE: "local",
    LOG_LEVEL: "silent",
    DATA_DIR: dataDir,
    WEB_DIST_DIR: path.join(dataDir, "no-web-dist"),
    QUOTA_DAILY_LIMIT: "1000000",
    RATE_LIMIT_GENERATE_PER_MINUTE: "0",
    // The bench's generators never touch the app's own engine; warming it would only steal CPU.
    ENGINE_WARM_UP: "false",
  });
  const app = await buildApp(config, { db: database.db, generator: (request) => generators[mode](request) });
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    const origin = `http://127.0.0.1:${address.port}`;

    // Tokens live 60 s: one per phase, signed with the app's own local key and checked by the real verifier.
    const key = await loadOrCreateLocalKey(config.dataDir);
    const userId = localUserId("bench@katagen.local");
    const bearer = async () =>
      `Bearer ${await mintLocalToken(key, config.auth, {
        sub: userId,
        azp: config.auth.issuer,
        nowS: Math.floor(Date.now() / 1000),
      })}`;

    // Seed through the real routes: SEED_CHALLENGES generations, every other one answered.
    let authorization = await bearer();
    for (let i = 0; i < SEED_CHALLENGES; i++) {
      if (i % 200 === 199) authorization = await bearer();
      const created = await app.inject({
        method: "POST",
        url: GENERATE_CHALLENGE_PATH,
        headers: { authorization, "content-type": "application/json" },
        payload: GENERATE_BODY,
      });
      if (created.statusCode !== 201) throw new Error(`seeding: generate answered ${created.statusCode}`);
      if (i % 2 === 1) continue;
      const { id } = created.json<Challenge>();
      const answered = await app.inject({
        method: "POST",
        url: ANSWER_PATH.replace(":id", id),
        headers: { authorization, "content-type": "application/json" },
        payload: JSON.stringify({ choice: i % 4 }),
      });
      if (answered.statusCode !== 200) throw new Error(`seeding: answer answered ${answered.statusCode}`);
    }

    const rows: Row[] = [];
    for (const phase of PHASES) {
      mode = phase.generator ?? "seed";
      const headers: Record<string, string> = { authorization: await bearer() };
      if (phase.body !== undefined) headers["content-type"] = "application/json";
      const load = { url: origin + phase.path, method: phase.method, headers, body: phase.body };
      // A short unrecorded run first, so JIT and connection set-up are not in the figures.
      await runLoad({ ...load, rate: phase.rate, durationS: WARM_UP_S });
      const elu = performance.eventLoopUtilization();
      const result = await runLoad({ ...load, rate: phase.rate, durationS: phase.durationS });
      const busyMs = performance.eventLoopUtilization(elu).active;
      const sorted = result.latencies.sort();
      const count = (test: (status: number) => boolean) =>
        Object.entries(result.statuses)
          .filter(([status]) => test(Number(status)))
          .reduce((sum, [, n]) => sum + n, 0);
      rows.push({
        phase,
        requests: sorted.length,
        non2xx: count((s) => s < 200 || s > 299),
        status5xx: count((s) => s >= 500),
        errors: result.errors + result.timeouts,
        p50: percentile(sorted, 50),
        p975: percentile(sorted, 97.5),
        p99: percentile(sorted, 99),
        achieved: sorted.length / phase.durationS,
        busyMsPerRequest: busyMs / sorted.length,
        statuses: result.statuses,
      });
      // Let in-flight generations finish before the next phase's clock starts.
      await sleep(phase.generator ? STUB_DELAY_MS * 2 : 100);
    }
    return { name: database.name, rows };
  } finally {
    await app.close();
    await database.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

function printSection(name: string, rows: Row[]): string[] {
  const baseline = rows[0]!.p50;
  console.log(`\n### ${name}\n`);
  console.log(
    "| phase | target req/s | requests | achieved req/s | non-2xx | 5xx | errors + timeouts | p50 (ms) | p97.5 (ms) | p99 (ms) | p50 ÷ /healthz p50 | main-thread ms / request |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.phase.name} | ${r.phase.rate} | ${r.requests} | ${fmt(r.achieved)} | ${r.non2xx} | ${r.status5xx} | ${r.errors} | ${fmt(r.p50, 2)} | ${fmt(r.p975, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.p50 / baseline)}× | ${fmt(r.busyMsPerRequest, 2)} |`,
    );
  }
  const verdicts: string[] = [];
  for (const r of rows) {
    const target = r.phase.target;
    if (!target) continue;
    const pass =
      // A phase that fell short of its rate (too few connections for the latency) measured something else.
      r.achieved >= 0.95 * r.phase.rate &&
      r.p99 <= target.p99Ms &&
      r.status5xx === 0 &&
      r.errors === 0 &&
      (target.allowNon2xx || r.non2xx === 0);
    const odd = Object.entries(r.statuses)
      .filter(([status]) => status[0] !== "2")
      .map(([status, n]) => `${n}×${status}`);
    verdicts.push(
      `${target.figure} ${name}: ${r.phase.name} p99 ${fmt(r.p99, 1)} ms (target ≤ ${target.p99Ms} ms), ` +
        `${fmt(r.achieved)} req/s (target ${r.phase.rate}), ${r.status5xx} 5xx, ${r.errors} errors${odd.length ? ` (non-2xx: ${odd.join(", ")})` : ""} → ${pass ? "PASS" : "FAIL"}`,
    );
  }
  return verdicts;
}

const started = performance.now();
const cores = os.availableParallelism();
console.log(
  `\nAPI bench: Node ${process.version}, ${cores} cores, load average ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ")} (1/5/15 min)`,
);
console.log(
  `autocannon at a fixed overall rate, ${CONNECTIONS} connections, ${DURATION_S} s per phase ` +
    `(F11 and F12 phases ${Math.round(DURATION_S * 1.5)} s), after ${WARM_UP_S} s unrecorded warm-up; ` +
    `one user with ${SEED_CHALLENGES} seeded challenges (half answered), local sign-in tokens.`,
);

const engine = createEngine();
const cached = questionCache((request) => engine.generate(request));
const generators: Record<GeneratorMode, GenerateQuestion> = {
  seed: cached,
  engine: (request) => engine.generate(request),
  stub: async (request) => {
    const question = await cached(request);
    await sleep(STUB_DELAY_MS);
    return question;
  },
};
// Fill the cache for every topic the generate phases can ask for, so the stub never runs the engine.
for (const topic of engine.catalog.languages.find((l) => l.id === "javascript")?.topics ?? []) {
  await cached({ language: "javascript", topic: topic.id, difficulty: "easy" });
}

const verdicts: string[] = [];
try {
  const sections = [(dir: string) => sqliteDatabase(dir)];
  if (TEST_DATABASE_URL) sections.push(() => postgresDatabase(TEST_DATABASE_URL));
  else console.log("(TEST_DATABASE_URL is not set: SQLite only)");
  for (const open of sections) {
    const { name, rows } = await benchDatabase(open, generators);
    verdicts.push(...printSection(name, rows));
  }
} finally {
  await engine.close();
}
console.log("");
for (const line of verdicts) console.log(`- ${line}`);
console.log(`\nTotal ${fmt((performance.now() - started) / 1000, 0)} s.`);
