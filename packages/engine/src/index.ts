export { builtInCatalog, createEngine, type CreateEngineOptions } from "./engine";
export type { Engine, EngineOptions, GeneratedQuestion, GenerateRequest, LlmStats } from "./engine-types";
export type { LlmLogger, LlmOptions } from "./llm/llm-generator";
export type { LlmFailureClass } from "./llm/validate";
export { EngineError, type EngineErrorCode } from "./errors";
export { ENGINE_VERSION } from "./version";
export type { Program, RunResult, RunStatus, SandboxStats } from "./sandbox/types";
export { keyProgram } from "./trace/trace";
export type {
  ChallengeTemplate,
  Distractor,
  FillInBlankInstance,
  MisconceptionRule,
  PredictOutputInstance,
  Rng,
  TemplateInstance,
} from "./types";
