import type { AnswerResult, Catalog, Challenge, ChallengeRun, HistoryPage, Quota, Stats } from "./index";
import { PROBLEM_TYPES } from "./problems";

/**
 * Example payloads: the OpenAPI document shows them (/docs), and the web tests start from them, so
 * what the docs promise and what the UI is tested against are the same payloads.
 */

export const challengeExample: Challenge = {
  id: "019ac0de-7a51-7c3e-9f1a-2b3c4d5e6f70",
  difficulty: "easy",
  language: "javascript",
  topic: "arrays",
  kind: "predict-output",
  title: "What slice() returns",
  prompt: "What does this program print?",
  code: 'const fruit = ["peach", "grape", "plum"];\nconsole.log(fruit.slice(0, 2).join(", "));',
  options: ["peach, grape", "peach, grape, plum", "grape, plum", "peach"],
  source: "offline",
  verified: true,
  createdAt: "2026-11-26T17:00:00.000Z",
};

export const answerExample: AnswerResult = {
  correct: true,
  choice: 0,
  correctChoice: 0,
  explanation: "slice(0, 2) copies the items at indexes 0 and 1; the end index is excluded.",
  optionExplanations: [
    "Right: the end index is excluded.",
    "slice's end index is excluded, so plum is not copied.",
    "Indexes start at 0, not 1.",
    "slice(0, 2) copies two items, not one.",
  ],
  answeredAt: "2026-11-26T17:01:00.000Z",
};

export const challengeRunExample: ChallengeRun = {
  trace: {
    language: "javascript",
    code: challengeExample.code!,
    steps: [
      {
        line: 2,
        output: "peach, grape\n",
        values: [{ name: "fruit", value: "[ 'peach', 'grape', 'plum' ]" }],
        queue: "sync",
      },
    ],
  },
};

export const historyExample: HistoryPage = {
  items: [{ ...challengeExample, answer: answerExample }],
  nextCursor: "WyIyMDI2LTExLTI2VDE3OjAwOjAwLjAwMFoiLCIwMTlhYzBkZS03YTUxLTdjM2UtOWYxYS0yYjNjNGQ1ZTZmNzAiXQ",
};

export const quotaExample: Quota = {
  limit: 50,
  remaining: 47,
  lastResetAt: "2026-11-26T08:00:00.000Z",
  nextResetAt: "2026-11-27T08:00:00.000Z",
};

export const catalogExample: Catalog = {
  languages: [
    {
      id: "javascript",
      name: "JavaScript",
      topics: [
        {
          id: "arrays",
          name: "Arrays",
          description: "Indexing, slicing, sorting and which array methods mutate in place.",
        },
      ],
    },
  ],
  difficulties: ["easy", "medium", "hard"],
};

export const statsExample: Stats = {
  totalChallenges: 12,
  overall: { answered: 10, correct: 7, accuracy: 0.7 },
  byDifficulty: { easy: { answered: 6, correct: 5, accuracy: 5 / 6 } },
  byLanguage: { javascript: { answered: 10, correct: 7, accuracy: 0.7 } },
  byTopic: { arrays: { answered: 4, correct: 3, accuracy: 0.75 } },
  byLanguageTopic: { javascript: { arrays: { answered: 4, correct: 3, accuracy: 0.75 } } },
  currentStreak: 2,
  longestStreak: 5,
  activity: [{ date: "2026-11-26", answered: 3, correct: 2 }],
};

export const quotaExceededExample = {
  type: PROBLEM_TYPES.quotaExceeded,
  title: "Daily quota exceeded",
  status: 429,
  detail:
    "You have used all 50 challenge generations for this 24-hour window. More at 2026-11-27T08:00:00.000Z.",
  "violated-policies": ["daily"],
};
