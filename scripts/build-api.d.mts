// Types for build-api.mjs, so the TypeScript bench can build and start the API as production does.
import type { Metafile } from "esbuild";

export const API_DIST: string;
export const API_SERVER: string;
export const API_NODE_FLAGS: string[];
export const API_ENV: Record<string, string>;
export const API_ENTRIES: Record<string, string>;
export function buildApi(options?: { outdir?: string }): Promise<Metafile>;
