import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** Every WCAG 2.1 A/AA rule axe knows, on the page as it is now; the violations listed by rule and target. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the sign-in page and its one-time-code step have no accessibility violations", async ({ page }) => {
  await page.goto("/login");
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("Tên đăng nhập").fill("admin");
  await page.getByLabel("Mật khẩu").fill("Demo@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("mfa-step")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("a cadre's second-factor enrolment, task, report form and password pages have no accessibility violations", async ({ page }) => {
  await signIn(page, "canbo");
  await page.goto("/my-work");
  const task = await page.locator('a[href^="/tasks/"]').first().getAttribute("href");
  for (const path of ["/account/security", task!, `${task}/reports/2026Q4`, "/change-password"]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});
