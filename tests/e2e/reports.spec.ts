import { expect, fillTask, signIn, test } from "./fixtures";

// A seeded province cadre; the test gives them a 2026 task of their own so every quarter so far is reportable.
const CADRE = "kienlx"; // Lương Xuân Kiên
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test("a cadre reports two quarters with figures and evidence; the supervisor responds; an adjustment is requested and approved; the task shows the new target, its history and the right progress", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The standing committee assigns the task directly, in the 2026 round.
  const standingContext = await browser.newContext({ locale: "vi-VN" });
  const standing = await standingContext.newPage();
  await signIn(standing, "thuongtruc");
  await standing.goto("/tasks/new?q=Lương Xuân Kiên");
  await standing.getByTestId("assignable-cadre").getByRole("link", { name: "Lương Xuân Kiên" }).click();
  await standing.getByLabel(/^Đợt giao việc/).selectOption({ label: "Đăng ký việc đột phá, đổi mới năm 2026" });
  await fillTask(standing, "Số hóa hồ sơ cán bộ thuộc diện Ban Thường vụ quản lý", "task-");
  await standing.getByLabel(/^Bắt đầu/).fill("2026-01-01");
  await standing.getByLabel(/^Kết thúc/).fill("2026-12-31");
  await standing.locator("#task-targets-0-deadline").fill("2026-12-31");
  await standing.getByLabel(/^Số quyết định/).fill("171-QĐ/TU");
  await standing.getByLabel(/^Đầu mối theo dõi/).selectOption("user-daumoi");
  await standing.getByRole("button", { name: "Giao việc" }).click();
  await expect(standing.getByTestId("task-status")).toContainText("Giao trực tiếp");
  const taskUrl = standing.url();

  // The cadre reports the first quarter (late: its deadline has passed) with a figure and a PDF.
  await signIn(page, CADRE);
  await page.getByTestId("my-task").filter({ hasText: "Số hóa hồ sơ cán bộ" }).getByRole("link").click();
  await expect(page).toHaveURL(taskUrl);
  await page.getByRole("link", { name: "Báo cáo quý 1/2026" }).click();
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Vui lòng nhập mục này.").first()).toBeVisible();
  await page.getByLabel(/^Kết quả thực hiện/).fill("Số hóa xong hồ sơ của 12 cơ quan.");
  await page.getByLabel(/^Tỷ lệ hồ sơ địa chính được số hóa/).fill("50");
  await page.getByLabel(/^Khó khăn, vướng mắc/).fill("Hồ sơ giấy cũ, rách nát");
  await page.getByLabel(/^Đề xuất, kiến nghị/).fill("Bổ sung 2 máy quét chuyên dụng");
  await page
    .getByLabel("Tệp minh chứng")
    .setInputFiles({ name: "bien-ban-nghiem-thu.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page).toHaveURL(taskUrl);
  const q1 = page.getByTestId("task-quarter").filter({ hasText: "Quý 1/2026" });
  await expect(q1).toContainText("Đã nộp");
  await expect(q1).toContainText("Nộp muộn");
  const evidenceHref = await q1.getByTestId("evidence-link").getAttribute("href");
  expect(evidenceHref).toMatch(/^\/api\/attachments\//);

  // The second quarter, saved as a draft first, then submitted.
  await page.getByRole("link", { name: "Báo cáo quý 2/2026" }).click();
  await page.getByLabel(/^Kết quả thực hiện/).fill("Số hóa xong hồ sơ của 20 cơ quan.");
  await page.getByLabel(/^Tỷ lệ hồ sơ địa chính được số hóa/).fill("60");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Đã lưu bản nháp báo cáo.");
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page).toHaveURL(taskUrl);
  await expect(page.getByTestId("task-quarter").filter({ hasText: "Quý 2/2026" })).toContainText("Đã nộp");

  // The supervisor finds it among the quarter's reports and responds, answering the proposal.
  const supervisorContext = await browser.newContext({ locale: "vi-VN" });
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, "daumoi");
  await supervisor.getByRole("link", { name: "Báo cáo quý" }).first().click();
  await supervisor.locator('input[name="year"]').fill("2026");
  await supervisor.locator('select[name="quarter"]').selectOption("1");
  await supervisor.locator('select[name="status"]').selectOption("SUBMITTED");
  await supervisor.getByRole("button", { name: "Áp dụng" }).click();
  await supervisor.getByTestId("quarter-report").filter({ hasText: "Số hóa hồ sơ cán bộ" }).getByRole("link").click();
  await expect(supervisor.getByTestId("report-content")).toContainText("Số hóa xong hồ sơ của 12 cơ quan.");
  await supervisor.getByLabel(/^Nội dung ý kiến/).fill("Đẩy nhanh tiến độ, bảo đảm bảo mật hồ sơ.");
  await supervisor.getByLabel(/^Trả lời kiến nghị/).fill("Văn phòng Tỉnh ủy bố trí 2 máy quét trong quý II.");
  await supervisor.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(supervisor.getByTestId("form-message")).toContainText("Đã gửi ý kiến chỉ đạo.");
  await supervisorContext.close();

  // The cadre reads the direction and the answer, then asks to lower the target.
  await page.goto(taskUrl);
  await page.getByTestId("task-quarter").filter({ hasText: "Quý 1/2026" }).getByRole("link").first().click();
  await expect(page.getByTestId("report-response")).toContainText("Đẩy nhanh tiến độ");
  await expect(page.getByTestId("proposal-answer")).toContainText("Văn phòng Tỉnh ủy bố trí 2 máy quét");
  await page.goto(taskUrl);
  await page.getByRole("link", { name: "Đề nghị điều chỉnh" }).click();
  await page.getByLabel(/^Mục tiêu đề nghị/).fill("90");
  await page.getByLabel(/^Lý do đề nghị/).fill("Một phần hồ sơ đã chuyển lưu trữ lịch sử, không thuộc diện số hóa.");
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  await expect(page).toHaveURL(taskUrl);
  await expect(page.getByTestId("change-request")).toContainText("Chờ duyệt");

  // The standing committee approves it.
  await standing.goto(taskUrl);
  await standing.getByLabel(/^Quyết định/).selectOption("approve");
  await standing.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(standing.getByTestId("change-request")).toContainText("Đã duyệt");
  await standingContext.close();

  // The task shows the original and the adjusted target, progress against the new one, and its history.
  await page.reload();
  const target = page.getByTestId("target-row");
  await expect(target).toContainText("100 %"); // the original target
  await expect(target).toContainText("90 %"); // the adjusted one
  await expect(target).toContainText("đã điều chỉnh");
  // 60 % reached from a 35,5 % baseline towards 90 %: 45 % of the way.
  await expect(target.getByTestId("progress")).toContainText("45 %");
  await expect(page.getByTestId("change-request")).toContainText("Đã duyệt");
  await expect(page.getByTestId("timeline")).toContainText("Duyệt điều chỉnh");
  await expect(page.getByTestId("timeline")).toContainText("Cho ý kiến chỉ đạo báo cáo");

  // The evidence downloads for the cadre, as an attachment; another cadre gets not found.
  const own = await page.request.get(evidenceHref!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toContain("attachment");
  // An evidence file is never sniffed into something else, nor framed, nor allowed to run script.
  expect(own.headers()["x-content-type-options"]).toBe("nosniff");
  expect(own.headers()["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'none'/,
  );
  const otherContext = await browser.newContext({ locale: "vi-VN" });
  const other = await otherContext.newPage();
  await signIn(other, "canbo");
  expect((await other.request.get(evidenceHref!)).status()).toBe(404);
  expect((await other.goto(taskUrl))?.status()).toBe(404);
  await otherContext.close();
});

test("a file that only pretends to be a PDF is refused, and what was typed is kept", async ({ page }) => {
  await signIn(page, "canbo");
  await page.goto("/tasks/task-2026-0001/reports/2026Q4");
  await page.getByLabel(/^Kết quả thực hiện/).fill("Tiếp tục cấp giấy chứng nhận.");
  await page.getByLabel("Tệp minh chứng").setInputFiles({
    name: "bao-cao.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ this is a program"),
  });
  // Refused as soon as it is uploaded, at the file, before any save; what was typed stays.
  await expect(page.locator('[data-testid="evidence-upload"][data-status="failed"]')).toContainText(
    "Tệp “bao-cao.pdf” không phải PDF, ảnh hoặc tài liệu văn phòng",
  );
  await expect(page.getByLabel(/^Kết quả thực hiện/)).toHaveValue("Tiếp tục cấp giấy chứng nhận.");
  await expect(page.getByTestId("report-form").locator('input[name^="evidenceIds."]')).toHaveCount(0);
});
