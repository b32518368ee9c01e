import { expect, test, type Page } from "@playwright/test";
import { clickOption, expectNoSeriousA11yViolations, screenshot } from "./support/challenges";
import { signInLocally } from "./support/sign-in";

const VERDICT = /^(Right! [A-D] is the answer\.|Wrong\. You picked [A-D]; the answer is [A-D]\.)$/;

/** Generates one challenge of a language and topic from the practice form and answers it; true if right. */
async function practiseAndAnswer(page: Page, language: string, topic: string): Promise<boolean> {
  await page.goto("/practice");
  await page.getByLabel("Language").selectOption(language);
  await page.getByLabel("Topic").selectOption({ label: topic });
  await page.getByRole("button", { name: "Generate challenge" }).click();
  // The first Python challenge waits for Pyodide in the sandbox: slow on a busy 2-core machine.
  await expect(page).toHaveURL(/\/challenges\/[^/]+$/, { timeout: 90_000 });
  await clickOption(page.getByRole("button", { name: /^A: / }));
  const verdict = page.getByText(VERDICT);
  await expect(verdict).toBeVisible();
  return (await verdict.innerText()).startsWith("Right!");
}

const figures = (right: boolean) => `${right ? "100%" : "0%"} · ${right ? 1 : 0} of 1 right`;

test("progress keeps one topic's languages apart, shows accuracy by language, and each row opens Practice preselected", async ({
  page,
}) => {
  // Two generations (one in Python) plus axe scans.
  test.setTimeout(180_000);
  await signInLocally(page);
  // Python first: the form then remembers JavaScript, so the Python row's link must do the choosing.
  const pythonRight = await practiseAndAnswer(page, "python", "Recursion");
  const javascriptRight = await practiseAndAnswer(page, "javascript", "Recursion");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();

  const byLanguage = page.getByRole("region", { name: "Accuracy by language" });
  const javascriptRow = byLanguage.getByRole("link", { name: "Practise JavaScript", exact: true });
  const pythonRow = byLanguage.getByRole("link", { name: "Practise Python", exact: true });
  await expect(byLanguage.getByRole("link")).toHaveCount(2);
  await expect(javascriptRow).toHaveAccessibleDescription(figures(javascriptRight));
  await expect(pythonRow).toHaveAccessibleDescription(figures(pythonRight));
  await expect(pythonRow).toHaveText(`Python${figures(pythonRight)}`);

  // One "recursion" topic id, two rows: one under each language.
  const byTopic = page.getByRole("region", { name: "Accuracy by topic" });
  await expect(byTopic.getByRole("heading", { level: 3 })).toHaveText(["JavaScript", "Python"]);
  const javascriptTopics = byTopic.getByRole("list", { name: "JavaScript" }).getByRole("link");
  const pythonTopics = byTopic.getByRole("list", { name: "Python" }).getByRole("link");
  await expect(javascriptTopics).toHaveCount(1);
  await expect(javascriptTopics).toHaveAccessibleName("Practise Recursion in JavaScript");
  await expect(javascriptTopics).toHaveAccessibleDescription(figures(javascriptRight));
  await expect(pythonTopics).toHaveCount(1);
  await expect(pythonTopics).toHaveAccessibleName("Practise Recursion in Python");
  await expect(pythonTopics).toHaveAccessibleDescription(figures(pythonRight));
  await expect(pythonTopics).toHaveText(`Recursion${figures(pythonRight)}`);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "progress-by-language-1280");

  // At 360 px the rows fit without sideways scrolling, in dark mode too.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "progress-by-language-360-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 720 });

  // A topic row opens Practice with that language and topic chosen.
  await pythonTopics.click();
  await expect(page).toHaveURL(/\/practice\?language=python&topic=recursion$/);
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("python");
  await expect(page.getByLabel("Topic")).toHaveValue("recursion");

  // A language row opens it with any topic (the form remembered JavaScript's Recursion).
  await page.goBack();
  await javascriptRow.click();
  await expect(page).toHaveURL(/\/practice\?language=javascript$/);
  await expect(page.getByLabel("Language")).toHaveValue("javascript");
  await expect(page.getByLabel("Topic")).toHaveValue("");
  await expectNoSeriousA11yViolations(page);
});
