import { expect, fillTask, signIn, test } from "./fixtures";

// A seeded province cadre; the test gives them a task of their own (boundary.spec gives them another one).
const CADRE = "thinhnd";
const CADRE_NAME = "Nguyễn Đình Thịnh";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);

test("on a phone, the quarterly report has a decimal keypad, a camera picker, keeps its uploaded photo after an error, saves itself and says so, toasts a save and shows the sending state", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The standing committee assigns the task (on a desktop browser).
  const title = `Số hóa hồ sơ đất đai trên điện thoại ${Date.now()}`;
  const desk = await browser.newContext({ locale: "vi-VN" });
  const standing = await desk.newPage();
  await signIn(standing, "thuongtruc");
  await standing.goto(`/tasks/new?q=${encodeURIComponent(CADRE_NAME)}`);
  await standing.getByTestId("assignable-cadre").getByRole("link", { name: CADRE_NAME }).click();
  await standing.getByLabel(/^Đợt giao việc/).selectOption({ label: "Đăng ký việc đột phá, đổi mới năm 2026" });
  await fillTask(standing, title, "task-");
  await standing.getByLabel(/^Bắt đầu/).fill("2026-01-01");
  await standing.getByLabel(/^Kết thúc/).fill("2026-12-31");
  await standing.locator("#task-targets-0-deadline").fill("2026-12-31");
  await standing.getByLabel(/^Số quyết định/).fill("173-QĐ/TU");
  await standing.getByLabel(/^Đầu mối theo dõi/).selectOption("user-daumoi");
  await standing.getByRole("button", { name: "Giao việc" }).click();
  await expect(standing.getByTestId("task-status")).toContainText("Giao trực tiếp");
  const taskUrl = new URL(standing.url()).pathname;
  await desk.close();

  // The cadre opens the first quarter's report on their phone.
  await signIn(page, CADRE);
  await page.goto(taskUrl);
  await page.getByRole("link", { name: "Báo cáo quý 1/2026" }).click();
  await expect(page).toHaveURL(/\/reports\/2026Q1$/);
  const form = page.getByTestId("report-form");

  // Every number field opens the decimal keypad; the evidence picker offers images (the camera) and
  // documents, and a separate camera button, so `capture` never hides the phone's files.
  const actual = page.getByLabel(/^Tỷ lệ hồ sơ địa chính được số hóa/);
  await expect(actual).toHaveAttribute("inputmode", "decimal");
  await expect(page.getByLabel(/^Tự đánh giá mức độ hoàn thành/)).toHaveAttribute("inputmode", "decimal");
  const evidence = page.getByLabel("Tệp minh chứng");
  await expect(evidence).toHaveAttribute("accept", /image\/\*.*application\/pdf/);
  expect(await evidence.getAttribute("capture")).toBeNull();
  await expect(page.getByTestId("evidence-camera")).toHaveAttribute("capture", "environment");
  await expect(page.getByText("Chụp ảnh", { exact: true })).toBeVisible();

  // A photo taken with the camera and a PDF are uploaded at once, each with its progress, and staged.
  await page.getByTestId("evidence-camera").setInputFiles({ name: "anh-hien-truong.png", mimeType: "image/png", buffer: PNG });
  await evidence.setInputFiles({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: PDF });
  const uploads = page.getByTestId("evidence-upload");
  await expect(uploads).toHaveCount(2);
  await expect(uploads.and(page.locator('[data-status="staged"]'))).toHaveCount(2);

  // Submitted at once without the results: refused, and both files are still there, ready to be linked.
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Vui lòng nhập mục này.").first()).toBeVisible();
  await expect(uploads).toHaveText([/anh-hien-truong\.png/, /bien-ban\.pdf/]);
  await expect(form.locator('input[type="hidden"][name^="evidenceIds."]')).toHaveCount(2);

  // Typing saves the draft by itself a moment later, files included, and says when.
  await page.getByLabel(/^Kết quả thực hiện/).fill("Số hóa xong hồ sơ của 3 xã.");
  await actual.fill("42,5");
  await expect(page.getByTestId("autosave-status")).toHaveText(/^Đã lưu nháp lúc \d{2}:\d{2}$/, { timeout: 15_000 });
  await expect(uploads.and(page.locator('[data-status="saved"]'))).toHaveCount(2);

  // A manual save raises a toast.
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Đã lưu bản nháp báo cáo." })).toBeVisible();

  // Submitting says "Đang gửi…" on the button while it is on its way (the request is held a moment).
  await page.route(/\/reports\/2026Q1$/, async (route) => {
    if (route.request().method() === "POST") await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByRole("button", { name: "Đang gửi…" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${taskUrl}$`));
  const q1 = page.getByTestId("task-quarter").filter({ hasText: "Quý 1/2026" });
  await expect(q1).toContainText("Đã nộp");
  await expect(q1.getByTestId("evidence-link")).toHaveText(["anh-hien-truong.png", "bien-ban.pdf"]);
});

// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
