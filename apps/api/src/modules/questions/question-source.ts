import type { Catalog, RunTrace } from "@katagen/contract";
import {
  builtInCatalog,
  createEngine,
  type CreateEngineOptions,
  type Engine,
  type GeneratedQuestion,
  type GenerateRequest,
  type LlmLogger,
  type LlmStats,
  type Program,
  type SandboxStats,
} from "@katagen/engine";
import type { LlmSettings } from "../../config";

/** What the API needs from a question generator; tests inject failing or slow ones. */
export type GenerateQuestion = (request: GenerateRequest) => Promise<GeneratedQuestion>;

/** The step view's record of a program's run (engine.trace); null when it cannot be traced faithfully. */
export type TraceRun = (program: Program) => Promise<RunTrace | null>;

export interface QuestionSource {
  catalog(): Catalog;
  generate: GenerateQuestion;
  /** Records a run for the step view; stand-ins without it have no step view. */
  trace?: TraceRun;
  /** Loads the slow runtimes (Pyodide, TypeScript) ahead of the first request. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
  /** The engine's counters for /metrics; null before the engine has started (or for stand-ins). */
  stats?(): { llm: LlmStats | null; sandbox: SandboxStats | null } | null;
}

/**
 * The built-in engine, one per app. It is created on first generate (or warm-up) because it starts
 * sandbox worker threads; the catalog is read without them, so validating requests and apps built
 * for tests that never generate cost no threads.
 */
export function engineSource(
  create: () => Engine = () => createEngine(),
  catalog: () => Catalog = builtInCatalog,
): QuestionSource {
  let engine: Engine | undefined;
  let cachedCatalog: Catalog | undefined;
  let closed = false;
  const get = () => {
    if (closed) throw new Error("the question engine is closed");
    return (engine ??= create());
  };
  return {
    catalog: () => (cachedCatalog ??= engine?.catalog ?? catalog()),
    generate: (request) => get().generate(request),
    trace: async (program) => {
      const engine = get();
      if (!engine.trace) throw new Error("this engine records no runs");
      return engine.trace(program);
    },
    warmUp: () => get().warmUp(),
    stats: () =>
      engine ? { llm: engine.llmStats?.() ?? null, sandbox: engine.sandboxStats?.() ?? null } : null,
    async close() {
      closed = true;
      await engine?.close();
    },
  };
}

/**
 * createEngine's options for the configured generator: nothing without an LLM (the offline engine,
 * exactly as before), else the model tried first, with the engine falling back to offline by itself.
 */
export function engineOptions(
  llm: LlmSettings | undefined,
  logger: LlmLogger,
  workers?: number,
): CreateEngineOptions {
  const sandbox = workers === undefined ? {} : { workers };
  if (!llm) return sandbox;
  return {
    ...sandbox,
    llm: {
      baseUrl: llm.baseUrl,
      apiKey: llm.apiKey,
      model: llm.model,
      timeoutMs: llm.timeoutMs,
      breaker: llm.breaker,
      logger,
    },
  };
}
