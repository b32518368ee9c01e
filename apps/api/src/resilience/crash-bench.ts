/**
 * The full F15/F16 figure (docs/reliability.md §6): ROUNDS × CALLS generate/answer calls against a real
 * server process, SIGKILLed at a seeded random moment each round, then restarted and checked.
 * SQLite always, PostgreSQL too when TEST_DATABASE_URL is set (and through PgBouncer with TEST_DATABASE_POOLED_URL).
 *
 *   npm run bench:crash -w @katagen/api -- [--rounds 10] [--calls 200] [--concurrency 8] [--seed 1]
 */
import { parseArgs } from "node:util";
import { testDatabases, type TestDialect } from "../testing/test-db";
import { startCrashHarness, type CrashRoundResult } from "./crash-rounds";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "10" },
    calls: { type: "string", default: "200" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
  },
});
const rounds = Number(values.rounds);
const calls = Number(values.calls);
const concurrency = Number(values.concurrency);
const baseSeed = Number(values.seed);

function problems(r: CrashRoundResult, readyLimitMs: number): string[] {
  const out: string[] = [];
  if (r.integrity !== null && r.integrity !== "ok") out.push(`integrity_check: ${r.integrity}`);
  out.push(...r.lost, ...r.unexpected);
  if (r.readyMs > readyLimitMs) out.push(`ready after ${r.readyMs.toFixed(0)} ms`);
  const b = r.beforeSweep;
  if (b.used !== b.succeeded + b.livePending)
    out.push(`used ${b.used} ≠ succeeded ${b.succeeded} + live ${b.livePending}`);
  if (b.challenges !== b.succeeded) out.push(`challenges ${b.challenges} ≠ succeeded ${b.succeeded}`);
  const a = r.afterSweep;
  if (a.used !== a.challenges || a.pending !== 0)
    out.push(`after sweep: used ${a.used}, challenges ${a.challenges}, pending ${a.pending}`);
  return out;
}

async function bench(dialect: TestDialect): Promise<boolean> {
  console.log(
    `\n${dialect}: ${rounds} rounds × ${calls} calls, ${concurrency} concurrent, seeds ${baseSeed}+`,
  );
  const harness = await startCrashHarness(dialect);
  const results: CrashRoundResult[] = [];
  let ok = true;
  try {
    for (let round = 1; round <= rounds; round++) {
      const r = await harness.round({ round, seed: baseSeed + round, calls, concurrency });
      results.push(r);
      const issues = problems(r, 5000);
      ok &&= issues.length === 0;
      console.log(
        `round ${String(round).padStart(2)} seed ${r.seed}: sent ${r.sent}, kill at call ${r.killAtCall}+${r.killDelayMs} ms, ` +
          `acknowledged ${r.acknowledgedGenerates} generates + ${r.acknowledgedAnswers} answers, ` +
          `killed in flight ${r.killedInFlight}, ready ${r.readyMs.toFixed(0)} ms, ` +
          `integrity ${r.integrity ?? "n/a"}, used ${r.beforeSweep.used} = ${r.beforeSweep.succeeded} succeeded + ` +
          `${r.beforeSweep.livePending} live leases, swept ${r.swept}, after sweep used ${r.afterSweep.used} = ` +
          `challenges ${r.afterSweep.challenges}` +
          (issues.length ? `\n   PROBLEMS: ${issues.join(" | ")}` : ""),
      );
    }
  } finally {
    await harness.close();
  }
  const sum = (f: (r: CrashRoundResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const ready = results.map((r) => r.readyMs).sort((x, y) => x - y);
  console.log(
    `${dialect} total: ${sum((r) => r.sent)} calls, ${sum((r) => r.acknowledgedGenerates + r.acknowledgedAnswers)} acknowledged, ` +
      `${sum((r) => r.lost.length)} lost, ${sum((r) => r.killedInFlight)} killed in flight, ${sum((r) => r.swept)} leases swept, ` +
      `leaked after sweep ${sum((r) => r.afterSweep.used - r.afterSweep.challenges)}, ` +
      `ready median ${ready[Math.floor(ready.length / 2)]!.toFixed(0)} ms, max ${ready.at(-1)!.toFixed(0)} ms → ${ok ? "PASS" : "FAIL"}`,
  );
  return ok;
}

const dialects: TestDialect[] = testDatabases().map(({ name }) => name);
if (dialects.length === 1) console.log("(TEST_DATABASE_URL is not set: SQLite only)");
let allOk = true;
for (const dialect of dialects) allOk = (await bench(dialect)) && allOk;
process.exit(allOk ? 0 : 1);
