import type { RunResult } from "../sandbox/types";

/** Output as shown in an option: CRLF unified, trailing spaces and blank edge lines dropped. */
export function cleanOutput(stdout: string): string {
  const lines = stdout
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""));
  while (lines.length && lines[0] === "") lines.shift();
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}

/**
 * A finished run as option text: its cleaned stdout, and for an uncaught exception a last line
 * `Uncaught <ErrorClass>` (the class only: messages differ between engines). Null when the run cannot
 * be an option (timeout, out of memory, unsupported output, sandbox failure, or nothing printed).
 */
export function renderRun(result: RunResult): string | null {
  if (result.status === "ok") {
    const out = cleanOutput(result.stdout);
    return out === "" ? null : out;
  }
  if (result.status === "error") {
    const out = cleanOutput(result.stdout);
    return (out ? out + "\n" : "") + `Uncaught ${result.error ?? "Error"}`;
  }
  return null;
}

const NUMBER = /(?<![\w.])[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])/g;

/**
 * The comparison key for "are these two options the same?" (G4): trimmed, whitespace collapsed,
 * quotes unified, numbers canonical (leading zeros and `+` dropped, `1.50` = `1.5`). An integer and
 * a float stay different (`3` vs `3.0` is a real distinction in Python), as do `0` and `-0`.
 */
export function canonical(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/["'`]/g, "'")
    .replace(NUMBER, (token) => {
      const negative = token.startsWith("-");
      const body = token.replace(/^[+-]/, "");
      const isFloat = /[.eE]/.test(body);
      if (!isFloat) {
        const digits = body.replace(/^0+(?=\d)/, "");
        return (negative ? "-" : "") + digits;
      }
      const value = Number(body);
      return (negative ? "-" : "") + "f" + String(value);
    });
}
