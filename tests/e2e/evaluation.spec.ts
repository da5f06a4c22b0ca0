import type { Browser } from "@playwright/test";
import { expect, signIn, test, confirmInDialog } from "./fixtures";

// A seeded province cadre whose 2026 evaluation waits for their self-assessment.
const CADRE = "tamhq"; // Hoàng Quốc Tâm
const EVALUATION = "/evaluations/eval-tu-2026-cadre-0006";

async function as(browser: Browser, username: string) {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await signIn(page, username);
  return { page, close: () => context.close() };
}

test("self-assessment, two council members score independently, the proposal, an overriding decision with its reason, the locked result, and carry-over into next year", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The cadre assesses their task and proposes a rating.
  await signIn(page, CADRE);
  await page.getByRole("link", { name: "Đánh giá cuối năm" }).first().click();
  await page.getByTestId("my-evaluation").filter({ hasText: "Năm 2026" }).getByRole("link").click();
  await expect(page).toHaveURL(EVALUATION);
  // No rating is chosen for the cadre: both selects start empty, and sending without choosing asks for a
  // choice while keeping what was typed.
  const level = page.getByLabel(/^Mức độ hoàn thành/);
  const overall = page.getByLabel(/^Tự xếp loại chung/);
  await expect(level).toHaveValue("");
  await expect(overall).toHaveValue("");
  await page.getByLabel(/^Điểm tự chấm/).fill("82");
  await page.getByLabel(/^Giải trình/).fill("Đạt phần lớn chỉ tiêu; xem báo cáo quý III và biên bản nghiệm thu.");
  await page.getByRole("button", { name: "Gửi tự đánh giá" }).click();
  await expect(level).toHaveAttribute("aria-invalid", "true");
  await expect(overall).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Vui lòng nhập mục này.").first()).toBeVisible();
  await expect(page.getByLabel(/^Điểm tự chấm/)).toHaveValue("82");
  await expect(page.getByLabel(/^Giải trình/)).toHaveValue("Đạt phần lớn chỉ tiêu; xem báo cáo quý III và biên bản nghiệm thu.");
  await expect(level).toHaveValue("");
  await level.selectOption("GOOD");
  await overall.selectOption("GOOD");
  await page.getByRole("button", { name: "Gửi tự đánh giá" }).click();
  await expect(page.getByTestId("evaluation-status")).toContainText("Hội đồng chấm điểm");

  // Two council members score; each sees the other's scores only after submitting their own.
  for (const [username, scores] of [
    ["hoidong1", ["70", "75", "80", "60"]],
    ["hoidong2", ["60", "65", "70", "50"]],
  ] as const) {
    const member = await as(browser, username);
    await member.page.goto(EVALUATION);
    await expect(member.page.getByTestId("independence")).toBeVisible();
    await expect(member.page.getByTestId("council-member-scores")).toHaveCount(0);
    for (const [i, label] of [
      "Mức độ đạt chỉ tiêu",
      "Chất lượng sản phẩm",
      "Tiến độ thực hiện",
      "Độ khó, tính đột phá",
    ].entries())
      await member.page.getByLabel(new RegExp(`^${label}`)).fill(scores[i]!);
    await member.page.getByRole("button", { name: "Gửi phiếu chấm" }).click();
    await confirmInDialog(member.page);
    await expect(member.page.getByTestId("council-member-scores")).toHaveCount(3);
    await member.close();
  }

  // The organisation committee finalises the proposal: the mean of the two sheets, the third member named.
  const org = await as(browser, "bantochuc");
  await org.page.goto(EVALUATION);
  await org.page.getByRole("button", { name: "Chốt đề xuất xếp loại" }).click();
  // 67,5 points, but the round is rated under Quy định 366-QĐ/TW and the cadre's task is not completed: no level's
  // conditions are met, so "Không hoàn thành nhiệm vụ" — and the page says why.
  await expect(org.page.getByTestId("proposal")).toContainText("67");
  await expect(org.page.getByTestId("proposal")).toContainText("Không hoàn thành nhiệm vụ");
  await expect(org.page.getByTestId("rating-conditions")).toContainText(/Hoàn thành 0\/\d+ — chưa đạt/);
  await expect(org.page.getByTestId("proposal")).toContainText("Chưa chấm:");

  // The standing committee rates higher than proposed: refused without a reason, recorded with one.
  const standing = await as(browser, "thuongtruc");
  await standing.page.goto(EVALUATION);
  // The decision starts at the proposal.
  await expect(standing.page.getByLabel(/^Xếp loại/)).toHaveValue("NOT_COMPLETED");
  await standing.page.getByLabel(/^Xếp loại/).selectOption("GOOD");
  await standing.page.getByLabel(/^Số quyết định/).fill("305-QĐ/TU");
  await standing.page.getByRole("button", { name: "Quyết định", exact: true }).click();
  await confirmInDialog(standing.page);
  await expect(standing.page.getByTestId("form-message")).toContainText("cần nêu lý do");
  await standing.page.getByLabel(/^Lý do/).fill("Sản phẩm được nhân rộng toàn tỉnh.");
  await standing.page.getByRole("button", { name: "Quyết định", exact: true }).click();
  await confirmInDialog(standing.page);
  await expect(standing.page.getByTestId("final-rating")).toContainText("Hoàn thành tốt nhiệm vụ");
  await expect(standing.page.getByTestId("final-rating")).toContainText("Sản phẩm được nhân rộng toàn tỉnh.");
  await expect(standing.page.getByTestId("evaluation-status")).toContainText("Đã khóa");
  await standing.close();

  // The cadre sees the locked result and can change nothing.
  await page.reload();
  await expect(page.getByTestId("final-rating")).toContainText("Hoàn thành tốt nhiệm vụ");
  await expect(page.getByRole("button")).not.toContainText(["Gửi tự đánh giá"]);

  // The unfinished task is carried into 2027, linked to its original.
  await org.page.goto("/evaluations/carry-over?roundId=round-tu-2026&year=2026");
  const carried = org.page.getByTestId("carry-task").filter({ hasText: "Hoàng Quốc Tâm" });
  await expect(carried).toHaveCount(1);
  await org.page.getByLabel(/^Chuyển vào đợt/).selectOption({ label: "Đăng ký việc đột phá, đổi mới năm 2027" });
  // Every other unfinished task is opted out.
  for (const box of await org.page.getByTestId("carry-task").filter({ hasNotText: "Hoàng Quốc Tâm" }).getByRole("checkbox").all())
    await box.uncheck();
  await org.page.getByRole("button", { name: "Chuyển tiếp" }).click();
  await expect(org.page.getByTestId("carried-notice")).toContainText("Đã chuyển tiếp 1 việc");
  await org.close();

  await page.goto("/evaluations");
  await page.getByRole("link", { name: "Hồ sơ các năm" }).click();
  // Years run newest first: 2027 (not rated yet), then 2026 with the decision just made.
  await expect(page.getByTestId("year-rating").first()).toContainText("Hoàn thành tốt nhiệm vụ");
  const next = page.getByTestId("record-task").filter({ hasText: "Chuyển tiếp từ việc" });
  await expect(next).toHaveCount(1);
  await next.getByRole("link").click();
  await expect(page.getByTestId("task-status")).toContainText("Chuyển tiếp từ năm trước");
  await expect(page.getByTestId("carry-gap")).toContainText("còn thiếu");
});
