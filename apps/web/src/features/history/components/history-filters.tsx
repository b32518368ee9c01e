import { DIFFICULTIES, HistoryStatusSchema, LANGUAGES, type Catalog, type Language } from "@katagen/contract";
import { Button } from "@/components/ui/button";
import { DIFFICULTY_LABELS, STATUS_LABELS } from "@/components/ui/labels";
import { SelectField } from "@/components/ui/select-field";
import type { HistorySearch } from "../utils/history-search";

const ANY = "";

export function HistoryFilters({
  value,
  catalog,
  languageLabel,
  onChange,
}: {
  value: HistorySearch;
  catalog: Catalog | undefined;
  /** Display name for a language: the catalog's, or the built-in one while it loads (the app knows which). */
  languageLabel: (language: Language) => string;
  onChange: (next: HistorySearch) => void;
}) {
  const languages = catalog?.languages ?? [];
  const topicPool = value.language ? languages.filter((l) => l.id === value.language) : languages;
  const topics = new Map<string, string>();
  for (const language of topicPool)
    for (const topic of language.topics) if (!topics.has(topic.id)) topics.set(topic.id, topic.name);
  // A topic from the URL that the catalog does not list stays selectable, so the select shows the real filter.
  if (value.topic && !topics.has(value.topic)) topics.set(value.topic, value.topic);

  const set = (patch: Partial<HistorySearch>) => {
    const next: HistorySearch = { ...value, ...patch };
    for (const key of Object.keys(next) as (keyof HistorySearch)[]) if (!next[key]) delete next[key];
    onChange(next);
  };
  const active = Object.values(value).some(Boolean);

  return (
    <form
      aria-label="Filter history"
      onSubmit={(event) => event.preventDefault()}
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end"
    >
      <SelectField
        label="Difficulty"
        value={value.difficulty ?? ANY}
        options={[
          { value: ANY, label: "Any difficulty" },
          ...DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] })),
        ]}
        onChange={(e) => set({ difficulty: (e.target.value || undefined) as HistorySearch["difficulty"] })}
      />
      <SelectField
        label="Language"
        value={value.language ?? ANY}
        options={[
          { value: ANY, label: "Any language" },
          ...LANGUAGES.map((l) => ({ value: l, label: languageLabel(l) })),
        ]}
        onChange={(e) =>
          set({ language: (e.target.value || undefined) as HistorySearch["language"], topic: undefined })
        }
      />
      <SelectField
        label="Topic"
        value={value.topic ?? ANY}
        options={[
          { value: ANY, label: "Any topic" },
          ...[...topics].map(([id, name]) => ({ value: id, label: name })),
        ]}
        onChange={(e) => set({ topic: e.target.value || undefined })}
      />
      <SelectField
        label="Status"
        value={value.status ?? ANY}
        options={[
          { value: ANY, label: "Any status" },
          ...HistoryStatusSchema.options.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
        ]}
        onChange={(e) => set({ status: (e.target.value || undefined) as HistorySearch["status"] })}
      />
      <Button variant="secondary" disabled={!active} onClick={() => onChange({})}>
        Clear filters
      </Button>
    </form>
  );
}
