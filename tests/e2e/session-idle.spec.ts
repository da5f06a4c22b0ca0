import { expect, signIn, test } from "./fixtures";

// The second server of playwright.config.ts: the same build, with SESSION_IDLE_MINUTES=0.25 (15 seconds).
const SHORT_IDLE_URL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

test.use({ baseURL: SHORT_IDLE_URL });

test("a session in use stays open, and one left idle past the timeout is ended by the server", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "canbo");
  const home = new URL(page.url()).pathname;
  // In use: a page every few seconds, across more than one idle period, keeps the session.
  for (let i = 0; i < 4; i++) {
    await page.waitForTimeout(5_000);
    await page.goto(home);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
  }
  // Left alone longer than the timeout: the next request is sent to sign in again.
  await page.waitForTimeout(17_000);
  await page.goto(home);
  await expect(page).toHaveURL(/\/login/);
});
