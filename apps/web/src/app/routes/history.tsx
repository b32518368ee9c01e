import { PageHeader } from "@/components/ui/page-header";
import { useDocumentTitle } from "@/lib/use-document-title";

/** Placeholder until the history feature lands. */
export function HistoryPage() {
  useDocumentTitle("History");
  return (
    <PageHeader title="History">
      <p>Every challenge you have generated, newest first.</p>
      <p className="mt-4 rounded-md border border-dashed border-slate-300 p-4 text-sm dark:border-slate-700">
        This page is coming soon.
      </p>
    </PageHeader>
  );
}
