import { GenerateChallengeBodySchema, type GenerateChallengeBody } from "@katagen/contract";
import type { PracticeSearch } from "./practice-search";

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

/**
 * The remembered settings with a link's preselection over them. The link's topic replaces the remembered
 * one even when it names none: a language alone means any of its topics (the remembered topic may not
 * exist there). A topic alone keeps the remembered language.
 */
export function withPreset(settings: GenerateChallengeBody, preset: PracticeSearch): GenerateChallengeBody {
  if (preset.language === undefined && preset.topic === undefined) return settings;
  const language = preset.language ?? settings.language;
  const topic = preset.topic;
  return {
    difficulty: settings.difficulty,
    ...(language === undefined ? {} : { language }),
    ...(topic === undefined ? {} : { topic }),
  };
}
