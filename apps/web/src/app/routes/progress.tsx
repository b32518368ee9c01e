import { PageHeader } from "@/components/ui/page-header";
import { useDocumentTitle } from "@/lib/use-document-title";

/** Placeholder until the progress feature lands. */
export function ProgressPage() {
  useDocumentTitle("Progress");
  return (
    <PageHeader title="Progress">
      <p>Your accuracy by difficulty and topic, and your streak.</p>
      <p className="mt-4 rounded-md border border-dashed border-slate-300 p-4 text-sm dark:border-slate-700">
        This page is coming soon.
      </p>
    </PageHeader>
  );
}
