/**
 * Engine CLI for template authors and reviewers.
 *   npm run engine -- sample --language python --topic dicts --difficulty hard [--count 5] [--seed s]
 *   npm run engine -- coverage
 *   npm run engine -- check --language python [--topic gen] [--template <id>] [--count 30]
 * (or `npx tsx packages/engine/src/cli.ts …`). `--topic` accepts a unique prefix; `--template <id>`
 * restricts sampling to one template (handy while writing it).
 */
import { parseArgs } from "node:util";
import { DIFFICULTIES, LANGUAGES, type Difficulty, type Language } from "@katagen/contract";
import { EngineError } from "./errors";
import { attemptTemplate } from "./generator/generate";
import { createRng } from "./rng";
import { buildRegistry } from "./registry";
import { SandboxPool } from "./sandbox/pool";
import { builtInTemplates } from "./templates/index";
import { auditReasons, printedByOption, trapNamed } from "./quality/reason-audit";
import { ruleApplies } from "./generator/reasons";
import { fillBlank } from "./placeholder";

const USAGE = `usage:
  engine sample --language <${LANGUAGES.join("|")}> --topic <id or prefix> --difficulty <${DIFFICULTIES.join("|")}>
                [--count N] [--seed S] [--template <template id>]
  engine coverage
  engine check --language <lang> [--topic <prefix>] [--template <id>] [--count N]
                (every template in scope, N seeds each: rejections, reason gates, trap, rules never attached)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function sample(values: Record<string, string | undefined>): Promise<void> {
  const registry = buildRegistry(builtInTemplates);
  const language = values.language as Language;
  if (!LANGUAGES.includes(language)) fail(`--language must be one of ${LANGUAGES.join(", ")}`);
  const difficulty = values.difficulty as Difficulty;
  if (!DIFFICULTIES.includes(difficulty)) fail(`--difficulty must be one of ${DIFFICULTIES.join(", ")}`);
  const prefix = values.topic ?? "";
  const topics = registry.topics[language].filter((t) => t.id.startsWith(prefix));
  const exact = topics.find((t) => t.id === prefix);
  if (!exact && topics.length !== 1) {
    const ids = registry.topics[language].map((t) => t.id).join(", ");
    fail(
      topics.length === 0
        ? `no ${language} topic starts with "${prefix}" (topics: ${ids})`
        : `"${prefix}" is ambiguous: ${topics.map((t) => t.id).join(", ")}`,
    );
  }
  const topic = (exact ?? topics[0]!).id;
  const count = Number(values.count ?? "3");
  const baseSeed = values.seed ?? "cli";
  let templates;
  try {
    templates = registry.cell(language, topic, difficulty);
  } catch (err) {
    fail(err instanceof EngineError ? err.message : String(err));
  }
  if (values.template) {
    templates = templates.filter((t) => t.id === values.template);
    if (templates.length === 0) fail(`no template ${values.template} in ${language}/${topic}/${difficulty}`);
  }

  const pool = new SandboxPool({ workers: 1, timeoutMs: 500, hardStopMs: 1000, memoryMb: 64 });
  try {
    for (let i = 0; i < count; i++) {
      const seed = count === 1 ? baseSeed : `${baseSeed}-${i}`;
      const rng = createRng(`cli|${seed}`);
      const template = rng.pick(templates);
      const started = performance.now();
      const result = await attemptTemplate(registry, (p) => pool.run(p), template, rng, seed);
      const ms = (performance.now() - started).toFixed(1);
      console.log(`\n=== ${template.id}  seed=${seed}  (${ms} ms)`);
      if (!result.ok) {
        console.log(`  REJECTED: ${result.reason}`);
        continue;
      }
      const q = result.question;
      console.log(`# ${q.title}  [${q.kind}]\n${q.prompt}\n`);
      if (q.code) console.log(q.code.replace(/^/gm, "    "));
      console.log("");
      q.options.forEach((option, k) => {
        const mark = k === q.correctIndex ? "*" : " ";
        const label = String.fromCharCode(65 + k);
        console.log(`${mark} ${label}) ${option.replace(/\n/g, "\n     ")}`);
        console.log(`       ${q.misconceptions[k] ?? "key"}: ${q.optionExplanations[k]}`);
      });
      console.log(`\n  Explanation: ${q.explanation}`);
      console.log(`  Trap: ${result.trap}`);
      const audit = auditReasons(q, await printedByOption(q, (p) => pool.run(p)));
      const trap = trapNamed(
        q,
        result.trap,
        q.kind === "fill-in-blank" ? q.options[q.correctIndex] : undefined,
      );
      for (const p of [
        ...audit.missingQuotes,
        ...audit.generic,
        ...audit.foreignNumbers,
        ...(audit.shared ? ["two options share a reason"] : []),
        ...(trap ? [trap] : []),
      ])
        console.log(`  PROBLEM: ${p}`);
    }
  } finally {
    await pool.close();
  }
}

/** Every template in scope, `count` seeds each; prints what the quality gate would fail on. */
async function check(values: Record<string, string | undefined>): Promise<void> {
  const registry = buildRegistry(builtInTemplates);
  const language = values.language as Language;
  if (!LANGUAGES.includes(language)) fail(`--language must be one of ${LANGUAGES.join(", ")}`);
  const count = Number(values.count ?? "30");
  const templates = registry.templates.filter(
    (t) =>
      t.language === language &&
      t.topic.startsWith(values.topic ?? "") &&
      (values.template === undefined || t.id === values.template),
  );
  if (templates.length === 0) fail("no template in scope");
  const pool = new SandboxPool({ workers: 2, timeoutMs: 500, hardStopMs: 1000, memoryMb: 64 });
  let problems = 0;
  try {
    for (const template of templates) {
      const rejected = new Map<string, number>();
      const found = new Map<string, string>();
      const rulesUsed = new Map<string, { used: number; attached: number }>();
      let ok = 0;
      for (let i = 0; i < count; i++) {
        const seed = `check-${i}`;
        const result = await attemptTemplate(
          registry,
          (p) => pool.run(p),
          template,
          createRng(`check|${template.id}|${i}`),
          seed,
        );
        if (!result.ok) {
          rejected.set(result.reason, (rejected.get(result.reason) ?? 0) + 1);
          continue;
        }
        ok++;
        const q = result.question;
        const audit = auditReasons(q, await printedByOption(q, (p) => pool.run(p)));
        const answer = q.kind === "fill-in-blank" ? q.options[q.correctIndex] : undefined;
        const trap = trapNamed(q, result.trap, answer);
        for (const p of [
          ...audit.missingQuotes,
          ...audit.generic.map((g) => `generic ${g}`),
          ...audit.foreignNumbers,
          ...(audit.shared ? ["two options share a reason"] : []),
          ...(trap ? [trap] : []),
        ])
          if (!found.has(p.slice(0, 60))) found.set(p.slice(0, 60), `${p} (seed ${seed})`);
        q.misconceptions.forEach((id, k) => {
          if (!id) return;
          const rule = registry.rules.get(id)!;
          const program = q.kind === "fill-in-blank" ? fillBlank(language, q.code!, q.options[k]!) : q.code!;
          const r = rulesUsed.get(id) ?? { used: 0, attached: 0 };
          r.used++;
          if (ruleApplies(language, rule, program, q.options[k]!)) r.attached++;
          rulesUsed.set(id, r);
        });
      }
      const never = [...rulesUsed].filter(([, r]) => r.attached === 0).map(([id]) => id);
      const rejects = [...rejected].map(([r, n]) => `${r} ×${n}`).join(", ");
      const bad = ok === 0 || found.size > 0 || never.length > 0 || ok < count * 0.8;
      if (bad) problems++;
      console.log(
        `${bad ? "FAIL" : "ok  "} ${template.id}: ${ok}/${count} verified${rejects ? ` (rejected: ${rejects})` : ""}`,
      );
      for (const p of found.values()) console.log(`       ${p}`);
      if (never.length)
        console.log(`       feedback never attached (precondition or quotes fail): ${never.join(", ")}`);
    }
  } finally {
    await pool.close();
  }
  console.log(`\n${templates.length - problems}/${templates.length} templates clean`);
  if (problems) process.exitCode = 1;
}

function coverage(): void {
  const registry = buildRegistry(builtInTemplates);
  for (const language of LANGUAGES) {
    console.log(`\n${language}\n${"topic".padEnd(30)}${DIFFICULTIES.map((d) => d.padStart(8)).join("")}`);
    for (const topic of registry.topics[language]) {
      const counts = DIFFICULTIES.map(
        (d) =>
          registry.templates.filter(
            (t) => t.language === language && t.topic === topic.id && t.difficulty === d,
          ).length,
      );
      const flag = counts.some((c) => c < 6) ? "  < 6" : "";
      console.log(`${topic.id.padEnd(30)}${counts.map((c) => String(c).padStart(8)).join("")}${flag}`);
    }
  }
  console.log(`\n${registry.templates.length} templates, ${registry.rules.size} misconception rules`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || ["help", "--help", "-h"].includes(command)) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(command === undefined ? 2 : 0);
}
let values: Record<string, string | undefined> = {};
try {
  ({ values } = parseArgs({
    args: rest,
    options: {
      language: { type: "string" },
      topic: { type: "string" },
      difficulty: { type: "string" },
      count: { type: "string" },
      seed: { type: "string" },
      template: { type: "string" },
    },
  }));
} catch (error) {
  // parseArgs explains unknown or value-less options well; show that, not its stack trace.
  fail((error as Error).message);
}
if (command === "sample") await sample(values);
else if (command === "coverage") coverage();
else if (command === "check") await check(values);
else fail(`unknown command ${command}`);
