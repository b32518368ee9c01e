import type { Language, Topic } from "@katagen/contract";
import type { ChallengeTemplate, MisconceptionRule } from "../types";
import { commonRules } from "./common-rules";
import { javascriptRules, javascriptTemplates, javascriptTopics } from "./javascript/index";
import { pythonRules, pythonTemplates, pythonTopics } from "./python/index";
import { typescriptRules, typescriptTemplates, typescriptTopics } from "./typescript/index";

/** What the engine generates from: every language's topics, templates and misconception rules. */
export interface TemplateSource {
  topics: Record<Language, Topic[]>;
  templates: ChallengeTemplate[];
  rules: MisconceptionRule[];
}

export const builtInTemplates: TemplateSource = {
  topics: { javascript: javascriptTopics, typescript: typescriptTopics, python: pythonTopics },
  templates: [...javascriptTemplates, ...typescriptTemplates, ...pythonTemplates],
  rules: [...commonRules, ...javascriptRules, ...typescriptRules, ...pythonRules],
};
