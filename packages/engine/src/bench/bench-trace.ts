/**
 * npx tsx packages/engine/src/bench/bench-trace.ts — what the step view's trace would cost a generate
 * (issue 14): per language, p50/p99 of a generate alone against a generate that also records the
 * key program's trace (engine.trace after generate, as recording at generate time would), in one run
 * and interleaved, so drift on a shared machine falls on both. The rule: record lazily if
 * recording at generate time costs more than 20% at p99.
 * Options: --questions N per language and mode (default 200), --workers N (default 2).
 */
import { parseArgs } from "node:util";
import { DIFFICULTIES, LANGUAGES, type Language } from "@katagen/contract";
import { createEngine } from "../engine";
import { percentile } from "../quality/metrics";
import { createRng } from "../rng";
import { keyProgram } from "../trace/trace";

const { values } = parseArgs({
  options: { questions: { type: "string", default: "200" }, workers: { type: "string", default: "2" } },
});
const QUESTIONS = Number(values.questions);
const WORKERS = Number(values.workers);

interface Row {
  language: Language;
  without: number[];
  withTrace: number[];
  traced: number;
}

const engine = createEngine({ workers: WORKERS });
await engine.warmUp();
const rows: Row[] = [];
try {
  for (const language of LANGUAGES) {
    const topics = engine.catalog.languages.find((l) => l.id === language)?.topics ?? [];
    const rng = createRng(`bench-trace|${language}`);
    const request = (i: number) => ({
      language,
      topic: rng.pick(topics).id,
      difficulty: rng.pick(DIFFICULTIES),
      seed: `bench-trace-${language}-${i}`,
    });
    // Warm both paths (the trace's first Python run defines its helpers in Pyodide).
    for (let i = 0; i < 10; i++) {
      const q = await engine.generate(request(-1 - i));
      await engine.trace!(keyProgram({ ...q, keyOption: q.options[q.correctIndex] })!);
    }
    const row: Row = { language, without: [], withTrace: [], traced: 0 };
    for (let i = 0; i < 2 * QUESTIONS; i++) {
      const started = performance.now();
      const q = await engine.generate(request(i));
      if (i % 2 === 1) {
        const program = keyProgram({ ...q, keyOption: q.options[q.correctIndex] });
        if (program && (await engine.trace!(program))) row.traced++;
        row.withTrace.push(performance.now() - started);
      } else row.without.push(performance.now() - started);
    }
    rows.push(row);
  }
} finally {
  await engine.close();
}

const fmt = (n: number) => n.toFixed(2);
const cost = (withTrace: number, without: number) => {
  const pct = (withTrace / without - 1) * 100;
  return `${pct >= 0 ? "+" : ""}${pct.toFixed(0)}%`;
};
console.log(
  `\nTrace cost: ${QUESTIONS} generates per language and mode, ${WORKERS} workers, Node ${process.version}\n`,
);
console.log(
  "| language | p50 without (ms) | p50 with trace (ms) | p99 without (ms) | p99 with trace (ms) | p50 cost | p99 cost | traced |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  const [p50, p50t] = [percentile(r.without, 50), percentile(r.withTrace, 50)];
  const [p99, p99t] = [percentile(r.without, 99), percentile(r.withTrace, 99)];
  console.log(
    `| ${r.language} | ${fmt(p50)} | ${fmt(p50t)} | ${fmt(p99)} | ${fmt(p99t)} | ${cost(p50t, p50)} | ${cost(p99t, p99)} | ${r.traced}/${r.withTrace.length} |`,
  );
}
