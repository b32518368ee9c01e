import { getRouteApi } from "@tanstack/react-router";
import { PageHeader } from "@/components/ui/page-header";
import { useCatalog } from "@/features/catalog/api/get-catalog";
import { GenerateForm } from "@/features/practice/components/generate-form";
import { useQuota } from "@/features/quota/api/get-quota";
import { QuotaMeter } from "@/features/quota/components/quota-meter";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useNow } from "@/lib/use-now";
import { quotaBlockReason, useGenerateAndOpen } from "./practice-flow";

const routeApi = getRouteApi("/protected/practice");

export function PracticePage() {
  useDocumentTitle("Practice");
  const preset = routeApi.useSearch();
  const catalog = useCatalog();
  const quota = useQuota();
  const now = useNow();
  const generate = useGenerateAndOpen();

  return (
    <div className="max-w-3xl">
      <PageHeader title="Practice">
        <p>
          Pick a difficulty, a language and a topic. Every answer key is checked by running the code first.
        </p>
      </PageHeader>
      <section
        aria-label="Your quota"
        className="mb-6 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
      >
        <QuotaMeter />
      </section>
      <section className="rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
        <GenerateForm
          // The form reads the preset when it mounts; a link to other search params starts it afresh.
          key={`${preset.language ?? ""}/${preset.topic ?? ""}`}
          preset={preset}
          catalog={catalog.data}
          catalogFailed={catalog.isError}
          isPending={generate.isPending}
          error={generate.error}
          disabledReason={quotaBlockReason(quota.data, now, quota.dataUpdatedAt)}
          onGenerate={generate.generate}
        />
      </section>
    </div>
  );
}
