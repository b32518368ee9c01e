import type { Language } from "@katagen/contract";
import { lazy, Suspense } from "react";
import { withBreakOpportunities } from "../utils/break-opportunities";
import { hangingIndent, TAB_SIZE } from "../utils/hanging-indent";

const HighlightedCode = lazy(() => import("./highlighted-code"));

/**
 * The program, readable at once as plain text and coloured once the highlighter chunk arrives. Long lines
 * soft-wrap with a hanging indent at every width (utils/hanging-indent.ts), so nothing is cut off and
 * nothing scrolls sideways; a line wraps after a dot, bracket or comma before a name has to break
 * (utils/break-opportunities.tsx), and a token too long for the box breaks where it must.
 */
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
      <pre
        role="region"
        aria-label={`${languageLabel} program`}
        style={{ tabSize: TAB_SIZE }}
        className="rounded-lg bg-[#1e1e1e] p-4 text-sm leading-relaxed break-words whitespace-pre-wrap text-[#d4d4d4] [overflow-wrap:anywhere]"
      >
        <Suspense fallback={<PlainCode code={code} />}>
          <HighlightedCode code={code} language={language} />
        </Suspense>
      </pre>
    </div>
  );
}

function PlainCode({ code }: { code: string }) {
  return (
    <code className="font-mono">
      {code.split("\n").map((line, i) => (
        <span key={i} className="block" style={hangingIndent(line)}>
          {line === "" ? "\n" : withBreakOpportunities(line)}
        </span>
      ))}
    </code>
  );
}
