/**
 * Prints how often a question's reasons fail the reason gates (./reason-audit.ts), over a seeded
 * sample per language: `npx tsx packages/engine/src/quality/reason-report.ts [count]`. The quality
 * test asserts the same figures are zero; this is for the before/after figures of a change.
 */
import { DIFFICULTIES, LANGUAGES } from "@katagen/contract";
import { generateDetailed } from "../generator/generate";
import { buildRegistry } from "../registry";
import { createRng } from "../rng";
import { SandboxPool } from "../sandbox/pool";
import { builtInTemplates } from "../templates/index";
import { auditReasons, printedByOption } from "./reason-audit";

const count = Number(process.argv[2] ?? 200);
const registry = buildRegistry(builtInTemplates);
const pool = new SandboxPool({ workers: 2, timeoutMs: 500, hardStopMs: 1000, memoryMb: 64 });
await pool.warmUp(["typescript", "python"]);
for (const language of LANGUAGES) {
  const cells = registry.topics[language].flatMap((t) =>
    DIFFICULTIES.map((difficulty) => ({ topic: t.id, difficulty })),
  );
  const pick = createRng(`quality|${language}`);
  let n = 0;
  let shared = 0;
  let missing = 0;
  let generic = 0;
  const examples: string[] = [];
  for (let i = 0; i < count; i++) {
    const cell = pick.pick(cells);
    try {
      const { question } = await generateDetailed(
        registry,
        (p) => pool.run(p),
        { ...cell, language },
        `${language}-${i}`,
      );
      const a = auditReasons(question, await printedByOption(question, (p) => pool.run(p)));
      n++;
      if (a.shared) shared++;
      if (a.missingQuotes.length) {
        missing++;
        if (examples.length < 5) examples.push(`${question.templateId}: ${a.missingQuotes[0]}`);
      }
      if (a.generic.length) generic++;
    } catch {
      /* a cell that cannot generate is the quality test's business */
    }
  }
  const pct = (k: number) => `${((100 * k) / Math.max(1, n)).toFixed(1)}%`;
  console.log(
    `${language}: ${n} questions; shared reason ${pct(shared)}, quote not in program ${pct(missing)}, generic ${pct(generic)}`,
  );
  for (const e of examples) console.log(`  e.g. ${e}`);
}
await pool.close();
