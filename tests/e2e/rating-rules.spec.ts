import type { Browser } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

async function as(browser: Browser, username: string) {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await signIn(page, username);
  return { page, close: () => context.close() };
}

const SHOTS = process.env.RULES_SCREENSHOTS;

// Both tests sign in as the organisation committee: one after the other.
test.describe.configure({ mode: "serial" });

test("the proposal under Quy định 366 shows each condition of its level and the level above, on the decision page", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The organisation committee picks a 2026 evaluation a council member has scored (not the one the evaluation
  // workflow test drives).
  await signIn(page, "bantochuc");
  // The cycle's evaluations at the council, all on one page.
  await page.goto("/evaluations/cycles/cycle-tu-2026?status=COUNCIL_SCORING&size=100");
  const rows = page
    .getByTestId("cycle-evaluation")
    .filter({ hasText: "Hội đồng chấm điểm" })
    .filter({ hasNotText: "Hoàng Quốc Tâm" });
  const count = await rows.count();
  let href: string | null = null;
  for (let i = 0; i < count && !href; i++) {
    const row = rows.nth(i);
    if ((await row.locator("td").nth(2).innerText()).trim() === "1") href = await row.getByRole("link").getAttribute("href");
  }
  expect(href).not.toBeNull();
  await page.goto(href!);

  // Before the proposal: the conditions on today's figures, marked as not final, and each task's measured result.
  await expect(page.getByTestId("rule-set")).toContainText("Quy định 366-QĐ/TW (2025), phiên bản 1");
  await expect(page.getByTestId("rule-set")).toContainText("chưa chốt đề xuất");
  await expect(page.getByTestId("rating-condition").first()).toContainText("Chưa có điểm");
  await page.getByRole("button", { name: "Chốt đề xuất xếp loại" }).click();
  await expect(page.getByTestId("evaluation-status")).toContainText("Chờ Ban Thường vụ quyết định");
  await expect(page.getByTestId("rule-set")).not.toContainText("chưa chốt đề xuất");

  // The standing committee decides beside the score, the rule set and every condition, met or not, with its figures.
  const standing = await as(browser, "thuongtruc");
  await standing.page.goto(href!);
  const conditions = standing.page.getByTestId("rating-conditions");
  await expect(conditions).toBeVisible();
  await expect(standing.page.getByTestId("proposal")).toContainText("Điểm tổng hợp");
  await expect(conditions).toContainText("Quy định 366-QĐ/TW (2025), phiên bản 1");
  await expect(
    conditions
      .getByTestId("rating-condition")
      .filter({ hasText: /^.\s?Điểm [\d,]+ \(cần ≥ \d+\) — (đạt|chưa đạt)$/ })
      .first(),
  ).toBeVisible();
  await expect(
    conditions
      .getByTestId("rating-condition")
      .filter({ hasText: /Hoàn thành (đúng hạn )?\d+\/\d+ — (đạt|chưa đạt)/ })
      .first(),
  ).toBeVisible();
  await expect(standing.page.getByRole("button", { name: "Quyết định", exact: true })).toBeVisible();
  if (SHOTS) {
    await standing.page.setViewportSize({ width: 1366, height: 900 });
    await standing.page.screenshot({ path: `${SHOTS}/decision-desktop.png`, fullPage: true });
    await standing.page.setViewportSize({ width: 390, height: 844 });
    await standing.page.screenshot({ path: `${SHOTS}/decision-phone.png`, fullPage: true });
  }
  await standing.close();

  // The dashboard counts the proposal's conditions for the year.
  await page.goto("/dashboard?roundId=round-tu-2026");
  const year = page.getByTestId("ratings-period-row").filter({ hasText: "Năm 2026" });
  await expect(year.getByTestId("condition-count-allCompleted")).toContainText(/Mọi việc hoàn thành: \d+\/\d+ cán bộ/);
  if (SHOTS) {
    await year.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/dashboard-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/dashboard-phone.png`, fullPage: true });
  }
});

test("the organisation committee chooses a round's rule set, which a decided round keeps", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.goto("/rounds/round-tu-2027");
  const form = page.getByTestId("rule-set-form");
  await expect(form.getByLabel(/^Quy tắc xếp loại/)).toHaveValue("QD366_2025");
  await form.getByLabel(/^Quy tắc xếp loại/).selectOption({ label: "Thí điểm 2021 (ngưỡng điểm)" });
  await form.getByRole("button", { name: "Đổi quy tắc" }).click();
  await expect(form.getByTestId("form-message")).toContainText("Đã đổi quy tắc xếp loại");
  await expect(form.getByLabel(/^Quy tắc xếp loại/)).toHaveValue("PILOT_2021");
  await page.reload();
  await page
    .getByTestId("rule-set-form")
    .getByLabel(/^Quy tắc xếp loại/)
    .selectOption("QD366_2025");
  await page.getByTestId("rule-set-form").getByRole("button", { name: "Đổi quy tắc" }).click();
  await expect(page.getByTestId("rule-set-form").getByTestId("form-message")).toContainText("Đã đổi quy tắc xếp loại");

  // 2025 was decided: its rule set is shown, not offered.
  await page.goto("/rounds/round-tu-2025");
  await expect(page.getByTestId("round-rule-set")).toContainText("không đổi được nữa");
  await expect(page.getByTestId("rule-set-form")).toHaveCount(0);
  if (SHOTS) {
    await page.goto("/rounds/round-tu-2027");
    await page.screenshot({ path: `${SHOTS}/round-desktop.png` });
  }
});
