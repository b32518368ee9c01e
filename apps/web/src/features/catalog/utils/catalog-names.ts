import type { Catalog, Language } from "@katagen/contract";

/**
 * The catalog (/api/catalog) names the languages; these are for the first render, before it has loaded (or
 * if it fails), so a challenge card or the history never shows a bare id. The same spelling as the
 * catalog's, so nothing changes on screen when it arrives.
 */
const LANGUAGE_NAMES_BEFORE_CATALOG: Record<Language, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

export function languageName(catalog: Catalog | undefined, id: Language): string {
  return catalog?.languages.find((language) => language.id === id)?.name ?? LANGUAGE_NAMES_BEFORE_CATALOG[id];
}

/** Topic id → display name across every language (ids repeat across languages with the same meaning). */
export function topicNames(catalog: Catalog | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const language of catalog?.languages ?? []) {
    for (const topic of language.topics) if (!names.has(topic.id)) names.set(topic.id, topic.name);
  }
  return names;
}

/** A readable fallback for a topic the catalog does not (or no longer) lists: "closures-and-scope" → "Closures and scope". */
export function humanizeTopic(id: string): string {
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function topicName(catalog: Catalog | undefined, id: string): string {
  return topicNames(catalog).get(id) ?? humanizeTopic(id);
}

/** A topic's name as its own language lists it, else as any language does, else humanized. */
export function topicNameIn(catalog: Catalog | undefined, language: Language, id: string): string {
  const own = catalog?.languages.find((l) => l.id === language)?.topics.find((t) => t.id === id);
  return own?.name ?? topicName(catalog, id);
}
