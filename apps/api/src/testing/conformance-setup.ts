/**
 * Vitest setup for the API suite: every app a test builds records its responses (conformance.ts), and
 * a test fails if any response it caused broke the OpenAPI document.
 */
import { afterEach, expect } from "vitest";
import { RESPONSE_RECORDER } from "../app";
import { recordResponses, violations } from "./conformance";

(globalThis as { [RESPONSE_RECORDER]?: typeof recordResponses })[RESPONSE_RECORDER] = recordResponses;

afterEach(() => {
  const found = violations.splice(0);
  expect(found, `responses that break /openapi.json:\n${found.join("\n")}`).toEqual([]);
});
