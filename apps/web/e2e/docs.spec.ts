import { expect, test } from "@playwright/test";

// Swagger UI is a large bundle that renders client-side; on a busy 2-core CI box it can take a while.
const SWAGGER_RENDER = { timeout: 20_000 };

test("/docs loads the interactive API reference", async ({ page }) => {
  await page.goto("/docs");
  // The document title and at least the health operation from /openapi.json.
  await expect(page.getByRole("heading", { name: /Katagen API/ })).toBeVisible(SWAGGER_RENDER);
  await expect(page.getByText("/healthz", { exact: true }).first()).toBeVisible();
});

test("the footer's API docs link leads to /docs", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API docs" }).click();
  await expect(page).toHaveURL(/\/docs/);
  await expect(page.getByRole("heading", { name: /Katagen API/ })).toBeVisible(SWAGGER_RENDER);
});
