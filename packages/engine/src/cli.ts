/**
 * Engine CLI for template authors and reviewers.
 *   npm run engine -- sample --language python --topic dicts --difficulty hard [--count 5] [--seed s]
 *   npm run engine -- coverage
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

const USAGE = `usage:
  engine sample --language <${LANGUAGES.join("|")}> --topic <id or prefix> --difficulty <${DIFFICULTIES.join("|")}>
                [--count N] [--seed S] [--template <template id>]
  engine coverage`;

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
    }
  } finally {
    await pool.close();
  }
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
      const flag = counts.some((c) => c < 3) ? "  < 3" : "";
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
else fail(`unknown command ${command}`);
