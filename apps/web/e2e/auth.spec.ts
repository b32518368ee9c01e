import { expect, test } from "@playwright/test";
import { signInLocally } from "./support/sign-in";

const screenshot = (page: import("@playwright/test").Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

test("a signed-out visitor to a protected page signs in locally, returns there and sees their name in the header", async ({
  page,
}) => {
  await page.goto("/practice");
  await expect(page).toHaveURL(/\/sign-in\/?\?redirect=%2Fpractice$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await screenshot(page, "sign-in");

  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(`ada-${Date.now()}@example.com`);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  const banner = page.getByRole("banner");
  await expect(banner.getByText("Ada Lovelace")).toBeVisible();
  await screenshot(page, "signed-in");

  // The session survives a reload (httpOnly cookie on the API).
  await page.reload();
  await expect(banner.getByText("Ada Lovelace")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
});

test("the browser gets a Bearer token from the local session and /api/me accepts it", async ({ page }) => {
  const { name, email } = await signInLocally(page, "Grace Hopper");
  const me = await page.evaluate(async () => {
    const tokenResponse = await fetch("/auth/local/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const response = await fetch("/api/me", { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as { name: string; email: string } };
  });
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({ name, email: email.toLowerCase() });
});

test("signing out on a protected page leads back to sign-in", async ({ page }) => {
  await signInLocally(page, "Alan Turing");
  await page.goto("/history");
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();

  await expect(page).toHaveURL(/\/sign-in\/?\?redirect=%2Fhistory$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  // The API no longer issues tokens for this browser.
  const status = await page.evaluate(async () => {
    const response = await fetch("/auth/local/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    return response.status;
  });
  expect(status).toBe(401);
});

test("an invalid email is explained on the sign-in page", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("valid email");
});
