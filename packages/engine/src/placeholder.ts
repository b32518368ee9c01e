import type { Language } from "@katagen/contract";

/**
 * Where a fill-in-blank program takes its fragment. JS/TS spell it as a comment; Python has no inline
 * comment, so there it is a bare name. Templates, the generator and the tests all read it from here,
 * so a program the generator fills is the program the template wrote.
 */
export const PLACEHOLDER: Record<Language, string> = {
  javascript: "/*___*/",
  typescript: "/*___*/",
  python: "___",
};

/** The program with every placeholder replaced by `fragment`. */
export function fillBlank(language: Language, code: string, fragment: string): string {
  return code.split(PLACEHOLDER[language]).join(fragment);
}
