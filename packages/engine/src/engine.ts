import type { Catalog } from "@katagen/contract";
import { createRng, randomSeed } from "./rng";
import type { Program } from "./sandbox/types";
import { SandboxPool } from "./sandbox/pool";
import { generateQuestion, programsFor } from "./generator/generate";
import { buildRegistry, type Registry } from "./registry";
import { builtInTemplates, type TemplateSource } from "./templates/index";
import type { Engine, EngineOptions } from "./engine-types";
import { createLlmGenerator, type LlmOptions } from "./llm/llm-generator";
import { traceProgram } from "./trace/trace";

export interface CreateEngineOptions extends EngineOptions {
  /** Templates to generate from (tests pass fixtures); the built-in templates by default. */
  templates?: TemplateSource;
  /** Generate with an OpenAI-compatible model first (keys still verified by execution), offline as fallback. */
  llm?: LlmOptions;
}

/** The built-in catalog without starting any sandbox worker (same value as `engine.catalog`). */
export function builtInCatalog(): Catalog {
  return buildRegistry(builtInTemplates).catalog;
}

/** One instance of every TypeScript template, as the batches a question sends to the compiler. */
function typescriptWarmUpBatches(registry: Registry): string[][] {
  return registry.templates
    .filter((t) => t.language === "typescript")
    .flatMap((t) => {
      try {
        const { key, distractors } = programsFor(t.language, t.build(createRng(`warm-up|${t.id}`)));
        return [[key, ...distractors.map((d) => d.code)]];
      } catch {
        return [];
      }
    });
}

/** Starts the sandbox workers (QuickJS loads right away; Pyodide on warmUp() or first use). */
export function createEngine(opts: CreateEngineOptions = {}): Engine {
  const registry = buildRegistry(opts.templates ?? builtInTemplates);
  const timeoutMs = opts.timeoutMs ?? 500;
  const pool = new SandboxPool({
    workers: opts.workers ?? 2,
    timeoutMs,
    hardStopMs: timeoutMs + 500,
    memoryMb: opts.memoryMb ?? 64,
    pythonWorkers: opts.pythonWorkers ?? 1,
  });
  const run = (programs: Program[]) => pool.run(programs);
  const llm = opts.llm ? createLlmGenerator(opts.llm, run) : undefined;
  return {
    catalog: registry.catalog,
    generate: llm
      ? async (req) => {
          // Unknown cells fail the same way with or without a model (the API answers 400 for them).
          registry.cell(req.language, req.topic, req.difficulty);
          const topic = registry.topics[req.language].find((t) => t.id === req.topic)!;
          const seed = req.seed ?? randomSeed();
          return (await llm.generate(req, topic, seed)) ?? generateQuestion(registry, run, req, seed);
        }
      : (req) => generateQuestion(registry, run, req, req.seed ?? randomSeed()),
    execute: run,
    trace: (program) => traceProgram(run, program),
    llmStats: () => llm?.stats() ?? null,
    sandboxStats: () => pool.snapshot(),
    warmUp: async () => {
      await pool.warmUp(["typescript", "python"]);
      await pool.primeCompiler(typescriptWarmUpBatches(registry));
    },
    close: () => pool.close(),
  };
}
