import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/challenges";
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
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/valid email/);
  await expect(page.getByLabel("Email")).toBeFocused();
});

test("the sign-in page focuses the name field, and an empty submit marks each field and focuses the first", async ({
  page,
}) => {
  await page.goto("/sign-in");
  const name = page.getByLabel("Name");
  const email = page.getByLabel("Email");
  await expect(name).toBeFocused();

  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/enter your name/i);
  await expect(email).toHaveAccessibleDescription(/enter your email/i);
  await expect(name).toBeFocused();

  // With a name given, the email is what is left to fix, and focus goes there.
  await name.fill("Ada");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "sign-in-field-errors");
});

test("signing out in one tab signs out the other tabs of the browser", async ({ context }) => {
  const first = await context.newPage();
  await signInLocally(first, "Two Tabs");
  const second = await context.newPage();
  await second.goto("/history");
  await expect(second.getByRole("banner").getByText("Two Tabs")).toBeVisible();

  await first.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(first.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  // The other tab follows without a reload or a click.
  await expect(second).toHaveURL(/\/sign-in\/?\?redirect=%2Fhistory$/);
  await expect(second.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});
