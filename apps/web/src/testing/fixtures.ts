import type { AnswerResult, Catalog, Challenge, HistoryItem, Quota, Stats } from "@katagen/contract";

export const catalogFixture: Catalog = {
  languages: [
    {
      id: "javascript",
      name: "JavaScript",
      topics: [
        { id: "arrays", name: "Arrays", description: "" },
        { id: "closures-and-scope", name: "Closures and scope", description: "" },
      ],
    },
    { id: "python", name: "Python", topics: [{ id: "generators", name: "Generators", description: "" }] },
  ],
  difficulties: ["easy", "medium", "hard"],
};

export function challengeFixture(overrides: Partial<Challenge> = {}): Challenge {
  return {
    id: "ch_1",
    difficulty: "easy",
    language: "javascript",
    topic: "arrays",
    kind: "predict-output",
    title: "What slice() returns",
    prompt: "What does this program **print**?",
    code: 'const fruit = ["peach", "grape", "plum"];\nconsole.log(fruit.slice(0, 2).join(", "));',
    options: ["peach, grape", "peach, grape, plum", "grape, plum", "peach"],
    source: "offline",
    verified: true,
    createdAt: "2026-11-26T17:00:00.000Z",
    ...overrides,
  };
}

export function answerFixture(choice: number, correctChoice = 0): AnswerResult {
  return {
    correct: choice === correctChoice,
    choice,
    correctChoice,
    explanation: "slice(0, 2) copies the items at indexes 0 and 1; the end index is excluded.",
    optionExplanations: [
      "Right: the end index is excluded.",
      "slice's end index is excluded, so plum is not copied.",
      "Indexes start at 0, not 1.",
      "slice(0, 2) copies two items, not one.",
    ],
    answeredAt: "2026-11-26T17:01:00.000Z",
  };
}

export function historyItemFixture(n: number, answer: AnswerResult | null = null): HistoryItem {
  return { ...challengeFixture({ id: `ch_${n}`, title: `Challenge ${n}` }), answer };
}

export function quotaFixture(overrides: Partial<Quota> = {}): Quota {
  return {
    limit: 10,
    remaining: 3,
    lastResetAt: "2026-11-26T08:00:00.000Z",
    nextResetAt: "2026-11-27T08:00:00.000Z",
    ...overrides,
  };
}

export const emptyStats: Stats = {
  totalChallenges: 0,
  overall: { answered: 0, correct: 0, accuracy: 0 },
  byDifficulty: {},
  byLanguage: {},
  byTopic: {},
  currentStreak: 0,
  longestStreak: 0,
  activity: [],
};
