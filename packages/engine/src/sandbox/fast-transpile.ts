import { transform, type TransformOptions } from "esbuild";

/**
 * The hot path's TypeScript → JavaScript step (decision 019): esbuild's transform, type-only syntax
 * stripped and nothing else lowered, run in esbuild's own service process. It replaces the in-process
 * tsc thread, which held ~115 MB and cost milliseconds a question. The quality gate runs every
 * template's programs through both this and tsc's transpileModule and requires identical output, so
 * no key can drift; tsc stays the reference there and the sandbox worker's fallback.
 */
const OPTIONS: TransformOptions = {
  loader: "ts",
  target: "es2022",
  // What tsc does for an ES2022 target: class fields are [[Define]]d, as the sandbox's reference emit has.
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
  // A program is a script, as tsc's transpileModule leaves it: no module wrapper, no CommonJS shim.
  format: undefined,
  logLevel: "silent",
};
/** Transpiling a question's programs takes well under a millisecond; anything near this is a stuck service. */
const TRANSPILE_TIMEOUT_MS = 10_000;

export class EsbuildTranspiler {
  private closed = false;

  /** Starts esbuild's service (its first transform spawns it). */
  async warmUp(): Promise<void> {
    await this.transpile(["let warm: number = 1;"]);
  }

  async transpile(codes: string[]): Promise<string[]> {
    if (this.closed) throw new Error("the engine is closed");
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("esbuild timed out")), TRANSPILE_TIMEOUT_MS);
      timer.unref();
    });
    try {
      return await Promise.race([
        Promise.all(codes.map(async (code) => (await transform(code, OPTIONS)).code)),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    // esbuild's service is shared by the process (tsx uses it too) and unref'd when idle: left running.
    this.closed = true;
  }
}
