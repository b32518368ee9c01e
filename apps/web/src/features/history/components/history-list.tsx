import type { HistoryItem, Language } from "@katagen/contract";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DIFFICULTY_LABELS } from "@/components/ui/labels";
import { Spinner } from "@/components/ui/spinner";
import { useHistory } from "../api/get-history";
import type { HistorySearch } from "../utils/history-search";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * One line that tells two challenges of the same template apart: the program's last line, usually the
 * call that prints, with this instance's names and numbers in it.
 */
export function codePreview(code: string): string {
  const lines = code.split("\n").filter((line) => line.trim() !== "" && line.trim() !== "}");
  return (lines[lines.length - 1] ?? "").trim();
}

export function HistoryList({
  filters,
  languageLabel,
  topicLabel = (id) => id,
  renderChallenge,
}: {
  filters: HistorySearch;
  /** Display name for a language (the catalog knows it). */
  languageLabel: (language: Language) => string;
  topicLabel?: (topicId: string) => string;
  /** The challenge card for an expanded item: answering in place happens there. */
  renderChallenge: (item: HistoryItem) => ReactNode;
}) {
  const history = useHistory(filters);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (history.isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-slate-600 dark:text-slate-300">
        <Spinner /> Loading your history…
      </p>
    );
  }
  if (history.isError) {
    return (
      <Alert title="Your history could not be loaded">
        {history.error.message}{" "}
        <button type="button" className="font-semibold underline" onClick={() => void history.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }

  const items = history.data.pages.flatMap((page) => page.items);
  const filtered = Object.values(filters).some(Boolean);
  if (items.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-300">
        {filtered
          ? "No challenges match these filters."
          : "No challenges yet. Generate one on the Practice page."}
      </p>
    );
  }

  return (
    <div>
      <ol aria-label="Your challenges, newest first" className="space-y-3">
        {items.map((item) => {
          const open = expanded.has(item.id);
          const panelId = `history-panel-${item.id}`;
          const verb = open ? "Hide" : item.answer ? "Review" : "Answer";
          return (
            <li
              key={item.id}
              className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-950"
            >
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <h2 className="font-semibold break-words text-slate-900 dark:text-white">{item.title}</h2>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    {DIFFICULTY_LABELS[item.difficulty]} · {languageLabel(item.language)} ·{" "}
                    {topicLabel(item.topic)} ·{" "}
                    <time dateTime={item.createdAt}>{dateFormat.format(new Date(item.createdAt))}</time>
                  </p>
                  {item.code ? (
                    <p
                      className="mt-1 truncate font-mono text-xs text-slate-500 dark:text-slate-400"
                      data-testid="history-code-preview"
                    >
                      {codePreview(item.code)}
                    </p>
                  ) : null}
                </div>
                <div className="flex shrink-0 items-center gap-3">
                  <StatusBadge item={item} />
                  <Button
                    variant="secondary"
                    aria-expanded={open}
                    aria-controls={panelId}
                    // The visible verb first, then which challenge: a list of bare "Answer" buttons is ambiguous.
                    aria-label={`${verb} ${item.title}`}
                    onClick={() => toggle(item.id)}
                  >
                    {verb}
                  </Button>
                </div>
              </div>
              {open ? (
                <div id={panelId} className="mt-4">
                  {renderChallenge(item)}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="mt-6 flex flex-col items-center gap-2">
        {history.hasNextPage ? (
          <Button
            variant="secondary"
            onClick={() => void history.fetchNextPage()}
            disabled={history.isFetchingNextPage}
            aria-busy={history.isFetchingNextPage || undefined}
          >
            {history.isFetchingNextPage ? <Spinner /> : null}
            {history.isFetchingNextPage ? "Loading more…" : "Load more"}
          </Button>
        ) : (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            {items.length === 1 ? "That is your only challenge" : `That is all ${items.length}`}
            {filtered ? " matching these filters." : "."}
          </p>
        )}
        {history.isFetchNextPageError ? (
          <Alert title="More history could not be loaded">Press “Load more” to try again.</Alert>
        ) : null}
      </div>
    </div>
  );
}

function StatusBadge({ item }: { item: HistoryItem }) {
  if (!item.answer) {
    return (
      <span className="rounded-full border border-slate-300 px-2.5 py-0.5 text-xs font-semibold text-slate-700 dark:border-slate-600 dark:text-slate-200">
        Unanswered
      </span>
    );
  }
  return item.answer.correct ? (
    <span className="inline-flex items-center gap-1 rounded-full bg-emerald-700 px-2.5 py-0.5 text-xs font-semibold text-white">
      <span aria-hidden="true">✓</span> Right
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 rounded-full bg-red-700 px-2.5 py-0.5 text-xs font-semibold text-white">
      <span aria-hidden="true">✗</span> Wrong
    </span>
  );
}
