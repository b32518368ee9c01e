// Types for vercel-static.mjs, so the TypeScript Playwright config and specs can import it.

export interface VercelConfig {
  buildCommand: string;
  outputDirectory: string;
  rewrites?: { source: string; destination: string }[];
  headers?: { source: string; headers: { key: string; value: string }[] }[];
  [key: string]: unknown;
}

export const ROOT: string;
export const VERCEL_JSON: string;
export function readVercelConfig(file?: string): VercelConfig;
export function vercelRoutes(config: VercelConfig): Record<string, unknown>[];

export interface ServedOutput {
  /** http://host:port, the port the server actually listens on. */
  origin: string;
  close(): Promise<void>;
}

export function serveVercelOutput(options?: {
  /** The directory to serve; defaults to vercel.json's outputDirectory. */
  root?: string;
  port?: number;
  host?: string;
  config?: VercelConfig;
}): Promise<ServedOutput>;

export function buildVercel(options?: {
  /** VITE_ variables for the build (nothing from the caller's environment or .env reaches it). */
  env?: Record<string, string>;
  /** Build here instead of outputDirectory. */
  outDir?: string;
  config?: VercelConfig;
  log?: NodeJS.WritableStream;
}): Promise<string>;
