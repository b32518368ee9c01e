import type { Catalog, ChallengeKind, Difficulty, Language, RunTrace } from "@katagen/contract";
import type { Program, RunResult, SandboxStats } from "./sandbox/types";

export interface GenerateRequest {
  language: Language;
  topic: string;
  difficulty: Difficulty;
  /** Same seed + ENGINE_VERSION → the same question; a random one is made (and returned) when absent. */
  seed?: string;
  /**
   * The templates this learner already had in this cell, most recent first (the API reads them from
   * the learner's history). The engine serves a template not in the list while one remains, and
   * otherwise the least recently served, so no template repeats before the cell's are used up.
   */
  recentTemplates?: readonly string[];
}

export interface GeneratedQuestion {
  engineVersion: string;
  templateId: string;
  seed: string;
  language: Language;
  topic: string;
  difficulty: Difficulty;
  kind: ChallengeKind;
  title: string;
  prompt: string;
  code: string | null;
  options: [string, string, string, string];
  correctIndex: 0 | 1 | 2 | 3;
  explanation: string;
  optionExplanations: [string, string, string, string];
  /** Misconception rule id per option, null for the key. */
  misconceptions: (string | null)[];
  /** "llm" only from the LLM path, whose key still comes from executing its code. */
  source: "offline" | "llm";
  /** The model that wrote an LLM question. */
  model?: string;
  verified: true;
}

export interface EngineOptions {
  /** Sandbox worker threads (default 2). */
  workers?: number;
  /** Soft deadline per program run in ms (default 500); the worker is terminated at timeoutMs + 500. */
  timeoutMs?: number;
  /** QuickJS memory limit per run in MB (default 64). */
  memoryMb?: number;
  /**
   * Workers that load Pyodide when the engine warms up (default 1; decision 020). Python jobs wait for
   * a worker that has it, so one Pyodide (~90 MB) serves every Python question.
   */
  pythonWorkers?: number;
}

export interface Engine {
  catalog: Catalog;
  /** Throws EngineError on failure. */
  generate(req: GenerateRequest): Promise<GeneratedQuestion>;
  /**
   * Runs programs in the sandbox (one worker, in order). For the LLM verification gate: run a
   * model's snippet and compare its output with the model's key.
   */
  execute(programs: Program[]): Promise<RunResult[]>;
  /**
   * The step view's record of one program's run (trace/trace.ts): each print with its line, the values
   * it read and its queue, recorded by the sandbox; null when the run cannot be traced faithfully.
   * Optional so that stand-in engines in tests need not implement it; createEngine always does.
   */
  trace?(program: Program): Promise<RunTrace | null>;
  /**
   * Counters of the LLM path (answers shipped, rejected by class, fallbacks); null without an LLM.
   * Optional so that stand-in engines in tests need not implement it; createEngine always does.
   */
  llmStats?(): LlmStats | null;
  /** The sandbox pool's queue and counters (for /metrics). Optional for stand-in engines in tests. */
  sandboxStats?(): SandboxStats;
  /** Starts Pyodide and the TypeScript compiler in every worker; resolves when they are loaded. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

/** The state of the circuit breaker around the LLM server: "open" means offline questions only. */
export type BreakerState = "closed" | "open" | "half-open";

/** Why a model's answer was rejected; also the counter it increments. */
export type LlmFailureClass =
  "schema" | "validation" | "duplicates" | "key-mismatch" | "execution-error" | "timeout" | "http";

/**
 * What the LLM generator has done so far. Declared with the engine's public types (which name it)
 * rather than in llm/, which fills it in, so the types never import an implementation.
 */
export interface LlmStats {
  model: string;
  /** generate() calls with the LLM configured; each one is either shipped or a fallback. */
  questions: number;
  /** Chat completion requests made (first answers and repairs). */
  requests: number;
  shipped: number;
  /** Shipped after at least one repair round. */
  repaired: number;
  fallbacks: number;
  /** Fallbacks answered without a request because the circuit breaker was open (or probing). */
  shortCircuited: number;
  /** The circuit breaker around the LLM server: "open" means questions come from the offline engine. */
  breaker: BreakerState;
  /** Shipped questions whose model-marked key was the executed one, and those where it was not. */
  agreed: number;
  disagreed: number;
  /** Rejected answers and failed requests, by class. */
  failures: Record<LlmFailureClass, number>;
}
