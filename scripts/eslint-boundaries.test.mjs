// The web's layer boundaries (eslint.config.js, boundaries/dependencies) on snippets linted as if they sat in
// apps/web/src: the rule only sees an import it can resolve, so each case imports a file that exists, and
// both spellings of a path, relative and `@/`, must give the same verdict.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "./lib.mjs";

const eslint = new ESLint({ cwd: ROOT });

/** The boundaries/dependencies messages for `code` linted as `filePath` (relative to the repo root). */
async function boundaryErrors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "boundaries/dependencies").map((m) => m.message);
}

const HISTORY_FILE = "apps/web/src/features/history/x.ts";

describe("web layer boundaries", () => {
  it.each([
    ["a relative path", 'export { describeGenerateError } from "../practice/utils/describe-generate-error";'],
    [
      "the @/ alias",
      'export { describeGenerateError } from "@/features/practice/utils/describe-generate-error";',
    ],
    ["a relative import()", 'export const load = () => import("../practice/utils/practice-settings");'],
  ])("a feature may not import another feature through %s", async (_how, code) => {
    const errors = await boundaryErrors(HISTORY_FILE, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/feature="history".*feature="practice"/);
  });

  it.each([
    ["a relative path", 'export { createAppRouter } from "../../app/router";'],
    ["the @/ alias", 'export { createAppRouter } from "@/app/router";'],
  ])("a feature may not import the app layer through %s", async (_how, code) => {
    expect(await boundaryErrors(HISTORY_FILE, code)).toEqual([
      expect.stringMatching(/feature="history".*type "app"/),
    ]);
  });

  it("a feature may import itself and the shared layers", async () => {
    const code = [
      'export { HistorySearchSchema } from "../utils/history-search";',
      'export { useHistory } from "@/features/history/api/get-history";',
      'export { apiClient } from "@/lib/api-client";',
      'export { Alert } from "@/components/ui/alert";',
      'export { env } from "@/config/env";',
      'export { z } from "zod";',
    ].join("\n");
    expect(await boundaryErrors("apps/web/src/features/history/components/x.ts", code)).toEqual([]);
  });

  it("the app layer composes features", async () => {
    const code = [
      'export { HistoryList } from "@/features/history/components/history-list";',
      'export { GenerateForm } from "../../features/practice/components/generate-form";',
    ].join("\n");
    expect(await boundaryErrors("apps/web/src/app/routes/x.tsx", code)).toEqual([]);
  });

  it.each([
    ["apps/web/src/lib/x.ts", "../features/quota/api/get-quota", "../app/router"],
    ["apps/web/src/components/ui/x.tsx", "../../features/quota/api/get-quota", "@/app/router"],
    ["apps/web/src/config/x.ts", "@/features/quota/api/get-quota", "../app/router"],
  ])("%s never reaches up into a feature or the app", async (filePath, feature, app) => {
    const code = `export { useQuota } from "${feature}";\nexport { createAppRouter } from "${app}";`;
    expect(await boundaryErrors(filePath, code)).toHaveLength(2);
  });

  it("the entry point mounts the app and imports nothing else of the layers above lib", async () => {
    expect(await boundaryErrors("apps/web/src/main.tsx", 'export { App } from "./app/app";')).toEqual([]);
    const feature = 'export { ThemeToggle } from "./features/theme/theme-toggle";';
    expect(await boundaryErrors("apps/web/src/main.tsx", feature)).toHaveLength(1);
  });

  it("only tests import the test harness", async () => {
    const code = 'export { quotaFixture } from "@/testing/fixtures";';
    expect(await boundaryErrors("apps/web/src/features/quota/x.test.ts", code)).toEqual([]);
    expect(await boundaryErrors("apps/web/src/features/quota/x.ts", code)).toHaveLength(1);
  });
});
