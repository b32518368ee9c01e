import { expect, type Page } from "@playwright/test";

/** Signs in through the local sign-in page (the zero-config mode e2e runs in). */
export async function signInLocally(
  page: Page,
  name = "E2E Tester",
  email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
) {
  await page.goto("/sign-in");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The header names the user beside Sign out, or (on narrow screens) in the button's title.
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveAttribute(
    "title",
    `Signed in as ${name}`,
  );
  return { name, email };
}
