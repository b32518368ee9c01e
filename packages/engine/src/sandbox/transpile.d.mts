export function transpileTypeScript(ts: typeof import("typescript"), code: string): string;
