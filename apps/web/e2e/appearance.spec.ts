import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInLocally } from "./support/sign-in";

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

for (const colorScheme of ["light", "dark"] as const) {
  test(`the shell follows the system ${colorScheme} scheme and has no serious accessibility violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const isDark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
    expect(isDark).toBe(colorScheme === "dark");
    await screenshot(page, `home-${colorScheme}`);

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`a primary button keeps AA contrast while the pointer rests on it (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/sign-in");
    await page.locator("main").getByRole("button", { name: "Sign in" }).hover();
    const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);
  });
}

test("the theme toggle overrides the system scheme and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);

  await page.getByRole("button", { name: /^Theme: System/ }).click();
  await page.getByRole("button", { name: /^Theme: Light/ }).click();
  await expect(html).toHaveClass(/dark/);

  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: /^Theme: Dark/ })).toBeVisible();
});

test("at 360px wide the header, nav and content fit without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Home", "Practice", "History", "Progress"]) {
      await expect(nav.getByRole("link", { name })).toBeInViewport();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `home-360-${colorScheme}`);
  }
});

test("at 360px a signed-in header keeps the logo, the theme toggle and Sign out on one row", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInLocally(page, "Maximilian Longname-Example");
  await page.goto("/practice");
  const header = page.getByRole("banner");
  const signOut = header.getByRole("button", { name: "Sign out" });
  await expect(signOut).toBeInViewport();
  const logo = await header.getByRole("link", { name: "Katagen" }).boundingBox();
  const out = await signOut.boundingBox();
  // One row: the Sign out button's middle is within the logo link's height.
  expect(Math.abs(out!.y + out!.height / 2 - (logo!.y + logo!.height / 2))).toBeLessThan(logo!.height / 2);
  // Who is signed in is still said, by the button's title, where the name has no room.
  await expect(signOut).toHaveAttribute("title", "Signed in as Maximilian Longname-Example");
  await screenshot(page, "header-360-signed-in");
});
