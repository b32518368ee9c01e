import type { CSSProperties } from "react";

/** Columns a tab takes in the code block (its CSS tab-size matches). */
export const TAB_SIZE = 4;

/**
 * Code soft-wraps instead of running out of its box (issue 12). A wrapped line's continuation rows start
 * two columns right of the line's own indentation, so they read as one line and never as the next
 * statement: the first row keeps its leading whitespace, pulled back by a negative text-indent.
 */
export function hangingIndent(line: string): CSSProperties {
  let columns = 0;
  for (const char of line) {
    if (char === " ") columns += 1;
    else if (char === "\t") columns += TAB_SIZE - (columns % TAB_SIZE);
    else break;
  }
  const hang = `${columns + 2}ch`;
  return { paddingLeft: hang, textIndent: `-${hang}` };
}
