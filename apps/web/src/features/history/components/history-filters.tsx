import { DIFFICULTIES, HistoryStatusSchema, LANGUAGES, type Catalog, type Language } from "@katagen/contract";
import { Button } from "@/components/ui/button";
import { DIFFICULTY_LABELS, STATUS_LABELS } from "@/components/ui/labels";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import type { HistorySearch } from "../utils/history-search";

const ANY = "";
/** Joins a language and a topic in one choice of the topic select; neither id contains it. */
const BOTH = "/";

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
  // With one language: its topics. With any language: every language's topics under its name, each
  // choice naming its language too (`python/recursion`), since languages' topics have near-identical names.
  const topicOptions: SelectOption[] = value.language
    ? (languages.find((l) => l.id === value.language)?.topics ?? []).map((t) => ({
        value: t.id,
        label: t.name,
      }))
    : languages.flatMap((l) =>
        l.topics.map((t) => ({ value: `${l.id}${BOTH}${t.id}`, label: t.name, group: languageLabel(l.id) })),
      );
  // A topic from the URL that the catalog does not list stays selectable, so the select shows the real filter.
  if (value.topic && !topicOptions.some((o) => o.value === value.topic))
    topicOptions.unshift({ value: value.topic, label: value.topic });

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
        options={[{ value: ANY, label: "Any topic" }, ...topicOptions]}
        onChange={(e) => {
          const [language, topic] = e.target.value.split(BOTH) as [string, string | undefined];
          if (topic === undefined) set({ topic: language || undefined });
          else set({ language: language as HistorySearch["language"], topic });
        }}
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
