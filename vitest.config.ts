import { defineConfig } from "vitest/config";

// Each workspace with its own vitest.config.ts is one project; workspaces without one are skipped.
// The root scripts (plain Node) are one more project.
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "apps/*/vitest.config.ts",
      { test: { name: "scripts", include: ["scripts/**/*.test.mjs"], environment: "node" } },
    ],
  },
});
