import { expect, test } from "@playwright/test";

test("an unknown client route shows the not-found page inside the layout", async ({ page }) => {
  // The server answers a deep link with the SPA (200); the client router decides it is unknown.
  const response = await page.goto("/this/page/does/not/exist?from=e2e");
  expect(response?.status()).toBe(200);

  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Katagen");

  await page.getByRole("link", { name: "Back to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Coding challenges with answers you can trust",
  );
});

test("an unknown API path stays a problem+json 404 rather than the SPA", async ({ request }) => {
  const response = await request.get("/api/no-such-endpoint", { headers: { accept: "text/html" } });
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
});
