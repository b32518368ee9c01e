import ReactMarkdown, { type Components } from "react-markdown";

// react-markdown never renders raw HTML by default, which matters: prompts and explanations may come from an LLM.
const components: Components = {
  p: ({ children }) => <p className="my-2 first:mt-0 last:mb-0">{children}</p>,
  ul: ({ children }) => <ul className="my-2 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="my-2 list-decimal space-y-1 pl-6">{children}</ol>,
  strong: ({ children }) => (
    <strong className="font-semibold text-slate-900 dark:text-white">{children}</strong>
  ),
  a: ({ children, href }) => (
    <a
      href={href}
      rel="noreferrer noopener"
      target="_blank"
      className="text-indigo-700 underline dark:text-indigo-300"
    >
      {children}
    </a>
  ),
  pre: ({ children }) => (
    // The code element inside is block code: without the inline-code padding and background below,
    // which on an inline element indent only the first line. It wraps like the program does
    // (features/challenges/components/code-block.tsx): a target output keeps its line breaks, and a
    // long line wraps rather than being cut off.
    <pre className="my-2 rounded-md break-words whitespace-pre-wrap bg-slate-100 p-3 text-sm dark:bg-slate-900 [&>code]:bg-transparent [&>code]:p-0 dark:[&>code]:bg-transparent">
      {children}
    </pre>
  ),
  code: ({ children }) => (
    // Inline code in a reason can be a whole statement: it may break anywhere rather than widen the page.
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] [overflow-wrap:anywhere] text-slate-900 dark:bg-slate-800 dark:text-slate-100">
      {children}
    </code>
  ),
};

/** Loaded on demand through markdown.tsx: the markdown parser is about a fifth of the app's JavaScript. */
export default function MarkdownRenderer({
  children,
  className = "",
}: {
  children: string;
  className?: string;
}) {
  return (
    <div className={className}>
      <ReactMarkdown components={components}>{children}</ReactMarkdown>
    </div>
  );
}
