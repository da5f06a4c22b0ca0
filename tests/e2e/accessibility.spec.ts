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
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("mfa-step")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("a cadre's second-factor enrolment, task, report form and password pages have no accessibility violations", async ({
  page,
}) => {
  await signIn(page, "canbo");
  await page.goto("/my-work");
  const task = await page.locator('a[href^="/tasks/"]').first().getAttribute("href");
  for (const path of ["/account/security", task!, `${task}/reports/2026Q4`, "/change-password"]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});

test("every role's home has no accessibility violations", async ({ browser }) => {
  test.setTimeout(180_000);
  for (const [username, home] of [
    ["canbo", "/my-work"],
    ["bantochuc", "/org-committee"],
    ["thuongtruc", "/standing-committee"],
    ["hoidong1", "/council"],
    ["daumoi", "/supervision"],
    ["admin", "/admin"],
  ] as const) {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    await signIn(page, username);
    await page.goto(home);
    expect(await violations(page), home).toEqual([]);
    await context.close();
  }
});

test("the dashboard with its charts, a task, an evaluation and a cadre's record have no accessibility violations", async ({
  page,
}) => {
  await signIn(page, "thuongtruc");
  await page.goto("/dashboard");
  await expect(page.getByTestId("chart").first()).toBeVisible();
  expect(await violations(page), "/dashboard").toEqual([]);
  // A chart is hidden from screen readers and takes no focus.
  expect(
    await page
      .getByTestId("chart")
      .first()
      .locator("[tabindex], a, button")
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex >= 0).length),
  ).toBe(0);

  await page.goto("/standing-committee");
  const task = await page.locator('main a[href^="/tasks/"]').first().getAttribute("href");
  await page.goto(task!);
  expect(await violations(page), task!).toEqual([]);

  // A seeded 2026 evaluation of a province cadre, with its tasks and the link to the cadre's record.
  const evaluation = "/evaluations/eval-tu-2026-cadre-0006";
  await page.goto(evaluation);
  expect(await violations(page), evaluation).toEqual([]);
  const record = await page.locator('main a[href$="/record"]').first().getAttribute("href");
  await page.goto(record!);
  expect(await violations(page), record!).toEqual([]);
});

test("the public transparency pages have no accessibility violations", async ({ page }) => {
  await page.goto("/transparency");
  expect(await violations(page), "/transparency").toEqual([]);
  await page.getByRole("link", { name: "Đăng ký việc đột phá, đổi mới năm 2025" }).click();
  await expect(page.getByTestId("public-task").first()).toBeVisible();
  expect(await violations(page), page.url()).toEqual([]);
});

test("an open confirmation dialog has no accessibility violations", async ({ page }) => {
  await signIn(page, "thuongtruc.xa");
  await page.goto("/publication");
  await page.getByTestId("publish-button").first().click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press("Escape");
});
