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

test("/docs links back to the app, says how to get a token here, and shows no empty webhooks section", async ({
  page,
}) => {
  await page.goto("/docs");
  await expect(page.getByRole("heading", { name: /Katagen API/ })).toBeVisible(SWAGGER_RENDER);
  // e2e runs in local sign-in mode: the how-to names the local token endpoint.
  await expect(page.getByText(/Getting a token\./)).toBeVisible();
  await expect(page.getByText(/POST \/auth\/local\/token/).first()).toBeVisible();
  // Without a webhook secret nothing can call the webhook endpoint, so there is no webhooks section at all.
  await expect(page.getByRole("heading", { name: /^webhooks$/i })).toHaveCount(0);
  // "Back" goes back in this tab (Swagger UI would open it in a new one), and no second tab opens.
  const popups: unknown[] = [];
  page.on("popup", (popup) => popups.push(popup));
  await page.getByRole("link", { name: "← Back to Katagen" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  expect(popups).toHaveLength(0);
});

test("/docs is laid out for a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/docs");
  await expect(page.getByRole("heading", { name: /Katagen API/ })).toBeVisible(SWAGGER_RENDER);
  // Without a viewport the page is laid out 980 px wide and shrunk: the layout width says which.
  expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(360);
});
