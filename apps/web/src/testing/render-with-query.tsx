import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { createQueryClient } from "@/lib/query-client";

/** Renders a component with the app's real query client settings (no router). */
export function renderWithQuery(ui: ReactElement) {
  const queryClient = createQueryClient();
  const result = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return {
    ...result,
    queryClient,
    rerender: (next: ReactElement) =>
      result.rerender(<QueryClientProvider client={queryClient}>{next}</QueryClientProvider>),
  };
}
