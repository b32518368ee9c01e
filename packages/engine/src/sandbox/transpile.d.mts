type TypeScript = typeof import("typescript");
export function transpileTypeScript(ts: TypeScript, code: string): string;
export function transpileTypeScriptBatch(ts: TypeScript, codes: string[]): string[];
