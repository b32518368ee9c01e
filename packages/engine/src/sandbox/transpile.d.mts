type TypeScript = typeof import("typescript");
export function transpileTypeScript(ts: TypeScript, code: string): string;
export function transpileTypeScriptBatch(ts: TypeScript, codes: string[]): string[];
export function typeScriptSyntaxErrors(
  ts: TypeScript,
  code: string,
): { line: number | null; message: string }[];
