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
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });

  await nav.getByRole("link", { name: "History" }).click();

  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "History" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current", "page");
});

test("a deep link to a client route is served by the SPA on reload", async ({ page }) => {
  const response = await page.goto("/progress");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
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
