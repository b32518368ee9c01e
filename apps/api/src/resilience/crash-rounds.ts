/**
 * F15/F16 (docs/reliability.md §6): kill -9 a real API server in the middle of generate and answer calls,
 * restart it on the same database and check that nothing acknowledged was lost and that the quota
 * ledger balances. Shared by crash-safety.test.ts (a few short rounds) and crash-bench.ts (the full figure).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { loadConfig } from "../config";
import { loadOrCreateLocalKey, type LocalKey } from "../modules/auth/local-keys";
import { mintLocalToken } from "../modules/auth/local-sign-in";
import { sweepExpiredLeases } from "../modules/quota/ledger";
import { createTestDb, type TestDb, type TestDialect } from "../testing/test-db";
import { freePort } from "../testing/free-port";
import { serverProcessEnv, startServerProcess, type ServerProcess } from "./server-process";

/** The server's default lease (generation timeout 60 s + 30 s, decision 004); the child has no setting for it. */
export const SERVER_LEASE_MS = 90_000;
const PUBLIC_URL = "http://localhost:3999";

/** mulberry32: a tiny seeded PRNG, so a failing round can be replayed from its printed seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

export interface LedgerCounts {
  /** Units taken from the user's quota (daily_limit - remaining). */
  used: number;
  succeeded: number;
  pending: number;
  /** Pending generations whose lease has not run out yet. */
  livePending: number;
  challenges: number;
}

export interface CrashRoundResult {
  round: number;
  seed: number;
  /** Calls sent before the kill stopped the clients. */
  sent: number;
  /** The kill was scheduled when this call was sent, after killDelayMs. */
  killAtCall: number;
  killDelayMs: number;
  acknowledgedGenerates: number;
  acknowledgedAnswers: number;
  /** Calls that were sent but got no complete response: the kill caught them. */
  killedInFlight: number;
  /** Complete responses that were not 2xx (expected: none). */
  unexpected: string[];
  readyMs: number;
  /** SQLite PRAGMA integrity_check after the restart; null on PostgreSQL. */
  integrity: string | null;
  /** Acknowledged writes that the restarted server does not return unchanged (expected: none). */
  lost: string[];
  beforeSweep: LedgerCounts;
  /** Leases refunded by the sweep once they had expired. */
  swept: number;
  afterSweep: LedgerCounts;
}

export interface CrashHarness {
  dialect: TestDialect;
  testDb: TestDb;
  server: ServerProcess;
  close(): Promise<void>;
  round(options: {
    round: number;
    seed: number;
    calls: number;
    concurrency: number;
  }): Promise<CrashRoundResult>;
}

export async function ledgerCounts(testDb: TestDb, userId: string, now = new Date()): Promise<LedgerCounts> {
  const db = testDb.db;
  const quota = await db.selectFrom("quotas").selectAll().where("user_id", "=", userId).executeTakeFirst();
  const generations = await db
    .selectFrom("generations")
    .select(["status", "lease_until"])
    .where("user_id", "=", userId)
    .execute();
  const challenges = await db
    .selectFrom("challenges")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  const nowIso = now.toISOString();
  const pending = generations.filter((g) => g.status === "pending");
  return {
    used: quota ? quota.daily_limit - quota.remaining : 0,
    succeeded: generations.filter((g) => g.status === "succeeded").length,
    pending: pending.length,
    livePending: pending.filter((g) => g.lease_until > nowIso).length,
    challenges: Number(challenges.n),
  };
}

async function call(
  origin: string,
  method: "GET" | "POST",
  url: string,
  token: string,
  body?: Json,
): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${origin}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  // Reading the whole body is what "fully received" means: a kill mid-body rejects here.
  return { status: res.status, body: (await res.json()) as Json };
}

/** A migrated database and a running server on it (port kept across restarts). */
export async function startCrashHarness(dialect: TestDialect): Promise<CrashHarness> {
  const testDb = await createTestDb(dialect);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "katagen-crash-"));
  // The server reads the same signing key from DATA_DIR, so tokens minted here verify there.
  const key: LocalKey = await loadOrCreateLocalKey(dataDir);
  const env = serverProcessEnv({
    databaseEnv: testDb.env,
    dataDir,
    publicUrl: PUBLIC_URL,
    quotaDailyLimit: 1_000_000,
  });
  const settings = loadConfig(env).auth;
  const port = await freePort();
  let server: ServerProcess;
  try {
    server = await startServerProcess(env, port);
  } catch (error) {
    await testDb.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  const harness: CrashHarness = {
    dialect,
    testDb,
    server,
    async close() {
      await harness.server.stop();
      await testDb.cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async round({ round, seed, calls, concurrency }) {
      const random = seededRandom(seed);
      const userId = `user_crash${dialect.replace("-", "")}${round}s${seed}`;
      const token = await mintLocalToken(key, settings, {
        sub: userId,
        azp: settings.issuer,
        nowS: Math.floor(Date.now() / 1000),
      });
      // Kill somewhere in the middle half of the calls, a few ms after that call went out, so it
      // usually lands inside a request (reserve, generate, commit or answer).
      const killAtCall = Math.floor(calls / 4 + random() * (calls / 2));
      const killDelayMs = Math.floor(random() * 30);
      const origin = harness.server.origin;
      const generated = new Map<string, Json>();
      const answered = new Map<string, Json>();
      const unanswered: string[] = [];
      const unexpected: string[] = [];
      let sent = 0;
      let failed = 0;
      let killing: Promise<void> | undefined;
      let killed = false;
      const victim = harness.server;

      const worker = async () => {
        // Clients keep calling until the process is gone, so the kill lands among requests in flight.
        while (sent < calls && !killed) {
          sent += 1;
          if (sent === killAtCall) {
            killing = new Promise((r) => setTimeout(r, killDelayMs)).then(() => {
              killed = true;
              return victim.kill9();
            });
          }
          const answer = unanswered.length > 0 && random() < 0.5;
          const id = answer ? unanswered.splice(Math.floor(random() * unanswered.length), 1)[0]! : undefined;
          const choice = Math.floor(random() * 4);
          try {
            const res = id
              ? await call(origin, "POST", `/api/challenges/${id}/answer`, token, { choice })
              : await call(origin, "POST", "/api/generate-challenge", token, { difficulty: "easy" });
            if (res.status === 201 && !id) {
              generated.set(res.body.id as string, res.body);
              unanswered.push(res.body.id as string);
            } else if (res.status === 200 && id) {
              answered.set(id, res.body);
            } else {
              unexpected.push(`${id ? "answer" : "generate"} ${res.status} ${JSON.stringify(res.body)}`);
            }
          } catch {
            failed += 1;
          }
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      // Every call finished before the kill fired: kill now, still with requests possible in the pipe.
      killed = true;
      await (killing ?? victim.kill9());

      harness.server = await startServerProcess(env, port);
      const readyMs = harness.server.readyMs;

      let integrity: string | null = null;
      if (dialect === "sqlite") {
        const rows = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(testDb.db);
        integrity = rows.rows.map((r) => r.integrity_check).join("; ");
      }

      const lost: string[] = [];
      for (const [id, challenge] of generated) {
        const res = await call(harness.server.origin, "GET", `/api/challenges/${id}`, token);
        if (res.status !== 200) {
          lost.push(`challenge ${id}: GET ${res.status}`);
          continue;
        }
        const { answer, ...stored } = res.body;
        if (JSON.stringify(stored) !== JSON.stringify(challenge)) lost.push(`challenge ${id} changed`);
        const acknowledgedAnswer = answered.get(id);
        if (acknowledgedAnswer && JSON.stringify(answer) !== JSON.stringify(acknowledgedAnswer)) {
          lost.push(
            `answer to ${id}: acknowledged ${JSON.stringify(acknowledgedAnswer)}, now ${JSON.stringify(answer)}`,
          );
        }
      }

      const beforeSweep = await ledgerCounts(testDb, userId);
      // The child's lease is 90 s and it has no clock seam, so the test runs the sweeper's own
      // function with a clock past every lease taken in this round.
      const later = new Date(Date.now() + SERVER_LEASE_MS + 1000);
      const swept = await sweepExpiredLeases(testDb.db, later);
      const afterSweep = await ledgerCounts(testDb, userId, later);

      return {
        round,
        seed,
        sent,
        killAtCall,
        killDelayMs,
        acknowledgedGenerates: generated.size,
        acknowledgedAnswers: answered.size,
        killedInFlight: failed,
        unexpected,
        readyMs,
        integrity,
        lost,
        beforeSweep,
        swept,
        afterSweep,
      };
    },
  };
  return harness;
}
