import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  type FailureReason,
} from "cockatiel";
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { BreakerState } from "../engine-types";

export interface BreakerOptions {
  /** Consecutive upstream failures that open the circuit (default 3). */
  consecutiveFailures: number;
  /** How long the circuit stays open before one probe request may go through (default 30000). */
  halfOpenAfterMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { consecutiveFailures: 3, halfOpenAfterMs: 30_000 };

export type { BreakerState };

/**
 * Statuses that say the server (or our configuration of it) is failing, whatever we ask: overload
 * and outages (408, 409, 429, 5xx, the ones worth a retry per docs/reliability.md §4) and a rejected key,
 * a forbidden model or a wrong URL/model (401, 403, 404), which would fail every request alike.
 * Other 4xx (400, 413, 422…) are about one request, and a 400 on response_format never leaves `ask`.
 */
const COUNTED_STATUS = new Set([401, 403, 404, 408, 409, 429]);

/** True for an error thrown by a chat-completion request that should count towards opening the circuit. */
export function isUpstreamFailure(error: unknown): boolean {
  if (!(error instanceof APIError)) return false;
  // No status: connection refused/reset, the client's timeout, or our deadline's abort.
  if (error.status === undefined) return true;
  return COUNTED_STATUS.has(error.status) || error.status >= 500;
}

/** A short, key-free name for why a request failed, for the state-change log line. */
export function failureClass(error: unknown): string {
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) return "timeout";
  if (error instanceof APIConnectionError) return "connection";
  if (error instanceof APIError && error.status !== undefined) return `http ${error.status}`;
  return "unknown";
}

interface LogSink {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface UpstreamBreaker {
  /**
   * Runs one request through the circuit. Throws ShortCircuit without calling `fn` while the circuit
   * is open, or while the half-open probe is in flight: waiting for the probe would give other users
   * the very wait the breaker exists to spare them.
   */
  execute<T>(fn: () => Promise<T>): Promise<T>;
  state(): BreakerState;
}

/** Thrown instead of making a request while the circuit is open. */
export class ShortCircuit extends Error {
  constructor() {
    super("the LLM circuit breaker is open");
    this.name = "ShortCircuit";
  }
}

const STATE_NAMES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: "closed",
  [CircuitState.Open]: "open",
  [CircuitState.HalfOpen]: "half-open",
  // Only reachable through isolate(), which we never call.
  [CircuitState.Isolated]: "open",
};

/** cockatiel's consecutive-failure breaker around the LLM upstream, logging once per state change. */
export function createUpstreamBreaker(
  options: BreakerOptions,
  context: { model: string; log?: LogSink; scrub: (text: string) => string },
): UpstreamBreaker {
  const policy = circuitBreaker(handleWhen(isUpstreamFailure), {
    halfOpenAfter: options.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.consecutiveFailures),
  });
  const { model, log, scrub } = context;

  policy.onBreak((reason: FailureReason<unknown> | { isolated: true }) => {
    const error = "error" in reason ? reason.error : undefined;
    log?.warn(
      {
        model,
        breaker: "open",
        reason: failureClass(error),
        error: error instanceof Error ? scrub(error.message) : undefined,
        consecutiveFailures: options.consecutiveFailures,
        halfOpenAfterMs: options.halfOpenAfterMs,
      },
      `LLM circuit breaker opened; questions come from the offline generator for ${options.halfOpenAfterMs} ms, then one probe request`,
    );
  });
  policy.onHalfOpen(() => {
    log?.info({ model, breaker: "half-open" }, "LLM circuit breaker half-open; sending one probe request");
  });
  policy.onReset(() => {
    log?.info({ model, breaker: "closed" }, "LLM circuit breaker closed; the LLM server answers again");
  });

  return {
    async execute(fn) {
      if (policy.state === CircuitState.HalfOpen) throw new ShortCircuit();
      try {
        return await policy.execute(() => fn());
      } catch (error) {
        if (error instanceof BrokenCircuitError) throw new ShortCircuit();
        throw error;
      }
    },
    state: () => STATE_NAMES[policy.state],
  };
}
