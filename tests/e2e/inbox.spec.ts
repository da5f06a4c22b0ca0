import type { Page } from "@playwright/test";
import { expect, fillTask, signIn, test } from "./fixtures";

// A seeded provincial cadre no other browser test uses: the explanation test gives them a task of their own.
const CADRE = "tungvh"; // Vũ Hữu Tùng
/** The review list's round filter (its label's accessible name includes the chosen round). */
const roundFilter = (page: Page) => page.getByRole("combobox", { name: /^Đợt/ });
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test("the cadre's inbox lists the explanation their supervisor asked for; one click opens the task where it is answered", async ({
  page,
}) => {
  await signIn(page, "canbo");
  const inbox = page.getByTestId("inbox");
  await expect(inbox.getByRole("heading", { name: "Việc cần xử lý" })).toBeVisible();
  const item = inbox.getByTestId("inbox-item").filter({ hasText: "Yêu cầu giải trình chờ trả lời" });
  await expect(item.getByTestId("inbox-count")).toHaveText("1");
  await item.click();
  await expect(page).toHaveURL(/\/tasks\/task-2026-0003#giai-trinh$/);
  const request = page.getByTestId("explanation");
  await expect(request).toContainText("Chờ giải trình");
  await expect(request).toContainText("Báo cáo quý chậm · Quý 3/2026");
  await expect(request.getByTestId("answer-explanation-form")).toBeVisible();
});

test("the organisation committee's inbox opens the open round's registrations awaiting review, submitted first", async ({
  page,
}) => {
  await signIn(page, "bantochuc");
  const item = page.getByTestId("inbox-item").filter({ hasText: "Đăng ký chờ xem xét" }).first();
  await expect(item).toContainText("năm 2027");
  const count = Number((await item.getByTestId("inbox-count").textContent())?.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  await item.click();
  await expect(page).toHaveURL(/\/registrations\?round=.+&status=SUBMITTED/);
  await expect(roundFilter(page)).toHaveValue(/.+/);
  await expect(page.getByTestId("review-row").first()).toContainText("Đã gửi");

  // Without a filter the list opens on the open round, with the registrations awaiting review first.
  await page.goto("/registrations");
  await expect(roundFilter(page).locator("option:checked")).toContainText("năm 2027");
  await expect(page.getByTestId("review-row").first()).toContainText("Đã gửi");
  // "All rounds" is a choice of its own, kept in the URL.
  await roundFilter(page).selectOption({ label: "Tất cả các đợt" });
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/round=all/);
  await expect(roundFilter(page)).toHaveValue("all");
});

test("the standing committee's inbox puts the escalated explanation first; one click shows it with its three reminders", async ({
  page,
}) => {
  await signIn(page, "thuongtruc");
  const first = page.getByTestId("inbox-item").first();
  await expect(first).toContainText("Giải trình quá hạn chuyển đến");
  await expect(first).toContainText("Quá hạn");
  await expect(page.getByTestId("inbox-item").filter({ hasText: "Đăng ký chờ quyết định" }).first()).toBeVisible();
  await expect(page.getByTestId("inbox-item").filter({ hasText: "Đề nghị điều chỉnh chờ duyệt" })).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/tasks\/task-2026-0017#giai-trinh$/);
  const request = page.getByTestId("explanation");
  await expect(request).toContainText("Đã chuyển Ban Thường vụ");
  await expect(request).toContainText("Đã nhắc 3 lần");
  // The timeline tells the story: asked, reminded three times, escalated.
  const timeline = page.getByTestId("timeline-event");
  await expect(timeline.filter({ hasText: /^Yêu cầu giải trình/ })).toHaveCount(1);
  await expect(timeline.filter({ hasText: /^Nhắc giải trình/ })).toHaveCount(3);
  await expect(timeline.filter({ hasText: /^Chuyển Ban Thường vụ \(quá hạn giải trình\)/ })).toHaveCount(1);
});

test("the council member's inbox counts the sheets still to score and opens one", async ({ page }) => {
  await signIn(page, "hoidong2");
  const item = page.getByTestId("inbox-item").filter({ hasText: "Phiếu chấm chưa gửi" });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page).toHaveURL(/\/(evaluations\/[^/]+|council)$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the supervisor's inbox opens the quarter's reports awaiting a response", async ({ page }) => {
  await signIn(page, "daumoi");
  const item = page.getByTestId("inbox-item").filter({ hasText: "chờ cho ý kiến" }).first();
  await expect(item).toBeVisible();
  await item.click();
  await expect(page).toHaveURL(/\/reports\?year=\d{4}&quarter=[1-4]&status=SUBMITTED/);
  await expect(page.locator("tbody tr").first()).toBeVisible();
});

test("an explanation from request to answer: the supervisor asks about a late report, the cadre answers with a staged file from their inbox", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The standing committee gives the cadre a task running since January: its third-quarter report is late.
  const standingContext = await browser.newContext({ locale: "vi-VN" });
  const standing = await standingContext.newPage();
  await signIn(standing, "thuongtruc");
  await standing.goto("/tasks/new?q=Vũ Hữu Tùng");
  await standing.getByTestId("assignable-cadre").getByRole("link", { name: "Vũ Hữu Tùng" }).click();
  await standing.getByLabel(/^Đợt giao việc/).selectOption({ label: "Đăng ký việc đột phá, đổi mới năm 2026" });
  await fillTask(standing, "Rà soát, giải quyết dứt điểm đơn thư tồn đọng của ngành", "task-");
  await standing.getByLabel(/^Bắt đầu/).fill("2026-01-01");
  await standing.getByLabel(/^Kết thúc/).fill("2026-12-31");
  await standing.locator("#task-targets-0-deadline").fill("2026-12-31");
  await standing.getByLabel(/^Số quyết định/).fill("188-QĐ/TU");
  await standing.getByLabel(/^Đầu mối theo dõi/).selectOption("user-daumoi");
  await standing.getByRole("button", { name: "Giao việc" }).click();
  await expect(standing.getByTestId("task-status")).toContainText("Giao trực tiếp");
  const taskUrl = standing.url();
  await standingContext.close();

  // The supervisor asks for an explanation of the third quarter's missing report.
  const supervisorContext = await browser.newContext({ locale: "vi-VN" });
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, "daumoi");
  await supervisor.goto(taskUrl);
  await supervisor.getByText("Gửi yêu cầu giải trình", { exact: true }).click();
  await supervisor.getByLabel(/^Lý do/).selectOption({ label: "Báo cáo quý chậm" });
  await supervisor.getByLabel(/^Quý của báo cáo/).selectOption({ label: "Quý 3/2026" });
  await supervisor.getByLabel(/^Nội dung cần giải trình/).fill("Đề nghị đồng chí giải trình lý do chưa nộp báo cáo quý III.");
  await supervisor.getByRole("button", { name: "Gửi yêu cầu" }).click();
  await expect(supervisor.getByTestId("explanation")).toContainText("Chờ giải trình");
  await expect(supervisor.getByTestId("request-explanation-form")).toHaveCount(0);
  await supervisorContext.close();

  // The cadre finds it in their inbox and answers, with a file.
  await signIn(page, CADRE);
  await page.getByTestId("inbox-item").filter({ hasText: "Yêu cầu giải trình chờ trả lời" }).click();
  await expect(page).toHaveURL(`${taskUrl}#giai-trinh`);
  // The file is uploaded as soon as it is chosen (staged), before the answer is sent.
  const form = page.getByTestId("answer-explanation-form");
  await form.getByLabel("Tài liệu kèm theo (không bắt buộc)").setInputFiles({
    name: "giai-trinh.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  const upload = form.getByTestId("evidence-upload");
  await expect(upload).toHaveAttribute("data-status", "staged");
  await expect(upload).toContainText("giai-trinh.pdf");
  // An answer sent empty comes back with an error, and the staged file is still there to be sent.
  await page.getByRole("button", { name: "Gửi giải trình" }).click();
  await expect(form.getByText("Vui lòng nhập mục này.").first()).toBeVisible();
  await expect(upload).toHaveAttribute("data-status", "staged");
  await expect(form.locator('input[name="evidenceIds.0"]')).toHaveCount(1);
  await page.getByLabel(/^Nội dung giải trình/).fill("Đơn vị chờ số liệu của hai xã; báo cáo sẽ nộp trước ngày 05/12.");
  await page.getByRole("button", { name: "Gửi giải trình" }).click();
  const answered = page.getByTestId("explanation");
  await expect(answered).toContainText("Đã giải trình");
  await expect(answered.getByTestId("explanation-answer")).toContainText("chờ số liệu của hai xã");
  await expect(answered.getByRole("link", { name: "giai-trinh.pdf" })).toBeVisible();
  await expect(page.getByTestId("answer-explanation-form")).toHaveCount(0);
  // Out of the inbox, onto the timeline.
  await page.goto("/my-work");
  await expect(page.getByTestId("inbox-item").filter({ hasText: "Yêu cầu giải trình chờ trả lời" })).toHaveCount(0);
  await page.goto(taskUrl);
  const timeline = page.getByTestId("timeline-event");
  await expect(timeline.filter({ hasText: /^Yêu cầu giải trình/ })).toHaveCount(1);
  await expect(timeline.filter({ hasText: /^Giải trình/ })).toHaveCount(1);
});
