import {
  DIFFICULTIES,
  LANGUAGES,
  type Catalog,
  type Difficulty,
  type Language,
  type Topic,
} from "@katagen/contract";
import { EngineError } from "./errors";
import type { TemplateSource } from "./templates/index";
import type { ChallengeTemplate, MisconceptionRule } from "./types";

/**
 * One spelling per language, for the catalog and the LLM prompt alike: the model is asked about the
 * language the learner picked.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

/** Templates indexed by cell, rules by id, and the catalog users pick from. */
export interface Registry {
  topics: Record<Language, Topic[]>;
  templates: ChallengeTemplate[];
  rules: Map<string, MisconceptionRule>;
  catalog: Catalog;
  /** The templates of one language × topic × difficulty; throws EngineError when there are none. */
  cell(language: Language, topic: string, difficulty: Difficulty): ChallengeTemplate[];
}

/** Indexes a template source; throws on authoring mistakes that would otherwise surface per request. */
export function buildRegistry(source: TemplateSource): Registry {
  const rules = new Map<string, MisconceptionRule>();
  for (const rule of source.rules) {
    if (rules.has(rule.id)) throw new Error(`duplicate misconception rule id ${rule.id}`);
    rules.set(rule.id, rule);
  }
  const cells = new Map<string, ChallengeTemplate[]>();
  const ids = new Set<string>();
  for (const t of source.templates) {
    if (ids.has(t.id)) throw new Error(`duplicate template id ${t.id}`);
    ids.add(t.id);
    if (!source.topics[t.language]?.some((topic) => topic.id === t.topic)) {
      throw new Error(`template ${t.id} uses topic ${t.topic}, which ${t.language} does not list`);
    }
    const key = `${t.language}/${t.topic}/${t.difficulty}`;
    cells.set(key, [...(cells.get(key) ?? []), t]);
  }
  // A topic is offered only when every difficulty can be generated.
  const offered = (language: Language) =>
    source.topics[language].filter((topic) =>
      DIFFICULTIES.every((d) => (cells.get(`${language}/${topic.id}/${d}`)?.length ?? 0) > 0),
    );
  const catalog: Catalog = {
    languages: LANGUAGES.map((id) => ({ id, name: LANGUAGE_NAMES[id], topics: offered(id) })).filter(
      (l) => l.topics.length > 0,
    ),
    difficulties: [...DIFFICULTIES],
  };
  return {
    topics: source.topics,
    templates: source.templates,
    rules,
    catalog,
    cell(language, topic, difficulty) {
      if (!LANGUAGES.includes(language))
        throw new EngineError("unknown-language", `unknown language ${language}`);
      if (!source.topics[language].some((t) => t.id === topic)) {
        throw new EngineError("unknown-topic", `${language} has no topic ${topic}`);
      }
      const templates = cells.get(`${language}/${topic}/${difficulty}`) ?? [];
      if (templates.length === 0) {
        throw new EngineError("no-templates", `no templates for ${language} / ${topic} / ${difficulty}`);
      }
      return templates;
    },
  };
}
