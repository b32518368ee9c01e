// Types for find-chromium.mjs, so the TypeScript Playwright config and specs can import it.

export interface FoundChromium {
  executablePath: string;
  /** Short human label: "CHROMIUM_PATH", "system chromium (/usr/bin/chromium)", "@sparticuz/chromium 153", … */
  source: string;
  /** Extra launch arguments this source needs (often none). */
  args: string[];
  /** Extra environment variables for the browser process (often none). */
  env: Record<string, string>;
  /** The version, where it was known without running the browser again. */
  version?: string;
}

export interface FindChromiumOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
  homedir?: string;
  systemPaths?: string[];
  sparticuzFrom?: string;
}

export const SPARTICUZ_FROM: string;
export const SPARTICUZ_MAJOR: number;
export const SYSTEM_PATHS: string[];
export function playwrightCacheDir(
  options?: Pick<FindChromiumOptions, "env" | "platform" | "homedir">,
): string;
export function findChromium(options?: FindChromiumOptions): Promise<FoundChromium>;
export function chromiumVersion(executablePath: string): Promise<string | undefined>;
