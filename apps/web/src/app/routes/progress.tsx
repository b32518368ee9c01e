import { PageHeader } from "@/components/ui/page-header";
import { useCatalog } from "@/features/catalog/api/get-catalog";
import { topicName } from "@/features/catalog/utils/catalog-names";
import { ProgressOverview } from "@/features/progress/components/progress-overview";
import { useDocumentTitle } from "@/lib/use-document-title";

export function ProgressPage() {
  useDocumentTitle("Progress");
  const catalog = useCatalog();
  return (
    <div>
      <PageHeader title="Progress">
        <p>Your accuracy by difficulty and topic, your streaks, and the last 30 days.</p>
      </PageHeader>
      <ProgressOverview topicLabel={(id) => topicName(catalog.data, id)} />
    </div>
  );
}
