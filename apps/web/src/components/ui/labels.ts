import type { Difficulty, HistoryStatus, Language } from "@katagen/contract";

/** Display names shared by every page that shows a difficulty, language or answer status. */
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };

export const LANGUAGE_LABELS: Record<Language, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

export const STATUS_LABELS: Record<HistoryStatus, string> = {
  unanswered: "Unanswered",
  right: "Right",
  wrong: "Wrong",
};
