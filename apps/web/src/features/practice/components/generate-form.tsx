import { DIFFICULTIES, type Catalog, type Difficulty, type GenerateChallengeBody } from "@katagen/contract";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DIFFICULTY_LABELS } from "@/components/ui/labels";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { SelectField } from "@/components/ui/select-field";
import { Spinner } from "@/components/ui/spinner";
import { describeGenerateError } from "../utils/describe-generate-error";
import type { PracticeSearch } from "../utils/practice-search";
import { loadPracticeSettings, savePracticeSettings, withPreset } from "../utils/practice-settings";

const ANY_TOPIC = "";

export function GenerateForm({
  catalog,
  catalogFailed = false,
  isPending,
  error,
  disabledReason,
  preset = {},
  onGenerate,
}: {
  catalog: Catalog | undefined;
  catalogFailed?: boolean;
  isPending: boolean;
  /** The last generate failure, shown under the button until the next attempt. */
  error?: unknown;
  /** Why generating is impossible right now (no quota left); disables the button and says so next to it. */
  disabledReason?: string;
  /** A link's language and topic (Practice's search params), chosen over the remembered ones on mount. */
  preset?: PracticeSearch;
  onGenerate: (settings: GenerateChallengeBody) => void;
}) {
  const [settings, setSettings] = useState<GenerateChallengeBody>(() =>
    withPreset(loadPracticeSettings(), preset),
  );
  const reasonId = useId();

  const languages = catalog?.languages ?? [];
  const language = languages.find((l) => l.id === settings.language) ?? languages[0];
  const topics = language?.topics ?? [];
  const topic = topics.some((t) => t.id === settings.topic) ? settings.topic : undefined;
  const difficulties = catalog?.difficulties ?? [...DIFFICULTIES];

  function update(next: Partial<GenerateChallengeBody>) {
    setSettings((current) => {
      const merged = { ...current, ...next };
      savePracticeSettings(merged);
      return merged;
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (isPending || disabledReason || !language) return;
    const body: GenerateChallengeBody = { difficulty: settings.difficulty, language: language.id };
    if (topic) body.topic = topic;
    savePracticeSettings(body);
    onGenerate(body);
  }

  const blocked = Boolean(disabledReason);
  return (
    <form onSubmit={onSubmit} aria-label="Generate a challenge" className="space-y-5">
      <SegmentedControl<Difficulty>
        legend="Difficulty"
        options={difficulties.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
        value={settings.difficulty}
        onChange={(difficulty) => update({ difficulty })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Language"
          value={language?.id ?? ""}
          disabled={!catalog}
          options={
            catalog
              ? languages.map((l) => ({ value: l.id, label: l.name }))
              : [{ value: "", label: "Loading…" }]
          }
          onChange={(event) => {
            const next = languages.find((l) => l.id === event.target.value);
            if (next) update({ language: next.id, topic: undefined });
          }}
        />
        <SelectField
          label="Topic"
          value={topic ?? ANY_TOPIC}
          disabled={!catalog}
          options={[
            { value: ANY_TOPIC, label: catalog ? "Any topic" : "Loading…" },
            ...topics.map((t) => ({ value: t.id, label: t.name })),
          ]}
          onChange={(event) =>
            update({ topic: event.target.value === ANY_TOPIC ? undefined : event.target.value })
          }
        />
      </div>
      {catalogFailed ? (
        <Alert title="The list of languages and topics could not be loaded">
          Reload the page to try again.
        </Alert>
      ) : null}

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button
          type="submit"
          className="px-5 py-2.5 text-base"
          disabled={isPending || blocked || !language}
          aria-describedby={blocked ? reasonId : undefined}
          aria-busy={isPending || undefined}
        >
          {isPending ? <Spinner /> : null}
          {isPending ? "Generating…" : "Generate challenge"}
        </Button>
        {blocked ? (
          <p id={reasonId} className="text-sm font-medium text-amber-800 dark:text-amber-200">
            {disabledReason}
          </p>
        ) : null}
      </div>

      <div role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
        {isPending ? "Writing your challenge and running the code to prove the answer…" : null}
      </div>
      {error && !isPending ? <GenerateError error={error} /> : null}
    </form>
  );
}

export function GenerateError({ error }: { error: unknown }) {
  const message = describeGenerateError(error);
  return (
    <Alert tone={message.tone} title={message.title}>
      {message.detail}
    </Alert>
  );
}
