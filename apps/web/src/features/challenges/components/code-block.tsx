import type { Language } from "@katagen/contract";
import { lazy, Suspense } from "react";

const HighlightedCode = lazy(() => import("./highlighted-code"));

/** The program, readable at once as plain text and coloured once the highlighter chunk arrives. */
export function CodeBlock({
  code,
  language,
  languageLabel,
}: {
  code: string;
  language: Language;
  /** The language's display name, for the region's accessible name. */
  languageLabel: string;
}) {
  return (
    <div className="min-w-0">
      {/* Focusable and named: long lines scroll sideways, and keyboard users must be able to scroll too. */}
      <pre
        tabIndex={0}
        role="region"
        aria-label={`${languageLabel} program`}
        className="overflow-x-auto rounded-lg bg-[#1e1e1e] p-4 text-sm leading-relaxed text-[#d4d4d4]"
      >
        <Suspense fallback={<code className="font-mono">{code}</code>}>
          <HighlightedCode code={code} language={language} />
        </Suspense>
      </pre>
    </div>
  );
}
