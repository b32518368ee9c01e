import type {
  AnswerResult,
  Catalog,
  Challenge,
  HistoryItem,
  Language,
  Quota,
  Stats,
} from "@katagen/contract";
import { answerExample, catalogExample, challengeExample, quotaExample } from "@katagen/contract/examples";
import { languageName } from "@/features/catalog/utils/catalog-names";

// The tests start from the payloads the OpenAPI document shows (@katagen/contract/examples), so the UI is
// tested against what the docs promise. An override here is a value some test asserts that the example does
// not have; the challenge card test also asserts the example's code, options and explanations as they are.

const [javascript] = catalogExample.languages;

export const catalogFixture: Catalog = {
  ...catalogExample,
  // A second topic and a second language: the history filters list topics per language.
  languages: [
    {
      ...javascript,
      topics: [
        ...javascript.topics,
        { id: "closures-and-scope", name: "Closures and scope", description: "" },
      ],
    },
    { id: "python", name: "Python", topics: [{ id: "generators", name: "Generators", description: "" }] },
  ],
};

/** Language names as the app hands them to the feature components: the (fixture) catalog's. */
export const languageLabelFixture = (language: Language) => languageName(catalogFixture, language);

export function challengeFixture(overrides: Partial<Challenge> = {}): Challenge {
  return {
    ...challengeExample,
    // Routes and fake API paths in the tests say /challenges/ch_1.
    id: "ch_1",
    // The card test checks that the prompt's Markdown renders (a <strong>).
    prompt: "What does this program **print**?",
    ...overrides,
  };
}

export function answerFixture(choice: number, correctChoice = 0): AnswerResult {
  return { ...answerExample, correct: choice === correctChoice, choice, correctChoice };
}

export function historyItemFixture(n: number, answer: AnswerResult | null = null): HistoryItem {
  return { ...challengeFixture({ id: `ch_${n}`, title: `Challenge ${n}` }), answer };
}

export function quotaFixture(overrides: Partial<Quota> = {}): Quota {
  // The practice test reads "3 of 10 left".
  return { ...quotaExample, limit: 10, remaining: 3, ...overrides };
}

export const emptyStats: Stats = {
  totalChallenges: 0,
  overall: { answered: 0, correct: 0, accuracy: 0 },
  byDifficulty: {},
  byLanguage: {},
  byTopic: {},
  byLanguageTopic: {},
  currentStreak: 0,
  longestStreak: 0,
  activity: [],
};
