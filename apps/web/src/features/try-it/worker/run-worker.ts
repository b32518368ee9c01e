/// <reference lib="webworker" />
// The "Try it yourself" worker: runs one learner's program at a time with the engines the server's sandbox
// uses, each fetched from this app's own origin the first time a language runs. The page owns the time
// limit and terminates this worker when a program does not finish (see run-protocol.ts).
import { pythonPrelude } from "@katagen/engine/browser/python-prelude";
import { runInQuickJS } from "@katagen/engine/browser/quickjs-run";
import { transpileTypeScript, typeScriptSyntaxErrors } from "@katagen/engine/browser/transpile";
import type { PyodideAPI } from "pyodide";
import type { QuickJSWASMModule } from "quickjs-emscripten-core";
import { RUN_LIMITS, type BrowserRunResult, type RunRequest, type WorkerMessage } from "./run-protocol";

declare const self: DedicatedWorkerGlobalScope;
/** Pyodide's version, from its package.json (vite.config.ts): the folder its files are copied to. */
declare global {
  interface ImportMetaEnv {
    readonly PYODIDE_VERSION: string;
  }
}

const post = (message: WorkerMessage) => self.postMessage(message);

let quickJS: Promise<QuickJSWASMModule> | null = null;
function loadQuickJS() {
  quickJS ??= (async () => {
    const [{ newQuickJSWASMModuleFromVariant, newVariant }, { default: releaseSync }, { default: wasmUrl }] =
      await Promise.all([
        import("quickjs-emscripten-core"),
        import("@jitl/quickjs-wasmfile-release-sync"),
        // Vite copies the wasm into the build with a content hash: served by this origin, cached forever.
        import("@jitl/quickjs-wasmfile-release-sync/wasm?url"),
      ]);
    return newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmLocation: wasmUrl }));
  })().catch((error: unknown) => {
    quickJS = null;
    throw error;
  });
  return quickJS;
}

let typeScript: Promise<typeof import("typescript")> | null = null;
function loadTypeScript() {
  typeScript ??= import("typescript").then(
    (m) => ("default" in m ? m.default : m) as typeof import("typescript"),
    (error: unknown) => {
      typeScript = null;
      throw error;
    },
  );
  return typeScript;
}

interface Python {
  py: PyodideAPI;
  run: (code: string) => { toJs(): unknown[]; destroy(): void };
}
let python: Promise<Python> | null = null;
function loadPython() {
  python ??= (async () => {
    // Pyodide's own files, copied into the build by vite.config.ts (never a CDN): its loader finds the
    // rest (pyodide.asm.js and .wasm, the standard library zip, the lock file) beside itself.
    const indexURL = new URL(
      `${import.meta.env.BASE_URL}assets/pyodide-${import.meta.env.PYODIDE_VERSION}/`,
      self.location.origin,
    ).href;
    const { loadPyodide } = (await import(
      /* @vite-ignore */ `${indexURL}pyodide.mjs`
    )) as typeof import("pyodide");
    const py = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
    py.setStdin({ error: true });
    py.runPython(pythonPrelude(RUN_LIMITS.maxOutputChars));
    return { py, run: py.globals.get("_katagen_run") };
  })().catch((error: unknown) => {
    python = null;
    throw error;
  });
  return python;
}

/** Awaits a runtime, saying so first when it is not loaded yet. */
async function ready<T>(
  id: number,
  runtime: "QuickJS" | "TypeScript" | "Python",
  load: Promise<T> | null,
  start: () => Promise<T>,
) {
  if (!load) post({ type: "loading", id, runtime });
  return start();
}

async function run({ id, language, code }: RunRequest): Promise<BrowserRunResult> {
  if (language === "python") {
    const { run: runPython } = await ready(id, "Python", python, loadPython);
    post({ type: "started", id });
    const started = performance.now();
    const proxy = runPython(code);
    const [status, stdout, error, message] = proxy.toJs() as [
      BrowserRunResult["status"],
      string,
      string?,
      string?,
    ];
    proxy.destroy();
    return {
      status,
      stdout,
      ms: performance.now() - started,
      ...(error ? { error } : {}),
      ...(message ? { message } : {}),
    };
  }
  const QuickJS = await ready(id, "QuickJS", quickJS, loadQuickJS);
  let js = code;
  if (language === "typescript") {
    const ts = await ready(id, "TypeScript", typeScript, loadTypeScript);
    const [first] = typeScriptSyntaxErrors(ts, code);
    if (first) {
      const where = first.line ? ` (line ${first.line})` : "";
      return {
        status: "error",
        stdout: "",
        error: "SyntaxError",
        message: `${first.message}${where}`,
        ms: 0,
      };
    }
    js = transpileTypeScript(ts, code);
  }
  post({ type: "started", id });
  const { result, recycle } = runInQuickJS(QuickJS, js, {
    timeoutMs: RUN_LIMITS.timeMs,
    memoryMb: RUN_LIMITS.memoryMb,
    maxOutputChars: RUN_LIMITS.maxOutputChars,
    errorMessages: true,
  });
  // QuickJS itself failed: the next run gets a fresh module instance.
  if (recycle) quickJS = null;
  return result;
}

// One run at a time: the page sends the next only after this one answered (or terminates the worker).
self.onmessage = (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  run(request).then(
    (result) => post({ type: "result", id: request.id, result }),
    (error: unknown) =>
      post({
        type: "failed",
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
