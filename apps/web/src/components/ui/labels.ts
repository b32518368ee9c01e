import type { Difficulty, HistoryStatus } from "@katagen/contract";

/**
 * Display names shared by every page that shows a difficulty or answer status. Language and topic names
 * are the catalog's (features/catalog/utils/catalog-names.ts).
 */
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };

export const STATUS_LABELS: Record<HistoryStatus, string> = {
  unanswered: "Unanswered",
  right: "Right",
  wrong: "Wrong",
};
