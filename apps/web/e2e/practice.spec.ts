import { expect, test, type Page } from "@playwright/test";
import {
  apiAs,
  clickOption,
  expectNoSeriousA11yViolations,
  screenshot,
  solve,
  type ApiChallenge,
} from "./support/challenges";
import { signInLocally } from "./support/sign-in";

// playwright.config.ts starts the server with QUOTA_DAILY_LIMIT=6.
const LIMIT = 6;
const LETTERS = ["A", "B", "C", "D"];

const quotaText = (page: Page) => page.getByTestId("quota-text").first();
const currentChallengeId = (page: Page) => new URL(page.url()).pathname.split("/challenges/")[1]!;

async function openedChallenge(page: Page): Promise<ApiChallenge> {
  // Generation runs programs in a sandbox; on a busy 2-core CI box the first one can take a while.
  await expect(page).toHaveURL(/\/challenges\/[^/]+$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const { status, body } = await apiAs<ApiChallenge>(page, `/api/challenges/${currentChallengeId(page)}`);
  expect(status).toBe(200);
  return body;
}

test("a learner generates, answers right and wrong, runs out of quota, and finds it all in history and progress", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInLocally(page);

  await page.goto("/practice");
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  await expect(quotaText(page)).toHaveText(
    new RegExp(`^${LIMIT} of ${LIMIT} left · resets in (24 h|23 h 59 min)$`),
  );
  await expect(page.getByRole("radio", { name: "Easy" })).toBeChecked();
  await page.locator("label", { hasText: "Medium" }).click();
  await expect(page.getByRole("radio", { name: "Medium" })).toBeChecked();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("radio", { name: "Easy" })).toBeChecked();
  await page.getByLabel("Language").selectOption("javascript");
  await expect(page.getByLabel("Topic")).toContainText("Any topic");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "practice");

  await page.getByRole("button", { name: "Generate challenge" }).click();

  const titles: string[] = [];
  let answered = 0;
  let right = 0;
  let sawRight = false;
  let sawWrong = false;
  for (let generated = 1; generated <= LIMIT; generated += 1) {
    const challenge = await openedChallenge(page);
    titles.push(await page.getByRole("heading", { level: 1 }).innerText());
    // Every new challenge starts unanswered.
    await expect(page.getByRole("button", { name: /^A: / })).toBeVisible();
    await expect(page.getByText(/^(Right!|Wrong\.)/)).toHaveCount(0);
    if (generated === 1) {
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, "challenge-unanswered");
    }
    // The last one stays unanswered, to be answered from history.
    if (generated === LIMIT) break;

    const key = solve(challenge);
    let choice = 0;
    if (key !== null && !sawRight) choice = key;
    else if (key !== null) choice = (key + 1) % 4;
    // Keyboard for the first two (digit, then letter), mouse after that.
    if (generated === 1) await page.keyboard.press(String(choice + 1));
    else if (generated === 2) await page.keyboard.press(LETTERS[choice]!.toLowerCase());
    else await clickOption(page.getByRole("button", { name: new RegExp(`^${LETTERS[choice]}: `) }));

    const verdict = page.getByText(
      /^(Right! [A-D] is the answer\.|Wrong\. You picked [A-D]; the answer is [A-D]\.)$/,
    );
    await expect(verdict).toBeVisible();
    const wasRight = (await verdict.innerText()).startsWith("Right!");
    if (key !== null) {
      expect(wasRight).toBe(choice === key);
      const options = page.getByRole("list", { name: "Options and why" }).getByRole("listitem");
      await expect(options.nth(key)).toContainText("Correct answer");
    }
    await expect(page.getByRole("list", { name: "Options and why" }).getByText("Your answer")).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "Explanation" })).toBeVisible();
    // The meter under "Next challenge" has already counted this generation.
    await expect(quotaText(page)).toHaveText(
      new RegExp(`^${LIMIT - generated} of ${LIMIT} left · resets in `),
    );
    answered += 1;
    if (wasRight) right += 1;
    if (wasRight && !sawRight) {
      sawRight = true;
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, "challenge-right");
    } else if (!wasRight && !sawWrong) {
      sawWrong = true;
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, "challenge-wrong");
    }

    const previous = page.url();
    await page.getByRole("button", { name: "Next challenge" }).click();
    await expect(page).not.toHaveURL(previous, { timeout: 60_000 });
  }
  expect(sawRight && sawWrong).toBe(true);

  // Zero quota: the button is disabled and says when more arrive.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
  await expect(quotaText(page)).toHaveText(new RegExp(`^0 of ${LIMIT} left · resets in (24 h|23 h 59 min)$`));
  const generate = page.getByRole("button", { name: "Generate challenge" });
  await expect(generate).toBeDisabled();
  await expect(generate).toHaveAccessibleDescription(
    /^No generations left in this 24-hour window\. More in (24 h|23 h 59 min) \(at [^)]+\)\.$/,
  );
  await screenshot(page, "practice-no-quota");

  // History: newest first, filters in the URL, the unanswered one answered in place.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  const list = page.getByRole("list", { name: "Your challenges, newest first" });
  const items = list.locator(":scope > li");
  await expect(items).toHaveCount(LIMIT);
  await expect(items.locator("h2")).toHaveText([...titles].reverse());
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "history");

  await page.getByLabel("Status").selectOption("wrong");
  await expect(page).toHaveURL(/[?&]status=wrong/);
  await expect(items).toHaveCount(answered - right);
  for (const badge of await items.getByText(/^(✓ Right|✗ Wrong|Unanswered)$/).all()) {
    await expect(badge).toHaveText("✗ Wrong");
  }

  await page.getByLabel("Status").selectOption("unanswered");
  await expect(page).toHaveURL(/[?&]status=unanswered/);
  await expect(items).toHaveCount(1);
  await expect(items.locator("h2")).toHaveText(titles[LIMIT - 1]!);
  await items.getByRole("button", { name: /^Answer / }).click();
  const card = items.getByRole("article");
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(titles[LIMIT - 1]!);
  await expectNoSeriousA11yViolations(page);
  await clickOption(card.getByRole("button", { name: /^B: / }));
  const inPlace = card.getByText(
    /^(Right! [A-D] is the answer\.|Wrong\. You picked B; the answer is [A-D]\.)$/,
  );
  await expect(inPlace).toBeVisible();
  answered += 1;
  if ((await inPlace.innerText()).startsWith("Right!")) right += 1;
  await expect(items.first().getByText(/^(✓ Right|✗ Wrong)$/)).toBeVisible();
  await screenshot(page, "history-answered-in-place");

  // Progress: the answers show up as figures and pictures.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  await expect(page.getByText(`${right} of ${answered} right`, { exact: true })).toBeVisible();
  const byDifficulty = page.getByRole("region", { name: "Accuracy by difficulty" });
  await expect(byDifficulty).toContainText(
    `Easy${Math.round((right / answered) * 100)}% · ${right} of ${answered} right`,
  );
  await expect(
    page.getByRole("region", { name: "Accuracy by topic" }).getByRole("listitem").first(),
  ).toBeVisible();
  await expect(
    page.getByRole("img", { name: new RegExp(`: ${answered} answers on 1 of 30 days\\.$`) }),
  ).toBeVisible();
  await page.getByText("Show as a table").click();
  await expect(page.getByRole("table").getByRole("row").last()).toContainText(`${answered}${right}`);
  await expect(page.getByText("Current streak")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "progress");

  // The same pages in dark mode keep their contrast.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "progress-dark");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await expect(items).toHaveCount(LIMIT);
  await items
    .first()
    .getByRole("button", { name: /^Review / })
    .click();
  await expect(items.first().getByRole("article")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "history-dark");
});

test("a 429 from the API is explained with the reset time, and the meter catches up", async ({ page }) => {
  // Six generations plus an axe scan: slow on a busy 2-core machine.
  test.setTimeout(120_000);
  await signInLocally(page);
  await page.goto("/practice");
  await expect(quotaText(page)).toContainText(`${LIMIT} of ${LIMIT} left`);

  // Another tab (here: the API directly) spends the whole quota while this page still shows it full.
  for (let i = 0; i < LIMIT; i += 1) {
    const { status } = await apiAs(page, "/api/generate-challenge", {
      method: "POST",
      body: { difficulty: "easy" },
    });
    expect(status).toBe(201);
  }
  await expect(page.getByRole("button", { name: "Generate challenge" })).toBeEnabled();
  await page.getByRole("button", { name: "Generate challenge" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "You have used this 24-hour window's challenges" });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText(/More in (24 h|23 h 59 min) \(at [^)]+\)\./);
  await expect(quotaText(page)).toContainText(`0 of ${LIMIT} left`);
  await expect(page.getByRole("button", { name: "Generate challenge" })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "practice-429");
});

test("at 360px in dark mode the practice and challenge pages fit without sideways scrolling", async ({
  page,
}) => {
  // Generation plus axe scans: slow on a busy 2-core machine.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: "dark" });
  await signInLocally(page);
  await page.goto("/practice");
  await expect(quotaText(page)).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "practice-360-dark");

  await page.getByRole("button", { name: "Generate challenge" }).click();
  await openedChallenge(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("a");
  await expect(page.getByRole("heading", { name: "Explanation" })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "challenge-360-dark");
});

test("an unknown challenge id shows a not-found page, not an error", async ({ page }) => {
  await signInLocally(page);
  await page.goto("/challenges/no-such-challenge");
  await expect(page.getByRole("heading", { level: 1, name: "Challenge not found" })).toBeVisible();
});
