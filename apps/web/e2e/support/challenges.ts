import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

export interface ApiChallenge {
  id: string;
  language: string;
  kind: string;
  code: string | null;
  options: string[];
}

/** Calls the API as the signed-in browser does (a fresh Bearer token from the local session). */
export async function apiAs<T>(page: Page, path: string, init: { method?: string; body?: unknown } = {}) {
  return page.evaluate(
    async ({ path, init }) => {
      const tokenResponse = await fetch("/auth/local/token", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      const { token } = (await tokenResponse.json()) as { token: string };
      const response = await fetch(path, {
        method: init.method ?? "GET",
        headers: {
          authorization: `Bearer ${token}`,
          ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { path, init },
  ) as Promise<{ status: number; body: T }>;
}

/** As the engine turns stdout into the key option: trailing spaces and blank edge lines dropped. */
export const normalise = (output: string) =>
  output
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/^\n+|\n+$/g, "");

/**
 * The index of the right option, found the way the engine proves it: run the program (real node, which
 * the engine's tests hold its sandbox to) and match its output. Null when the challenge is not a
 * JavaScript "what does this print?" question. No test-only API: the key stays hidden until answered.
 */
export function solve(challenge: ApiChallenge): number | null {
  if (challenge.language !== "javascript" || challenge.kind !== "predict-output" || !challenge.code)
    return null;
  const stdout = execFileSync(process.execPath, ["-"], {
    input: challenge.code,
    encoding: "utf8",
    timeout: 5_000,
  });
  const index = challenge.options.indexOf(normalise(stdout));
  return index >= 0 ? index : null;
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

/**
 * Clicks an answer option as a person does: the pointer moves there and the question has been on screen a
 * moment. The card ignores clicks before that (a burst on Generate must not answer an unread question).
 */
export async function clickOption(option: Locator) {
  // Near a corner first, so the pointer moves on the way to the click even if it rested on its centre.
  await option.hover({ position: { x: 4, y: 4 } });
  await option.page().waitForTimeout(600);
  await option.click();
}
