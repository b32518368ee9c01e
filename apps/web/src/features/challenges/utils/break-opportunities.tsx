import { Fragment, type ReactNode } from "react";

/**
 * Where a long code line may wrap before it has to break inside a name: after a `.`, an opening bracket or a
 * comma that is not followed by a space (a space already is a break opportunity). Without these, a line
 * such as `console.log(inputs.filter(Boolean).length);` has no opportunity at all, and
 * `overflow-wrap: anywhere` splits `Boolean` in the middle. `<wbr>` is not copied with the text, so the
 * program a learner copies is exactly the program.
 */
const BREAK_AFTER = /(?<=[.([{,])(?=\S)/;

export function withBreakOpportunities(text: string): ReactNode {
  const pieces = text.split(BREAK_AFTER);
  if (pieces.length === 1 && !endsWithBreak(text)) return text;
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {piece}
        </Fragment>
      ))}
      {endsWithBreak(text) ? <wbr /> : null}
    </>
  );
}

/** A token that ends in `.` or `(` lets the line wrap right after it, before the next token. */
function endsWithBreak(text: string): boolean {
  return /[.([{,]$/.test(text);
}
