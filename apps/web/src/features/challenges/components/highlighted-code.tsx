import type { Language } from "@katagen/contract";
import { Highlight, themes } from "prism-react-renderer";
import { withBreakOpportunities } from "../utils/break-opportunities";
import { hangingIndent } from "../utils/hanging-indent";

const PRISM_LANGUAGE: Record<Language, string> = {
  javascript: "javascript",
  typescript: "typescript",
  python: "python",
};

/**
 * vsDark with its two colours below AA contrast on #1e1e1e replaced: `constant` (ALL_CAPS names, 3.1:1)
 * takes VS Code Dark+'s constant blue, and `prolog` (1.0:1) the variable colour. axe found the first in a
 * TypeScript program with an upper-case constant.
 */
const LEGIBLE_COLOURS: Record<string, string> = { constant: "#4fc1ff", prolog: "#9cdcfe" };
const theme = {
  ...themes.vsDark,
  styles: themes.vsDark.styles.map((entry) => {
    const colour = entry.types.map((type) => LEGIBLE_COLOURS[type]).find(Boolean);
    return colour ? { ...entry, style: { ...entry.style, color: colour } } : entry;
  }),
};

/** Loaded on demand (see code-block.tsx): the grammars are most of the highlighter's weight. */
export default function HighlightedCode({ code, language }: { code: string; language: Language }) {
  return (
    <Highlight code={code} language={PRISM_LANGUAGE[language]} theme={theme}>
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
