import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    environment: "node",
    // Every response of a documented operation is checked against /openapi.json (testing/conformance.ts).
    setupFiles: ["src/testing/conformance-setup.ts"],
    // Postgres-backed suites and child-process start-up checks are slower than unit tests.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
