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
  await expect(page.getByRole("banner").getByText(name)).toBeVisible();
  return { name, email };
}
