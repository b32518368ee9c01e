import { lazy, Suspense } from "react";

const MarkdownRenderer = lazy(() => import("./markdown-renderer"));

/** Markdown text; until the parser chunk arrives the raw text is shown, which reads almost the same. */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <Suspense fallback={<div className={`whitespace-pre-line ${className}`}>{children}</div>}>
      <MarkdownRenderer className={className}>{children}</MarkdownRenderer>
    </Suspense>
  );
}
