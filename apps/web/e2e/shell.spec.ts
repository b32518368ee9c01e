import { expect, test } from "@playwright/test";

test("the shell renders a header with the app name, the main navigation and the home heading", async ({
  page,
}) => {
  await page.goto("/");

  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Katagen" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Home", "Practice", "History", "Progress"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Coding challenges with answers you can trust",
  );
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page).toHaveTitle("Katagen");
});

test("nav links navigate on the client and mark the current page", async ({ page }) => {
  // Start on a page no nav item matches; the feature pages themselves need a signed-in user.
  await page.goto("/nowhere");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current", "page");

  await nav.getByRole("link", { name: "Home" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Coding challenges with answers you can trust",
  );
  await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "History" })).not.toHaveAttribute("aria-current", "page");
});

test("the skip link is the first tab stop and moves focus to the main region", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});
