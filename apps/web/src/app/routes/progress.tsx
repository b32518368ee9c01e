import { PageHeader } from "@/components/ui/page-header";
import { useCatalog } from "@/features/catalog/api/get-catalog";
import { languageName, topicNameIn } from "@/features/catalog/utils/catalog-names";
import { ProgressOverview } from "@/features/progress/components/progress-overview";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ProgressPage() {
  useDocumentTitle("Progress");
  const catalog = useCatalog();
  return (
    <div>
      <PageHeader title="Progress">
        <p>
          Your accuracy by difficulty, language and topic, your streaks, and the last 30 days. Choose a
          language or a topic to practise it.
        </p>
      </PageHeader>
      <ProgressOverview
        languageLabel={(language) => languageName(catalog.data, language)}
        topicLabel={(language, id) => topicNameIn(catalog.data, language, id)}
      />
    </div>
  );
}
