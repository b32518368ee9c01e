export type EngineErrorCode =
  | "unknown-language"
  | "unknown-topic"
  | "no-templates"
  | "generation-failed"
  | "sandbox-timeout"
  | "sandbox-failure"
  | "closed";

/** The only error the engine throws on purpose; `code` is stable, `message` is for logs. */
export class EngineError extends Error {
  override readonly name = "EngineError";
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
  }
}
