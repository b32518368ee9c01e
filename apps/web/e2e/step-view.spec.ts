import { expect, test, type Page } from "@playwright/test";
import {
  apiAs,
  clickOption,
  expectNoSeriousA11yViolations,
  normalise,
  screenshot,
  type ApiChallenge,
} from "./support/challenges";
import { signInLocally } from "./support/sign-in";

type Language = "javascript" | "typescript" | "python";

/** A fresh "what does this print?" challenge in `language` (a draw may be fill-in-blank: draw again). */
async function predictOutputChallenge(page: Page, language: Language): Promise<ApiChallenge> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { status, body } = await apiAs<ApiChallenge>(page, "/api/generate-challenge", {
      method: "POST",
      body: { difficulty: attempt % 2 ? "medium" : "easy", language },
    });
    expect(status).toBe(201);
    if (body.kind === "predict-output") return body;
  }
  throw new Error(`no ${language} predict-output challenge in 5 draws`);
}

for (const language of ["javascript", "typescript", "python"] as const) {
  test(`a learner answers a ${language} predict-output question, opens See the run and steps through what the program printed`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signInLocally(page);
    const challenge = await predictOutputChallenge(page, language);
    await page.goto(`/challenges/${challenge.id}`);

    // Before an answer there is no run to see, in the page or from the API.
    await expect(page.getByRole("button", { name: "See the run" })).toHaveCount(0);
    expect((await apiAs(page, `/api/challenges/${challenge.id}/run`)).status).toBe(409);

    await clickOption(page.getByRole("button", { name: /^A: / }));
    await expect(page.getByText(/^(Right!|Wrong\.)/)).toBeVisible();
    const detail = await apiAs<{ answer: { correctChoice: number } }>(
      page,
      `/api/challenges/${challenge.id}`,
    );
    const key = challenge.options[detail.body.answer.correctChoice]!;

    await page.getByRole("button", { name: "See the run" }).click();
    const view = page.getByRole("group", { name: "Run of the program, step by step" });
    await expect(view).toBeVisible({ timeout: 30_000 });
    await expect(view).toBeFocused();
    const counter = view.getByText(/^Step \d+ of \d+$/);
    const total = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(0);

    const printed = page.getByTestId("printed-so-far");
    const source = view.getByRole("region", { name: /program, line \d+ marked$/ });
    const codeLines = challenge.code!.split("\n");
    let previous = "";
    for (let step = 1; step <= total; step++) {
      if (step > 1) await page.keyboard.press("ArrowRight");
      await expect(counter).toHaveText(`Step ${step} of ${total}`);
      // What was printed so far only grows, and the marked line is a line of the program.
      const text = (await printed.textContent())!;
      expect(text.startsWith(previous)).toBe(true);
      previous = text;
      const marked = source.locator('[aria-current="step"]');
      await expect(marked).toHaveCount(1);
      const line = Number((await source.getAttribute("aria-label"))!.match(/line (\d+) marked/)![1]);
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(codeLines.length);
      if (language !== "python") await expect(view.getByText(/^Ran from /)).toBeVisible();
    }
    // All the steps together printed the key, exactly as the question showed it.
    expect(normalise(previous)).toBe(key);
    // → at the end stays there; ← goes back one.
    await page.keyboard.press("ArrowRight");
    await expect(counter).toHaveText(`Step ${total} of ${total}`);
    if (total > 1) {
      await page.keyboard.press("ArrowLeft");
      await expect(counter).toHaveText(`Step ${total - 1} of ${total}`);
    }
    await expectNoSeriousA11yViolations(page);

    // Readable at 360 px: nothing wider than the screen but the program, which scrolls inside its box.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect(view).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `step-view-${language}-360`);
  });
}
