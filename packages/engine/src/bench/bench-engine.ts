/**
 * npm run bench:engine — per language: cold start (engine creation to first question, including
 * worker, QuickJS / TypeScript / Pyodide start-up), then warm questions/second and p50/p99 latency per
 * question, next to a baseline measured in the same run: one small snippet evaluated in the same
 * sandbox (so the ratio is the cost of a whole verified question in snippet evaluations).
 * Options: --questions N (default 300), --workers N (default 2).
 */
import { parseArgs } from "node:util";
import { DIFFICULTIES, LANGUAGES, type Language } from "@katagen/contract";
import { createEngine } from "../engine";
import { createRng } from "../rng";
import { percentile } from "../quality/metrics";

const { values } = parseArgs({
  options: { questions: { type: "string", default: "300" }, workers: { type: "string", default: "2" } },
});
const QUESTIONS = Number(values.questions);
const WORKERS = Number(values.workers);

const SNIPPET: Record<Language, string> = {
  javascript: "let total = 0;\nfor (let i = 0; i < 10; i++) total += i;\nconsole.log(total);",
  typescript: "let total: number = 0;\nfor (let i = 0; i < 10; i++) total += i;\nconsole.log(total);",
  python: "total = 0\nfor i in range(10):\n    total += i\nprint(total)",
};

interface Row {
  language: Language;
  coldMs: number;
  qps: number;
  p50: number;
  p99: number;
  snippetP50: number;
  snippetP99: number;
  sandboxP95: number;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function benchLanguage(language: Language): Promise<Row> {
  const coldStart = performance.now();
  const engine = createEngine({ workers: WORKERS });
  try {
    const topics = engine.catalog.languages.find((l) => l.id === language)?.topics ?? [];
    if (topics.length === 0) throw new Error(`no ${language} topics in the catalog`);
    const rng = createRng(`bench|${language}`);
    const request = (i: number) => ({
      language,
      topic: rng.pick(topics).id,
      difficulty: rng.pick(DIFFICULTIES),
      seed: `bench-${language}-${i}`,
    });
    await engine.generate(request(-1));
    const coldMs = performance.now() - coldStart;
    await engine.warmUp();

    // Baseline: one snippet per sandbox call, sequential.
    const snippet: number[] = [];
    const sandbox: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      const [r] = await engine.execute([{ language, code: SNIPPET[language] }]);
      snippet.push(performance.now() - t);
      sandbox.push(r!.ms);
    }

    // Warm questions: sequential latency, then throughput with one request in flight per worker.
    const latency: number[] = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const t = performance.now();
      await engine.generate(request(i));
      latency.push(performance.now() - t);
    }
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (next < QUESTIONS) await engine.generate(request(QUESTIONS + next++));
      }),
    );
    const qps = QUESTIONS / ((performance.now() - started) / 1000);
    return {
      language,
      coldMs,
      qps,
      p50: percentile(latency, 50),
      p99: percentile(latency, 99),
      snippetP50: percentile(snippet, 50),
      snippetP99: percentile(snippet, 99),
      sandboxP95: percentile(sandbox, 95),
    };
  } finally {
    await engine.close();
  }
}

const rows: Row[] = [];
for (const language of LANGUAGES) rows.push(await benchLanguage(language));

console.log(
  `\nEngine bench: ${QUESTIONS} warm questions per language, ${WORKERS} workers, Node ${process.version}\n`,
);
console.log(
  "| language | cold first question (ms) | warm questions/s | p50 / question (ms) | p99 / question (ms) | baseline snippet p50 / p99 (ms) | snippet in-sandbox p95 (ms) | question ÷ snippet (p50) |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(
    `| ${r.language} | ${fmt(r.coldMs, 0)} | ${fmt(r.qps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.snippetP50, 2)} / ${fmt(r.snippetP99, 2)} | ${fmt(r.sandboxP95, 2)} | ${fmt(r.p50 / r.snippetP50)}× |`,
  );
}
