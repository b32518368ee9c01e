/**
 * Instruments a JavaScript or TypeScript program for the step view: every `console.log(...)` (and
 * `.info`, `.debug`) call gets one more, last argument, `__katagenProbe(id, [() => a, () => b])`, which
 * the traced run's console (sandbox/trace-prelude.mjs) takes off again. Arguments are evaluated left to
 * right, so the probe reads `a` and `b` after the real arguments, as the call sees them. Insertions never
 * add a line break, so a probe's line is its call's line in the program as the learner reads it, and
 * TypeScript is instrumented before it is transpiled (no source map needed).
 *
 * A tokenizer rather than a parser: all this needs is where each call's parentheses close and which
 * names its arguments read. A mistake cannot produce a wrong trace silently: the traced run must print
 * exactly what the plain run prints, or the trace is dropped (trace.ts).
 */

export interface Probe {
  id: number;
  /** 1-based line of the `console` token. */
  line: number;
  /** The names the call's arguments read, in order of first appearance. */
  names: string[];
}

export interface Instrumented {
  code: string;
  probes: Probe[];
}

export const PROBE_NAME = "__katagenProbe";

type Kind = "name" | "punct" | "string" | "template" | "number" | "regex" | "private";

interface Token {
  kind: Kind;
  text: string;
  start: number;
  end: number;
}

// Longest first, so `=>` and `?.` come out whole (a `?.` before a digit is `?` then a number).
const PUNCTUATORS = [
  ">>>=",
  "...",
  "===",
  "!==",
  "**=",
  "<<=",
  ">>=",
  ">>>",
  "&&=",
  "||=",
  "??=",
  "=>",
  "?.",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "??",
  "++",
  "--",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "**",
  "<<",
  ">>",
];

/** After these words a `/` starts a regular expression, not a division. */
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);

/** Names that are never a variable worth showing: keywords, literals, and TypeScript's type words. */
const NOT_VARIABLES = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "export",
  "extends",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "await",
  "async",
  "of",
  "true",
  "false",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "arguments",
  "console",
  "globalThis",
  "as",
  "satisfies",
  "keyof",
  "readonly",
  "type",
  "interface",
  "enum",
  "implements",
  "private",
  "public",
  "protected",
  "declare",
  "abstract",
  "unique",
  "infer",
  "is",
  "asserts",
  "never",
  "unknown",
  "any",
  "number",
  "string",
  "boolean",
  "symbol",
  "object",
  "bigint",
  PROBE_NAME,
]);

const NAME_START = /[\p{ID_Start}$_]/u;
const NAME_PART = /[\p{ID_Continue}$\u200c\u200d]/u;
const NUMBER = /^(?:0[xXbBoO][\da-fA-F_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?)/;

function regexAllowed(prev: Token | undefined): boolean {
  if (!prev) return true;
  if (prev.kind === "name") return KEYWORDS_BEFORE_EXPRESSION.has(prev.text);
  if (prev.kind === "punct") return ![")", "]", "}"].includes(prev.text);
  return false;
}

/** The program's tokens; null when it cannot be read (an unterminated string, say). */
export function tokenize(src: string): Token[] | null {
  const tokens: Token[] = [];
  // Open `{` and template `${` brackets, so a `}` knows whether it resumes a template literal.
  const braces: ("brace" | "template")[] = [];
  let i = 0;
  const push = (kind: Kind, start: number, end: number) =>
    tokens.push({ kind, text: src.slice(start, end), start, end });

  /** Scans template text from i (just after "`" or "}") to its "`" or "${". */
  const templateChunk = (start: number): boolean => {
    while (i < src.length) {
      const c = src[i]!;
      if (c === "\\") i += 2;
      else if (c === "`") {
        i++;
        push("template", start, i);
        return true;
      } else if (c === "$" && src[i + 1] === "{") {
        i += 2;
        push("template", start, i);
        braces.push("template");
        return true;
      } else i++;
    }
    return false;
  };

  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "/") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const close = src.indexOf("*/", i + 2);
      if (close === -1) return null;
      i = close + 2;
      continue;
    }
    const start = i;
    if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === "\n") return null;
        i += src[i] === "\\" ? 2 : 1;
      }
      if (i >= src.length) return null;
      i++;
      push("string", start, i);
      continue;
    }
    if (c === "`") {
      i++;
      if (!templateChunk(start)) return null;
      continue;
    }
    if (c === "}" && braces.at(-1) === "template") {
      braces.pop();
      i++;
      if (!templateChunk(start)) return null;
      continue;
    }
    if (c === "/" && regexAllowed(tokens.at(-1))) {
      i++;
      let inClass = false;
      while (i < src.length && (inClass || src[i] !== "/")) {
        if (src[i] === "\n") return null;
        if (src[i] === "\\") i++;
        else if (src[i] === "[") inClass = true;
        else if (src[i] === "]") inClass = false;
        i++;
      }
      if (i >= src.length) return null;
      i++;
      while (i < src.length && NAME_PART.test(src[i]!)) i++;
      push("regex", start, i);
      continue;
    }
    const startsNumber = /\d/.test(c) || (c === "." && /\d/.test(src[i + 1] ?? ""));
    const number = startsNumber ? NUMBER.exec(src.slice(i, i + 64)) : null;
    if (number) {
      i += number[0].length;
      push("number", start, i);
      continue;
    }
    if (NAME_START.test(c) || (c === "#" && NAME_START.test(src[i + 1] ?? ""))) {
      i++;
      while (i < src.length && NAME_PART.test(src[i]!)) i++;
      push(c === "#" ? "private" : "name", start, i);
      continue;
    }
    const punct = PUNCTUATORS.find(
      (p) => src.startsWith(p, i) && !(p === "?." && /\d/.test(src[i + 2] ?? "")),
    );
    i += punct ? punct.length : 1;
    if (c === "{" && !punct) braces.push("brace");
    if (c === "}" && !punct) braces.pop();
    push("punct", start, i);
  }
  return braces.length === 0 ? tokens : null;
}

const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** Index of the bracket closing tokens[at] (an opening bracket), or -1. */
function closing(tokens: Token[], at: number): number {
  const stack: string[] = [];
  for (let k = at; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "template") {
      // "${" opens and a "}`"-style chunk closes a substitution; a whole "`...`" is neither.
      if (t.text.endsWith("${")) stack.push("}");
      if (t.text.startsWith("}") && stack.pop() !== "}") return -1;
      if (stack.length === 0) return k;
      continue;
    }
    if (t.kind !== "punct") continue;
    if (OPEN[t.text]) stack.push(OPEN[t.text]!);
    else if ([")", "]", "}"].includes(t.text)) {
      if (stack.pop() !== t.text) return -1;
      if (stack.length === 0) return k;
    }
  }
  return -1;
}

/** Index of the bracket opening the one at tokens[at] (a closing bracket), or -1. */
function opening(tokens: Token[], at: number): number {
  let depth = 0;
  for (let k = at; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== "punct") continue;
    if ([")", "]", "}"].includes(t.text)) depth++;
    else if (OPEN[t.text] && --depth === 0) return k;
  }
  return -1;
}

const isPunct = (t: Token | undefined, text: string) => t?.kind === "punct" && t.text === text;

/**
 * The names a call's argument tokens read from the caller's scope. Over-cautious on purpose: any name
 * that is bound inside the arguments (arrow or function parameters, declarations in a callback body)
 * is left out everywhere, since the probe, reading at the call, would see an outer variable of that
 * name instead. Object keys and property names are not reads.
 */
export function freeNames(args: Token[]): string[] {
  const bound = new Set<string>();
  const bindAll = (from: number, to: number) => {
    for (let k = from; k <= to; k++) if (args[k]!.kind === "name") bound.add(args[k]!.text);
  };
  for (let k = 0; k < args.length; k++) {
    const t = args[k]!;
    if (isPunct(t, "=>")) {
      const prev = args[k - 1];
      if (prev?.kind === "name") bound.add(prev.text);
      else if (isPunct(prev, ")")) {
        const open = opening(args, k - 1);
        if (open >= 0) bindAll(open, k - 1);
      }
    } else if (t.kind === "name" && (t.text === "function" || t.text === "catch" || t.text === "class")) {
      let k2 = k + 1;
      if (args[k2]?.kind === "name") bound.add(args[k2++]!.text);
      if (isPunct(args[k2], "(")) {
        const close = closing(args, k2);
        if (close >= 0) bindAll(k2, close);
      }
    } else if (t.kind === "name" && ["const", "let", "var"].includes(t.text)) {
      const next = args[k + 1];
      if (next?.kind === "name") bound.add(next.text);
      else if (next && (isPunct(next, "{") || isPunct(next, "["))) {
        const close = closing(args, k + 1);
        if (close >= 0) bindAll(k + 1, close);
      }
    }
  }
  const names: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const t = args[k]!;
    if (t.kind !== "name" || NOT_VARIABLES.has(t.text) || bound.has(t.text)) continue;
    const prev = args[k - 1];
    if (isPunct(prev, ".") || isPunct(prev, "?.")) continue;
    const objectKey = isPunct(args[k + 1], ":") && (isPunct(prev, "{") || isPunct(prev, ","));
    if (objectKey || names.includes(t.text)) continue;
    names.push(t.text);
  }
  return names;
}

const CONSOLE_METHODS = new Set(["log", "info", "debug"]);

/** The instrumented program and its probes; null when the program cannot be instrumented safely. */
export function instrumentJs(src: string): Instrumented | null {
  if (src.includes(PROBE_NAME)) return null;
  const tokens = tokenize(src);
  if (!tokens) return null;
  const lineStarts = [0];
  for (let k = 0; k < src.length; k++) if (src[k] === "\n") lineStarts.push(k + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const probes: Probe[] = [];
  const inserts: { at: number; text: string }[] = [];
  for (let k = 0; k + 3 < tokens.length; k++) {
    const t = tokens[k]!;
    const method = tokens[k + 2]!;
    const calls =
      t.kind === "name" &&
      t.text === "console" &&
      !isPunct(tokens[k - 1], ".") &&
      !isPunct(tokens[k - 1], "?.") &&
      isPunct(tokens[k + 1], ".") &&
      method.kind === "name" &&
      CONSOLE_METHODS.has(method.text) &&
      isPunct(tokens[k + 3], "(");
    if (!calls) continue;
    const close = closing(tokens, k + 3);
    if (close === -1) return null;
    const args = tokens.slice(k + 4, close);
    const probe: Probe = { id: probes.length, line: lineOf(t.start), names: freeNames(args) };
    probes.push(probe);
    const reads = probe.names.map((n) => `() => ${n}`).join(", ");
    const comma = args.length === 0 || isPunct(args.at(-1), ",") ? "" : ", ";
    inserts.push({ at: tokens[close]!.start, text: `${comma}${PROBE_NAME}(${probe.id}, [${reads}])` });
  }
  let code = src;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at))
    code = code.slice(0, at) + text + code.slice(at);
  return { code, probes };
}
