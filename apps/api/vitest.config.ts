import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    environment: "node",
    // Postgres-backed suites and child-process start-up checks are slower than unit tests.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
