import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import {
  apiAs,
  clickOption,
  expectNoSeriousA11yViolations,
  screenshot,
  type ApiChallenge,
} from "./support/challenges";
import { signInLocally } from "./support/sign-in";

type Language = "javascript" | "typescript" | "python";

const PRINT: Record<Language, (text: string) => string> = {
  javascript: (text) => `console.log(${JSON.stringify(text)});`,
  typescript: (text) => `const said: string = ${JSON.stringify(text)};\nconsole.log(said);`,
  python: (text) => `print(${JSON.stringify(text)})`,
};
const ENDLESS: Record<Language, string> = {
  javascript: "while (true) {}",
  typescript: "let spins: number = 0;\nwhile (true) { spins++; }",
  python: "while True:\n    pass",
};

/** CSP violations (the page's and, through the console, the worker's) and page errors, from the first script. */
async function watchPage(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return {
    problems,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  };
}

/** A fresh challenge in `language`, opened and answered (option A, right or wrong). */
async function answeredChallenge(page: Page, language: Language) {
  const { status, body } = await apiAs<ApiChallenge>(page, "/api/generate-challenge", {
    method: "POST",
    body: { difficulty: "easy", language },
  });
  expect(status).toBe(201);
  await page.goto(`/challenges/${body.id}`);
  await clickOption(page.getByRole("button", { name: /^A: / }));
  await expect(page.getByText(/^(Right!|Wrong\.)/)).toBeVisible();
  return body;
}

for (const language of ["javascript", "typescript", "python"] as const) {
  test(`a learner edits the ${language} program of an answered challenge, runs it in the browser, and resets it`, async ({
    page,
  }) => {
    // Pyodide (about 5.5 MB) loads on the first Python run, and starts slowly on a busy 2-core machine.
    test.setTimeout(language === "python" ? 240_000 : 60_000);
    const watch = await watchPage(page);
    await signInLocally(page);
    const challenge = await answeredChallenge(page, language);

    // Nothing of a runtime is fetched before Run: not the worker, not QuickJS, TypeScript or Pyodide.
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.getByRole("button", { name: "Try it yourself", exact: true }).click();
    const editor = page.getByRole("textbox", { name: /program$/ });
    await expect(editor).toBeVisible();
    const original = await editor.inputValue();
    expect(original.length).toBeGreaterThan(0);
    expect(fetched.filter((p) => /run-worker|emscripten-module|typescript-|pyodide/.test(p))).toEqual([]);

    // The program as it is prints what the server's proof printed: the key, for predict-output.
    const run = page.getByRole("button", { name: "Run", exact: true });
    await run.click();
    const output = page.getByRole("region", { name: "Output" });
    await expect(output).toBeVisible({ timeout: 120_000 });
    expect(fetched.some((p) => p.includes("run-worker-"))).toBe(true);
    if (challenge.kind === "predict-output") {
      const answer = await apiAs<{ answer: { correctChoice: number } }>(
        page,
        `/api/challenges/${challenge.id}`,
      );
      const key = challenge.options[answer.body.answer.correctChoice]!;
      await expect(output.locator("pre")).toHaveText(key);
    }

    // Edit a literal: the new output shows it.
    await editor.fill(PRINT[language]("edited 41"));
    await run.click();
    await expect(output.locator("pre")).toHaveText("edited 41");
    await editor.fill(PRINT[language]("edited 42"));
    await editor.press("Control+Enter");
    await expect(output.locator("pre")).toHaveText("edited 42");
    await screenshot(page, `try-it-${language}`);

    // Reset brings the original program back.
    await page.getByRole("button", { name: "Reset" }).click();
    await expect(editor).toHaveValue(original);
    await expect(page.getByRole("button", { name: "Reset" })).toBeDisabled();

    await expectNoSeriousA11yViolations(page);
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test(`an endless ${language} loop is stopped with a message while the page stays responsive`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const watch = await watchPage(page);
    await signInLocally(page);
    await answeredChallenge(page, language);
    await page.getByRole("button", { name: "Try it yourself", exact: true }).click();
    const editor = page.getByRole("textbox", { name: /program$/ });
    const original = await editor.inputValue();
    const run = page.getByRole("button", { name: "Run", exact: true });
    const output = page.getByRole("region", { name: "Output" });

    // Load the runtime first, so the loop's run below is timed on its own.
    await editor.fill(PRINT[language]("warm"));
    await run.click();
    await expect(output.locator("pre")).toHaveText("warm", { timeout: 120_000 });

    await editor.fill(ENDLESS[language]);
    await run.click();
    await expect(page.getByRole("status").filter({ hasText: "Running…" })).toBeVisible();
    // The loop runs in the worker: the page answers at once, and its buttons still work.
    const started = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(1_000);
    await page.getByRole("button", { name: "Hide Try it yourself" }).click();
    await page.getByRole("button", { name: "Try it yourself", exact: true }).click();
    await expect(editor).toHaveValue(ENDLESS[language]);

    await expect(output).toContainText("Stopped after 3 s: the program did not finish.", { timeout: 10_000 });
    await expect(run).toBeEnabled();

    // A fresh worker runs the next program.
    await editor.fill(PRINT[language]("after the loop"));
    await run.click();
    await expect(output.locator("pre")).toHaveText("after the loop", { timeout: 120_000 });
    await page.getByRole("button", { name: "Reset" }).click();
    await expect(editor).toHaveValue(original);

    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
}

test("Try it yourself is readable and usable at 360 px", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 360, height: 780 });
  await signInLocally(page);
  await answeredChallenge(page, "javascript");
  await page.getByRole("button", { name: "Try it yourself", exact: true }).click();
  const editor = page.getByRole("textbox", { name: /program$/ });
  await editor.fill(
    PRINT.javascript("a line long enough to need wrapping on a narrow phone screen, and then some"),
  );
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("region", { name: "Output" })).toBeVisible({ timeout: 30_000 });
  // Nothing scrolls the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await screenshot(page, "try-it-360");
  await expectNoSeriousA11yViolations(page);
});

/** The initial JavaScript budget (issue 14): 150 KiB gzip for everything the first page load fetches. */
const INITIAL_JS_BUDGET = 150 * 1024;

test("the first page load stays within the 150 KiB gzip JavaScript budget and fetches no runtime", async ({
  page,
}) => {
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (!/\.m?js$/.test(url.pathname)) return;
    scripts.set(url.pathname, gzipSync(await response.body(), { level: 9 }).length);
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const total = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
  test.info().annotations.push({
    type: "initial JS (gzip -9)",
    description: `${total} bytes: ${[...scripts].map(([path, bytes]) => `${path} ${bytes}`).join(", ")}`,
  });
  expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  expect(
    [...scripts.keys()].filter((path) => /run-worker|try-it-panel|emscripten|typescript-|pyodide/.test(path)),
  ).toEqual([]);
});
