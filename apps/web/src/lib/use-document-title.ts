import { useEffect } from "react";

const APP_NAME = "Katagen";

/** Screen readers announce the title on navigation, so every page names itself. */
export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
