import {
  ChallengeSchema,
  GENERATE_CHALLENGE_PATH,
  IDEMPOTENCY_KEY_HEADER,
  type Challenge,
  type GenerateChallengeBody,
} from "@katagen/contract";
import { useMutation } from "@tanstack/react-query";
import { apiClient, type ApiError } from "@/lib/api-client";

export interface GenerateVariables {
  body: GenerateChallengeBody;
  /** One per click: the API charges a key once, so a retried request cannot cost a second unit. */
  idempotencyKey: string;
}

export function generateChallenge({ body, idempotencyKey }: GenerateVariables): Promise<Challenge> {
  return apiClient.request(GENERATE_CHALLENGE_PATH, {
    method: "POST",
    body,
    schema: ChallengeSchema,
    headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
  });
}

/** A random UUID; falls back to getRandomValues where randomUUID is missing (plain-http origins). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function useGenerateChallenge(
  options: {
    onSuccess?: (challenge: Challenge, variables: GenerateVariables) => void;
    /** Runs after success and failure alike: a 429 or 503 changes the quota too. */
    onSettled?: () => void;
  } = {},
) {
  return useMutation<Challenge, ApiError, GenerateVariables>({
    mutationFn: generateChallenge,
    onSuccess: options.onSuccess,
    onSettled: options.onSettled,
  });
}
