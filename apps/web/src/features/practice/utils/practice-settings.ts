import { GenerateChallengeBodySchema, type GenerateChallengeBody } from "@katagen/contract";

const STORAGE_KEY = "katagen.practice-settings";

export const DEFAULT_PRACTICE_SETTINGS: GenerateChallengeBody = {
  difficulty: "easy",
  language: "javascript",
};

/** The last difficulty/language/topic the user generated with, so "Next challenge" and the form agree. */
export function loadPracticeSettings(): GenerateChallengeBody {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    const parsed = GenerateChallengeBodySchema.safeParse(raw ? JSON.parse(raw) : undefined);
    return parsed.success ? parsed.data : DEFAULT_PRACTICE_SETTINGS;
  } catch {
    // Storage can be unavailable (privacy modes); the defaults are fine.
    return DEFAULT_PRACTICE_SETTINGS;
  }
}

export function savePracticeSettings(settings: GenerateChallengeBody): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Not remembering the choice is harmless.
  }
}
