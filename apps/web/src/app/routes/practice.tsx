import { PageHeader } from "@/components/ui/page-header";
import { useDocumentTitle } from "@/lib/use-document-title";

/** Placeholder until the practice feature lands. */
export function PracticePage() {
  useDocumentTitle("Practice");
  return (
    <PageHeader title="Practice">
      <p>Generate a challenge: pick a difficulty, a language and a topic.</p>
      <p className="mt-4 rounded-md border border-dashed border-slate-300 p-4 text-sm dark:border-slate-700">
        This page is coming soon.
      </p>
    </PageHeader>
  );
}
