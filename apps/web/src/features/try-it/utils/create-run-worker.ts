import type { WorkerLike } from "./sandbox-runner";

/**
 * The real worker. Vite builds it as its own chunk (assets/run-worker-<hash>.js), fetched only when this
 * runs: on the first Run. The hosts serve that file with a CSP of its own that allows WebAssembly
 * (docs/decisions/021-try-it-yourself-in-the-browser.md); the page's policy does not need to.
 */
export function createRunWorker(): WorkerLike {
  return new Worker(new URL("../worker/run-worker.ts", import.meta.url), {
    type: "module",
    name: "try-it-yourself",
  }) as WorkerLike;
}
