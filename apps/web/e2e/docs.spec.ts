import { expect, test } from "@playwright/test";

test("/docs loads the interactive API reference", async ({ page }) => {
  await page.goto("/docs");
  // Swagger UI renders the document title and at least the health operation from /openapi.json.
  await expect(page.locator(".swagger-ui .info .title")).toContainText("Katagen");
  await expect(page.getByText("/healthz").first()).toBeVisible();
});

test("the footer's API docs link leads to /docs", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API docs" }).click();
  await expect(page).toHaveURL(/\/docs/);
  await expect(page.locator(".swagger-ui .info .title")).toBeVisible();
});
