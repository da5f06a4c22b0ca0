import type { Browser } from "@playwright/test";
import { confirmInDialog, expect, signIn, test } from "./fixtures";

// Tân Hòa commune evaluates the fourth quarter of 2026 without a council; a commune cadre with two tasks assesses.
const COMMUNE_CADRE = "lampm"; // Phạm Mạnh Lâm
// A provincial deputy with a decided 2025 year (pilot rule) and the 2026 quarters in every state.
const RECORD_CADRE = { username: "longdc", id: "cadre-0012" };

async function as(browser: Browser, username: string) {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await signIn(page, username);
  return { page, close: () => context.close() };
}

test("a quarter is opened, assessed task by task, proposed by the rules and decided with a reason for departing from the proposal, in Vietnamese", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The commune's organisation committee opens Q4 2026: no council by default, due on the 15th of December.
  await signIn(page, "bantochuc.xa");
  await page.goto("/evaluations/new");
  await page.getByLabel(/^Đợt giao việc/).selectOption({ label: "Đăng ký việc đột phá năm 2026 – Đảng ủy xã Tân Hòa" });
  await page.getByLabel(/^Kỳ đánh giá/).selectOption("QUARTER");
  await page.getByLabel(/^Năm đánh giá/).fill("2026");
  await page.getByLabel(/^Quý/).selectOption("4");
  await expect(page.getByLabel(/^Hạn tự đánh giá/)).toHaveValue("2026-12-15");
  await expect(page.getByLabel("Không — đề xuất theo quy định của đợt")).toBeChecked();
  await page.getByRole("button", { name: "Mở đánh giá" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Quý 4/2026");
  await expect(page.getByText("Không có hội đồng — đề xuất theo quy định").first()).toBeVisible();
  await expect(page.getByText("Hạn tự đánh giá: 15/12/2026").first()).toBeVisible();
  // Opening the same quarter again is refused.
  await page.goto("/evaluations/new");
  await page.getByLabel(/^Đợt giao việc/).selectOption({ label: "Đăng ký việc đột phá năm 2026 – Đảng ủy xã Tân Hòa" });
  await page.getByLabel(/^Năm đánh giá/).fill("2026");
  await page.getByLabel(/^Quý/).selectOption("4");
  await page.getByRole("button", { name: "Mở đánh giá" }).click();
  await expect(page.getByTestId("form-message")).toContainText("đã mở đánh giá");

  // The cadre assesses each task: what was achieved, the causes of the shortfall, a level chosen by hand.
  const cadre = await as(browser, COMMUNE_CADRE);
  await cadre.page.goto("/evaluations");
  await cadre.page.getByTestId("my-evaluation").filter({ hasText: "Quý 4/2026" }).getByRole("link").click();
  const tasks = cadre.page.getByTestId("self-task");
  await expect(tasks).toHaveCount(2);
  // Nothing is chosen for the cadre: every level starts empty.
  await expect(tasks.first().getByLabel(/^Mức độ hoàn thành/)).toHaveValue("");
  await expect(cadre.page.getByLabel(/^Tự xếp loại chung/)).toHaveValue("");
  await cadre.page.getByRole("button", { name: "Gửi tự đánh giá" }).click();
  await expect(cadre.page.getByText("Vui lòng nhập mục này.").first()).toBeVisible();
  for (const task of await tasks.all()) {
    await task
      .getByLabel(/^Kết quả đạt được trong quý/)
      .fill("Hoàn thành 80% khối lượng của quý; đã nghiệm thu hạng mục thứ nhất.");
    await task.getByLabel(/^Nguyên nhân khách quan/).fill("Mưa lớn kéo dài trong tháng 10.");
    await task.getByLabel(/^Nguyên nhân chủ quan/).fill("Phân công theo dõi chưa sát.");
    await task.getByLabel(/^Mức độ hoàn thành/).selectOption("GOOD");
    await task.getByLabel(/^Điểm tự chấm/).fill("88");
  }
  await cadre.page.getByLabel(/^Tự xếp loại chung/).selectOption("GOOD");
  await cadre.page.getByRole("button", { name: "Gửi tự đánh giá" }).click();
  await expect(cadre.page.getByTestId("evaluation-status")).toContainText("Chờ Ban Thường vụ quyết định");
  await expect(cadre.page.getByTestId("quarter-assessment").first()).toContainText("Mưa lớn kéo dài trong tháng 10.");
  const evaluationUrl = new URL(cadre.page.url()).pathname;

  // The standing committee sees the rule set's proposal and departs from it: refused without a reason.
  const standing = await as(browser, "thuongtruc.xa");
  await standing.page.goto(evaluationUrl);
  const proposal = standing.page.getByTestId("proposal");
  await expect(proposal).toContainText("Quy định 366-QĐ/TW (2025)");
  await expect(proposal).toContainText("Điểm tự chấm bình quân: 88");
  const rating = standing.page.getByLabel(/^Xếp loại/);
  const proposed = await rating.inputValue();
  const other = proposed === "GOOD" ? "COMPLETED" : "GOOD";
  await rating.selectOption(other);
  await standing.page.getByLabel(/^Số quyết định/).fill("45-QĐ/ĐU");
  await standing.page.getByRole("button", { name: "Quyết định", exact: true }).click();
  await confirmInDialog(standing.page);
  await expect(standing.page.getByTestId("form-message")).toContainText("cần nêu lý do");
  await standing.page.getByLabel(/^Lý do/).fill("Nguyên nhân khách quan đã được Ủy ban nhân dân xã xác nhận.");
  await standing.page.getByRole("button", { name: "Quyết định", exact: true }).click();
  await confirmInDialog(standing.page);
  await expect(standing.page.getByTestId("final-rating")).toContainText(
    other === "GOOD" ? "Hoàn thành tốt nhiệm vụ" : "Hoàn thành nhiệm vụ",
  );
  await expect(standing.page.getByTestId("final-rating")).toContainText(
    "Nguyên nhân khách quan đã được Ủy ban nhân dân xã xác nhận.",
  );
  await standing.close();

  await cadre.page.reload();
  await expect(cadre.page.getByTestId("evaluation-status")).toContainText("Đã quyết định");
  await cadre.close();
});

test("the record shows each year's quarters beside the year, and the year's evaluation shows its four quarters", async ({
  page,
  browser,
}) => {
  await signIn(page, RECORD_CADRE.username);
  await page.goto(`/cadres/${RECORD_CADRE.id}/record`);
  const quarters = page.getByTestId("record-quarter");
  await expect(quarters).toHaveCount(3);
  await expect(quarters.filter({ hasText: "Quý 1/2026" })).toContainText("Hoàn thành tốt nhiệm vụ");
  await expect(quarters.filter({ hasText: "Quý 2/2026" })).toContainText("Chờ Ban Thường vụ quyết định");
  await expect(quarters.filter({ hasText: "Quý 3/2026" })).toContainText("Cán bộ tự đánh giá");
  // The 2025 year, decided under the 2021 pilot's rule.
  await expect(page.getByTestId("year-rating")).toContainText("Hoàn thành nhiệm vụ");

  const standing = await as(browser, "thuongtruc");
  await standing.page.goto(`/evaluations/eval-tu-2026-${RECORD_CADRE.id}`);
  const beside = standing.page.getByTestId("period-beside");
  await expect(beside).toHaveCount(4);
  await expect(beside.nth(0)).toContainText("Quý 1/2026");
  await expect(beside.nth(0)).toContainText("Hoàn thành tốt nhiệm vụ");
  await expect(beside.nth(1)).toContainText("Chờ Ban Thường vụ quyết định");
  await expect(beside.nth(3)).toContainText("Chưa mở");
  await beside.nth(1).getByRole("link").click();
  await expect(standing.page.getByRole("heading", { level: 1 })).toContainText("Đánh giá quý 2/2026");
  await expect(standing.page.getByTestId("proposal")).toContainText("Quy định 366-QĐ/TW (2025)");
  await standing.close();
});
