import { defineConfig } from "vitest/config";

// Each workspace with its own vitest.config.ts is one project; workspaces without one are skipped.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "apps/*/vitest.config.ts"],
  },
});
