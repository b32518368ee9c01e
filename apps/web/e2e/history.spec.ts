import { expect, test } from "@playwright/test";
import { apiAs, type ApiChallenge } from "./support/challenges";
import { signInLocally } from "./support/sign-in";

test("History's topic filter groups topics under their language, and each row shows a line of its program", async ({
  page,
}) => {
  await signInLocally(page);
  const made: (ApiChallenge & { title: string })[] = [];
  for (const language of ["javascript", "python"]) {
    const { status, body } = await apiAs<ApiChallenge & { title: string }>(page, "/api/generate-challenge", {
      method: "POST",
      body: { difficulty: "easy", language, topic: "recursion" },
    });
    expect(status).toBe(201);
    made.push(body);
  }

  await page.goto("/history");
  const topic = page.getByLabel("Topic");
  await expect(topic.locator("optgroup").first()).toBeAttached();
  // With any language, one group per language rather than a flat list of near-duplicate names.
  const groups = await topic
    .locator("optgroup")
    .evaluateAll((els) => els.map((g) => g.getAttribute("label")));
  expect(groups).toEqual(expect.arrayContaining(["JavaScript", "TypeScript", "Python"]));
  for (const label of groups) {
    const names = await topic
      .locator(`optgroup[label="${label}"] option`)
      .evaluateAll((els) => els.map((o) => o.textContent));
    expect(new Set(names).size, `topics under ${label} are distinct`).toBe(names.length);
  }

  // Each row shows its program's last line, so rows with one title still look different.
  const previews = page.getByTestId("history-code-preview");
  await expect(previews).toHaveCount(2);
  const lastLine = (code: string | null) =>
    (code ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .at(-1);
  const shown = await previews.allTextContents();
  for (const c of made) {
    expect(shown.some((text) => text.includes(lastLine(c.code)!.slice(0, 20)))).toBe(true);
  }

  // Choosing Recursion under Python sets both filters: only the Python challenge is left.
  const pythonRecursion = await topic
    .locator('optgroup[label="Python"] option', { hasText: "Recursion" })
    .getAttribute("value");
  await topic.selectOption(pythonRecursion!);
  await expect(page.getByLabel("Language")).toHaveValue("python");
  await expect(previews).toHaveCount(1);
  await expect(previews).toContainText(lastLine(made[1]!.code)!.slice(0, 20));
});
