import type { Catalog, ChallengeKind, Difficulty, Language } from "@katagen/contract";
import type { LlmStats } from "./llm/llm-stats";
import type { Program, RunResult } from "./sandbox/types";

export interface GenerateRequest {
  language: Language;
  topic: string;
  difficulty: Difficulty;
  /** Same seed + ENGINE_VERSION → the same question; a random one is made (and returned) when absent. */
  seed?: string;
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
   * Counters of the LLM path (answers shipped, rejected by class, fallbacks); null without an LLM.
   * Optional so that stand-in engines in tests need not implement it; createEngine always does.
   */
  llmStats?(): LlmStats | null;
  /** Starts Pyodide and the TypeScript compiler in every worker; resolves when they are loaded. */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}
