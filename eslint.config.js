// Flat config for the whole monorepo. Not type-aware on purpose: `npm run typecheck` already runs tsc,
// and lint stays fast enough to run on every commit.
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    "**/dist/",
    "**/coverage/",
    "**/reports/",
    "**/test-results/",
    "**/playwright-report/",
    "**/data/",
    "**/.vite/",
    // The third-party client test's generated types and copies (apps/api/src/testing/third-party-client.test.ts).
    "apps/api/third-party-client/.tmp-*/",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      eqeqeq: ["error", "smart"],
      "no-console": "off",
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    ignores: ["apps/web/*.config.ts", "apps/web/e2e/**"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      // The two classic rules; the React Compiler rules in the plugin's newer presets are not adopted.
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  // The web's layers (house style, docs/stack-and-style.md §6.8; the bulletproof-react model): a feature
  // imports only itself and the shared layers; src/app composes features; shared layers never reach up.
  // eslint-plugin-boundaries checks the resolved file, so a relative `../../practice/...` is caught like
  // `@/features/practice/...`.
  {
    files: ["apps/web/src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      // Patterns below are relative to the repo root wherever eslint is started from.
      "boundaries/root-path": ROOT,
      // Anchored at the root (partialMatch: false): a folder named `lib` or `config` deeper down is no layer.
      "boundaries/elements": [
        { type: "app", pattern: "apps/web/src/app", partialMatch: false },
        { type: "feature", pattern: "apps/web/src/features/*", partialMatch: false, capture: ["feature"] },
        { type: "components", pattern: "apps/web/src/components", partialMatch: false },
        { type: "lib", pattern: "apps/web/src/lib", partialMatch: false },
        { type: "config", pattern: "apps/web/src/config", partialMatch: false },
        { type: "testing", pattern: "apps/web/src/testing", partialMatch: false },
      ],
      "boundaries/files": [
        { category: "test", pattern: "apps/web/src/**/*.test.{ts,tsx}" },
        { category: "entry", pattern: "apps/web/src/main.tsx" },
      ],
      // Re-exports and lazy import() cross boundaries as much as a static import does.
      "boundaries/dependency-nodes": ["import", "export", "dynamic-import"],
      // The plugin only checks imports it can resolve: the web's `@/*` alias and extensionless imports are
      // apps/web/tsconfig.json's to define, so the TypeScript resolver reads them from there.
      "import/resolver": {
        typescript: { project: path.join(ROOT, "apps/web/tsconfig.json"), alwaysTryTypes: false },
      },
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            {
              from: { element: { type: "app" } },
              allow: { to: { element: { type: ["app", "feature", "components", "lib", "config"] } } },
            },
            {
              from: { element: { type: "feature" } },
              allow: {
                to: [
                  {
                    element: {
                      type: "feature",
                      captured: { feature: "{{ from.element.captured.feature }}" },
                    },
                  },
                  { element: { type: ["components", "lib", "config"] } },
                ],
              },
            },
            {
              from: { element: { type: "components" } },
              allow: { to: { element: { type: ["components", "lib", "config"] } } },
            },
            { from: { element: { type: "lib" } }, allow: { to: { element: { type: ["lib", "config"] } } } },
            { from: { element: { type: "config" } }, allow: { to: { element: { type: "config" } } } },
            // The test harness renders the whole app, so it may import any layer; tests in any layer use it.
            {
              from: { element: { type: "testing" } },
              allow: {
                to: { element: { type: ["app", "feature", "components", "lib", "config", "testing"] } },
              },
            },
            { from: { file: { categories: "test" } }, allow: { to: { element: { type: "testing" } } } },
            // main.tsx sits in no layer: it mounts the app.
            {
              from: { file: { categories: "entry" } },
              allow: { to: { element: { type: ["app", "lib", "config"] } } },
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/public/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
);
