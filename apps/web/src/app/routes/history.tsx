import type { Language } from "@katagen/contract";
import { getRouteApi } from "@tanstack/react-router";
import { PageHeader } from "@/components/ui/page-header";
import { useCatalog } from "@/features/catalog/api/get-catalog";
import { languageName, topicName } from "@/features/catalog/utils/catalog-names";
import { ChallengeCard } from "@/features/challenges/components/challenge-card";
import { HistoryFilters } from "@/features/history/components/history-filters";
import { HistoryList } from "@/features/history/components/history-list";
import { SeeTheRun } from "@/features/step-view/components/see-the-run";
import { TryItYourself } from "@/features/try-it/components/try-it-yourself";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAfterAnswer } from "./practice-flow";

const routeApi = getRouteApi("/protected/history");

export function HistoryPage() {
  useDocumentTitle("History");
  const filters = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const catalog = useCatalog();
  const afterAnswer = useAfterAnswer();
  const languageLabel = (id: Language) => languageName(catalog.data, id);
  const topicLabel = (id: string) => topicName(catalog.data, id);

  return (
    <div>
      <PageHeader title="History">
        <p>Every challenge you have generated, newest first. Open an unanswered one to answer it here.</p>
      </PageHeader>
      <div className="mb-6">
        <HistoryFilters
          value={filters}
          catalog={catalog.data}
          languageLabel={languageLabel}
          onChange={(next) => void navigate({ search: next, replace: true })}
        />
      </div>
      <HistoryList
        filters={filters}
        languageLabel={languageLabel}
        topicLabel={topicLabel}
        renderChallenge={(item) => (
          <ChallengeCard
            challenge={item}
            titleAs="h3"
            shortcuts="focus"
            languageLabel={languageLabel(item.language)}
            topicLabel={topicLabel(item.topic)}
            onAnswered={(answer) => afterAnswer(item.id, answer)}
            answerTools={(result) => (
              <>
                <SeeTheRun challenge={item} languageLabel={languageLabel(item.language)} />
                <TryItYourself
                  challenge={item}
                  result={result}
                  languageLabel={languageLabel(item.language)}
                />
              </>
            )}
          />
        )}
      />
    </div>
  );
}
