import type { Language } from "@katagen/contract";
import { Highlight, themes } from "prism-react-renderer";
import { withBreakOpportunities } from "../utils/break-opportunities";
import { hangingIndent } from "../utils/hanging-indent";

const PRISM_LANGUAGE: Record<Language, string> = {
  javascript: "javascript",
  typescript: "typescript",
  python: "python",
};

/** Loaded on demand (see code-block.tsx): the grammars are most of the highlighter's weight. */
export default function HighlightedCode({ code, language }: { code: string; language: Language }) {
  return (
    <Highlight code={code} language={PRISM_LANGUAGE[language]} theme={themes.vsDark}>
      {({ tokens, getLineProps, getTokenProps }) => (
        <code className="font-mono">
          {tokens.map((line, i) => (
            <span
              key={i}
              {...getLineProps({ line })}
              className="block"
              style={hangingIndent(line.map((token) => token.content).join(""))}
            >
              {line.map((token, key) => {
                const props = getTokenProps({ token });
                return (
                  <span key={key} {...props}>
                    {withBreakOpportunities(token.content)}
                  </span>
                );
              })}
              {line.length === 0 || (line.length === 1 && line[0]!.empty) ? "\n" : null}
            </span>
          ))}
        </code>
      )}
    </Highlight>
  );
}
