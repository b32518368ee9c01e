import type { Catalog } from "@katagen/contract";
import { randomSeed } from "./rng";
import { SandboxPool } from "./sandbox/pool";
import { generateQuestion } from "./generator/generate";
import { buildRegistry } from "./registry";
import { builtInTemplates, type TemplateSource } from "./templates/index";
import type { Engine, EngineOptions } from "./engine-types";

export interface CreateEngineOptions extends EngineOptions {
  /** Templates to generate from (tests pass fixtures); the built-in templates by default. */
  templates?: TemplateSource;
}

/** The built-in catalog without starting any sandbox worker (same value as `engine.catalog`). */
export function builtInCatalog(): Catalog {
  return buildRegistry(builtInTemplates).catalog;
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
  });
  return {
    catalog: registry.catalog,
    generate: (req) => generateQuestion(registry, (programs) => pool.run(programs), req, req.seed ?? randomSeed()),
    execute: (programs) => pool.run(programs),
    warmUp: () => pool.warmUp(["typescript", "python"]),
    close: () => pool.close(),
  };
}
