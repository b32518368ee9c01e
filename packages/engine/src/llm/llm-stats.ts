import type { BreakerState } from "./upstream-breaker";
import type { LlmFailureClass } from "./validate";

/**
 * What the LLM generator has done so far. Its own module because the engine's public types name it
 * and the generator fills it in: neither may import the other.
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
