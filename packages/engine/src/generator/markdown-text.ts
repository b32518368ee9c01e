/**
 * The engine's prose (prompt, explanation, option reasons) is Markdown, and Python's dunder names are
 * Markdown's strong emphasis: a bare `__radd__` in a reason reached learners as a bold "radd". Outside
 * code spans and fenced blocks, such a name has its underscores escaped, so it shows as written and is
 * not turned into quoted code either (a reason may name a method the program lacks, and quoted code
 * must occur in the program: G14).
 */
const DUNDER = /(?<![\w\\])__([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)__(?!\w)/g;
/** Fenced blocks and inline code spans, kept as they are. */
const CODE = /(```[\s\S]*?```|(`+)[\s\S]*?\2)/;

export function escapeDunders(markdown: string): string {
  if (!markdown.includes("__")) return markdown;
  return markdown
    .split(CODE)
    .map((part, i) => {
      // split() with two groups yields text, whole code match, backtick group, text, …
      if (i % 3 !== 0) return i % 3 === 1 ? part : "";
      return (part ?? "").replace(DUNDER, (_m, name: string) => `\\_\\_${name}\\_\\_`);
    })
    .join("");
}
