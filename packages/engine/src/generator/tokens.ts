import type { Language } from "@katagen/contract";

/**
 * A small lexer for the three languages, enough to ask "does this program contain `x % k`?" without
 * being fooled by spacing, comments or a word inside a longer one. Comments are dropped, string
 * literals are one token each (their text is not code), and a JS template literal's `${…}` parts are
 * lexed as code, because that is where its logic lives (`${calls}` is read when the string is built).
 * It does not need to be a full lexer: it never decides what a program prints, only which reasons
 * are allowed to talk about it.
 */

const PUNCTUATION = [
  // longest first, so `===` is never read as `==` followed by `=`
  ">>>=",
  "...",
  "===",
  "!==",
  "**=",
  "//=",
  "<<=",
  ">>=",
  ">>>",
  "&&=",
  "||=",
  "??=",
  "=>",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "??",
  "?.",
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
  "//",
  "<<",
  ">>",
  "->",
  ":=",
  "${",
];

const IDENT = /[A-Za-z_$\u00c0-\uffff][\w$\u00c0-\uffff]*/y;
const NUMBER =
  /(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?)n?j?/y;

/** The program's tokens: identifiers, numbers, strings (whole), punctuation. */
export function tokenize(language: Language, code: string): string[] {
  const tokens: string[] = [];
  lex(language, code, 0, tokens, false);
  return tokens;
}

/** Lexes from `start`; inside a template literal's `${…}` it stops at the closing brace and returns after it. */
function lex(language: Language, code: string, start: number, out: string[], inTemplate: boolean): number {
  const python = language === "python";
  let i = start;
  let depth = 0;
  while (i < code.length) {
    const c = code[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (python && c === "#") {
      while (i < code.length && code[i] !== "\n") i++;
      continue;
    }
    if (!python && code.startsWith("//", i)) {
      while (i < code.length && code[i] !== "\n") i++;
      continue;
    }
    if (!python && code.startsWith("/*", i)) {
      const end = code.indexOf("*/", i + 2);
      // The blank placeholder is a comment too; it stays a token so a reason can point at it.
      if (code.slice(i, end + 2) === "/*___*/") out.push("/*___*/");
      i = end < 0 ? code.length : end + 2;
      continue;
    }
    if (!python && c === "`") {
      i = lexTemplate(language, code, i, out);
      continue;
    }
    const prefixed = python ? /^[rRbBfFuU]{0,2}(['"])/.exec(code.slice(i, i + 3)) : null;
    if (c === '"' || c === "'" || prefixed) {
      i = lexString(code, i, out, prefixed ? prefixed[0].length - 1 : 0);
      continue;
    }
    // A template literal's `${` quoted on its own (a reason citing `${calls}`) lexes as it does inside one.
    if (!python && code.startsWith("${", i)) {
      out.push("${");
      i += 2;
      continue;
    }
    IDENT.lastIndex = i;
    const ident = IDENT.exec(code);
    if (ident) {
      out.push(ident[0]);
      i += ident[0].length;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(code);
    if (num && num[0].length > 0) {
      out.push(num[0]);
      i += num[0].length;
      continue;
    }
    if (inTemplate && c === "}" && depth === 0) return i + 1;
    if (c === "{") depth++;
    if (c === "}") depth--;
    const punct = PUNCTUATION.find((p) => code.startsWith(p, i) && (p !== "//" || python));
    const tok = punct ?? c;
    out.push(tok);
    i += tok.length;
  }
  return i;
}

function lexString(code: string, start: number, out: string[], prefix: number): number {
  const quote = code[start + prefix]!;
  const triple = code.startsWith(quote.repeat(3), start + prefix);
  const close = triple ? quote.repeat(3) : quote;
  let i = start + prefix + close.length;
  while (i < code.length && !code.startsWith(close, i)) {
    if (code[i] === "\\") i++;
    else if (!triple && code[i] === "\n") break;
    i++;
  }
  const end = Math.min(code.length, i + close.length);
  out.push(code.slice(start, end));
  return end;
}

function lexTemplate(language: Language, code: string, start: number, out: string[]): number {
  out.push("`");
  let i = start + 1;
  let text = "";
  while (i < code.length && code[i] !== "`") {
    if (code[i] === "\\") {
      text += code.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (code.startsWith("${", i)) {
      if (text) out.push(text);
      text = "";
      out.push("${");
      i = lex(language, code, i + 2, out, true);
      out.push("}");
      continue;
    }
    text += code[i];
    i++;
  }
  if (text) out.push(text);
  out.push("`");
  return i + 1;
}

/** Whether `needle`'s tokens occur, in order and adjacent, among `haystack`'s. */
export function hasTokenRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether `fragment` occurs in `code` token for token (spacing and comments aside). */
export function codeContains(language: Language, code: string, fragment: string): boolean {
  return hasTokenRun(tokenize(language, code), tokenize(language, fragment));
}
