import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "engine",
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file starts its own sandbox pool (worker threads, Pyodide): running them one at a time keeps
    // the 2-core machine responsive and the timings honest.
    fileParallelism: false,
  },
});
