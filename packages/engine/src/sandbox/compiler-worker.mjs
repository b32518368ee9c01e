// TypeScript compiler thread: transpiles batches for the sandbox pool. It is separate from the sandbox
// workers so the compiler's heap and its garbage-collection pauses never land inside a timed run.
import { parentPort } from "node:worker_threads";
import ts from "typescript";
import { transpileTypeScriptBatch } from "./transpile.mjs";

parentPort.on("message", ({ id, codes }) => {
  try {
    parentPort.postMessage({ id, outputs: transpileTypeScriptBatch(ts, codes) });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err?.message ?? err) });
  }
});
parentPort.postMessage({ id: 0, ready: true });
