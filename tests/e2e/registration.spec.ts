import { captureServerAction, expect, fillTask, replayServerAction, signIn, test, confirmInDialog } from "./fixtures";

// Seeded province cadres who have not registered for 2027 yet; each test uses its own.
const CADRE_FOR_PATH = "nhungpt"; // Phùng Thúy Nhung
const CADRE_FOR_RULES = "nganqh"; // Quan Hồng Ngân

test("a cadre drafts and submits; the committee returns it with a comment; the cadre fixes and resubmits; the committee forwards it; the standing committee adjusts one task, rejects one and assigns", async ({
  page,
  browser,
}) => {
  // Five people walk the whole path in one test (about 45 s idle): give it room on a loaded CI machine.
  test.setTimeout(180_000);
  await signIn(page, CADRE_FOR_PATH);
  await page.getByRole("link", { name: "Đăng ký việc" }).first().click();
  await page.getByTestId("open-round").filter({ hasText: "năm 2027" }).getByRole("button", { name: "Bắt đầu đăng ký" }).click();
  await expect(page.getByTestId("registration-status")).toContainText("Bản nháp");
  const registrationUrl = page.url();

  await page.getByRole("link", { name: "Thêm việc" }).click();
  // Saving an empty task says what is missing, in Vietnamese, next to each field.
  await page.getByRole("button", { name: "Lưu việc" }).click();
  await expect(page.getByText("Vui lòng nhập mục này.").first()).toBeVisible();
  await fillTask(page, "Số hóa hồ sơ địa chính");
  await page.locator("#targets-0-targetValue").fill("một trăm");
  await page.getByRole("button", { name: "Lưu việc" }).click();
  await expect(page.getByText("Số không hợp lệ (ví dụ: 1.500 hoặc 35,5).")).toBeVisible();
  await expect(page.getByLabel(/^Tên việc/)).toHaveValue("Số hóa hồ sơ địa chính");
  await page.locator("#targets-0-targetValue").fill("100");
  await page.getByRole("button", { name: "Lưu việc" }).click();
  await expect(page).toHaveURL(registrationUrl);
  await expect(page.getByTestId("target-row")).toContainText("35,5 %");
  await page.getByRole("link", { name: "Thêm việc" }).click();
  await fillTask(page, "Xây dựng bản đồ số quy hoạch sử dụng đất");
  await page.getByRole("button", { name: "Lưu việc" }).click();
  await expect(page.getByTestId("proposed-task-title")).toHaveCount(2);

  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(page.getByTestId("registration-status")).toContainText("Đã gửi");
  await expect(page.getByRole("link", { name: "Thêm việc" })).toHaveCount(0);

  // The organisation committee comments on the task and returns the registration.
  const committeeContext = await browser.newContext({ locale: "vi-VN" });
  const committee = await committeeContext.newPage();
  await signIn(committee, "bantochuc");
  await committee.goto(registrationUrl);
  await committee.getByPlaceholder("Nhập ý kiến…").first().fill("Đề nghị nêu rõ số hồ sơ cần số hóa theo từng xã.");
  await committee.getByRole("button", { name: "Gửi ý kiến" }).first().click();
  await expect(committee.getByTestId("comment").first()).toContainText("Đề nghị nêu rõ số hồ sơ");
  await committee.getByLabel("Lý do trả lại").fill("Bổ sung số liệu hồ sơ theo từng xã.");
  await committee.getByRole("button", { name: "Trả lại cho cán bộ" }).click();
  await expect(committee.getByTestId("registration-status")).toContainText("Trả lại để chỉnh sửa");

  // The cadre sees why, fixes the task and resubmits: a second revision.
  await page.reload();
  await expect(page.getByTestId("returned-reason")).toContainText("Bổ sung số liệu hồ sơ theo từng xã.");
  await expect(page.getByTestId("comment").first()).toContainText("Đề nghị nêu rõ số hồ sơ");
  await page.getByRole("link", { name: "Sửa" }).first().click();
  await page.getByLabel(/^Tên việc/).fill("Số hóa 120.000 hồ sơ địa chính của 40 xã, phường");
  await page.getByRole("button", { name: "Lưu việc" }).click();
  await expect(page.getByTestId("proposed-task-title").first()).toContainText("120.000 hồ sơ");
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(page.getByTestId("registration-status")).toContainText("Lần gửi thứ 2");

  // The committee forwards it to the standing committee with its proposal.
  await committee.reload();
  await committee
    .getByLabel(/^Đề xuất của Ban Tổ chức/)
    .first()
    .selectOption("ADJUST");
  await committee.getByLabel("Ghi chú đề xuất").first().fill("Nâng chỉ tiêu lên 100% trong quý III");
  await committee.getByRole("button", { name: "Trình Ban Thường vụ" }).click();
  await expect(committee.getByTestId("registration-status")).toContainText("Đã trình Ban Thường vụ");
  await committeeContext.close();

  // The standing committee approves the first task with an adjusted target and rejects the second.
  const standingContext = await browser.newContext({ locale: "vi-VN" });
  const standing = await standingContext.newPage();
  await signIn(standing, "thuongtruc");
  await standing.goto(registrationUrl);
  await standing.getByRole("link", { name: "Quyết định" }).first().click();
  const fillAdjustment = async () => {
    await standing.getByLabel("Phê duyệt có điều chỉnh").check();
    await standing.getByLabel(/^Lý do/).fill("Nâng mục tiêu số hóa lên 95% ngay trong năm 2027.");
    await standing.getByLabel(/^Số quyết định/).fill("152-QĐ/TU");
    await standing.getByLabel(/^Đầu mối theo dõi/).selectOption("user-daumoi");
    await standing.locator("#adjusted-targets-0-targetValue").fill("95");
  };
  await fillAdjustment();

  // The decision's request is captured, not sent, and the cadre posts it with their own session: refused.
  const captured = await captureServerAction(standing, "**/registrations/**");
  await standing.getByRole("button", { name: "Ghi quyết định" }).click();
  await confirmInDialog(standing);
  const action = await captured();
  const replay = await replayServerAction(page.request, action);
  expect(replay).toContain("Vai trò hiện tại không được thực hiện thao tác này.");
  await standing.reload();
  await fillAdjustment();
  await standing.getByRole("button", { name: "Ghi quyết định" }).click();
  await confirmInDialog(standing);
  await expect(standing.getByTestId("task-decision").first()).toContainText("Đã phê duyệt có điều chỉnh");

  // It supplements a task the cadre did not propose, assigned at once.
  await standing.getByRole("link", { name: "Bổ sung việc" }).click();
  await fillTask(standing, "Công khai tiến độ cấp giấy chứng nhận trên Cổng thông tin điện tử", "task-");
  await standing.getByLabel(/^Số quyết định/).fill("152-QĐ/TU");
  await standing.getByLabel(/^Đầu mối theo dõi/).selectOption("user-daumoi");
  await standing.getByRole("button", { name: "Giao việc" }).click();
  await expect(standing.getByTestId("task-status")).toContainText("Ban Thường vụ bổ sung");
  await expect(standing.getByTestId("task-assignment")).toContainText("Số 152-QĐ/TU");
  await standing.goto(registrationUrl);
  await expect(standing.getByTestId("task-decision").filter({ hasText: "Ban Thường vụ bổ sung" })).toBeVisible();
  await standing.getByRole("link", { name: "Quyết định" }).first().click();
  await standing.getByLabel("Không phê duyệt").check();
  await standing.getByRole("button", { name: "Ghi quyết định" }).click();
  await confirmInDialog(standing);
  await expect(standing.getByText("Vui lòng nhập mục này.")).toBeVisible();
  await standing.getByLabel(/^Lý do/).fill("Trùng với nhiệm vụ thường xuyên của Sở.");
  await standing.getByRole("button", { name: "Ghi quyết định" }).click();
  await confirmInDialog(standing);
  await expect(standing.getByTestId("registration-status")).toContainText("Đã quyết định");
  await standingContext.close();

  // The cadre sees each decision with its reason, and the official task on their home.
  await page.reload();
  await expect(page.getByTestId("task-decision").first()).toContainText("Lý do của Ban Thường vụ: Nâng mục tiêu số hóa lên 95%");
  await expect(page.getByTestId("task-decision").nth(1)).toContainText("Không phê duyệt");
  // Its history says who did what, when and why.
  await expect(page.getByTestId("timeline")).toContainText("Trả lại để chỉnh sửa");
  await expect(page.getByTestId("timeline")).toContainText("Lý do: Bổ sung số liệu hồ sơ theo từng xã.");
  await expect(page.getByTestId("timeline")).toContainText("Giao việc chính thức");
  // The bell counts what is new; a notification opens what it is about.
  await expect(page.getByTestId("unread-count").filter({ visible: true })).toBeVisible();
  await page.getByTestId("notification-bell").filter({ visible: true }).click();
  await page
    .getByTestId("notification")
    .filter({ hasText: "Việc đăng ký được phê duyệt có điều chỉnh" })
    .getByRole("button")
    .click();
  await expect(page).toHaveURL(registrationUrl);
  await page.goto("/my-work");
  await expect(page.getByTestId("my-task").filter({ hasText: "Công khai tiến độ cấp giấy" })).toContainText("Đang thực hiện");
  // The official task shows what the standing committee changed, and why.
  await page.getByTestId("my-task").filter({ hasText: "120.000 hồ sơ" }).getByRole("link").click();
  await expect(page.getByTestId("adjustment-note")).toContainText("Nâng mục tiêu số hóa lên 95% ngay trong năm 2027.");
  await expect(page.getByTestId("target-row")).toContainText("95 %");
  await expect(page.getByTestId("task-assignment")).toContainText("Đặng Quốc Việt");

  // The supervisor named in the decision follows it.
  const supervisorContext = await browser.newContext({ locale: "vi-VN" });
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, "daumoi");
  await expect(supervisor.getByTestId("supervised-task").filter({ hasText: "120.000 hồ sơ" })).toBeVisible();
  await supervisorContext.close();

  // Another cadre cannot open it by URL.
  const otherContext = await browser.newContext({ locale: "vi-VN" });
  const other = await otherContext.newPage();
  await signIn(other, "canbo");
  const response = await other.goto(registrationUrl);
  expect(response?.status()).toBe(404);
  await otherContext.close();
});

test("a registration breaking the round's rules is refused with every reason, in Vietnamese", async ({ page }) => {
  await signIn(page, CADRE_FOR_RULES);
  await page.goto("/registrations");
  await page.getByTestId("open-round").filter({ hasText: "năm 2027" }).getByRole("button", { name: "Bắt đầu đăng ký" }).click();
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Chưa thể gửi đăng ký:");
  await expect(page.getByTestId("form-message")).toContainText("Cần đăng ký ít nhất 1 việc.");
  await page.getByRole("link", { name: "Thêm việc" }).click();
  await fillTask(page, "Việc có ngày ngoài năm");
  await page.getByLabel(/^Kết thúc/).fill("2028-06-30");
  await page.getByRole("button", { name: "Lưu việc" }).click();
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(page.getByTestId("form-message")).toContainText(
    "Việc “Việc có ngày ngoài năm” có ngày nằm ngoài thời gian của đợt.",
  );
  await expect(page.getByTestId("registration-status")).toContainText("Bản nháp");
});

test("the organisation committee creates a round and opens it; the round page lists who has not registered", async ({ page }) => {
  await signIn(page, "bantochuc.xa");
  await page.goto("/rounds/new");
  await page.getByLabel(/^Tên đợt/).fill("Đăng ký việc đột phá năm 2028 (thử nghiệm)");
  await page.getByLabel(/^Năm/).fill("2028");
  await page.getByLabel(/^Hạn đăng ký/).fill("2027-12-31");
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký việc đột phá năm 2028 (thử nghiệm)");
  await page.getByRole("button", { name: "Mở đăng ký" }).click();
  await expect(page.getByText("Đang mở đăng ký")).toBeVisible();
  await expect(page.getByTestId("round-cadre").first()).toContainText("Chưa đăng ký");
});

test("the organisation committee reads the round's compiled list grouped by field; a cadre is refused it", async ({
  page,
  browser,
}) => {
  await signIn(page, "bantochuc");
  await page.goto("/registrations");
  await page.getByRole("link", { name: "Danh sách tổng hợp" }).click();
  await page.getByLabel("Nhóm theo").selectOption("field");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/group=field/);
  await expect(page.getByTestId("compiled-task").first()).toBeVisible();
  const cadreContext = await browser.newContext({ locale: "vi-VN" });
  const cadre = await cadreContext.newPage();
  await signIn(cadre, "canbo");
  const response = await cadre.goto("/registrations/compiled");
  expect(response?.status()).toBe(403);
  await cadreContext.close();
});

test("the standing committee assigns a task directly to a cadre it manages, without a registration", async ({ page }) => {
  await signIn(page, "thuongtruc");
  await page.getByRole("link", { name: "Giao việc trực tiếp" }).first().click();
  await page.getByRole("searchbox").fill("Hoàng Quang Đạt");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await page.getByTestId("assignable-cadre").getByRole("link", { name: "Hoàng Quang Đạt" }).click();
  await page.getByLabel(/^Đợt giao việc/).selectOption({ label: "Đăng ký việc đột phá, đổi mới năm 2027" });
  await fillTask(page, "Xây dựng đề án chính sách thu hút nhân lực chất lượng cao", "task-");
  await page.getByLabel(/^Kết thúc/).fill("2028-06-30");
  await page.getByLabel(/^Số quyết định/).fill("160-QĐ/TU");
  await page.getByLabel(/^Đầu mối theo dõi/).selectOption("user-daumoi");
  await page.getByRole("button", { name: "Giao việc" }).click();
  // A date outside the round is refused with the reason, and nothing typed is lost.
  await expect(page.getByTestId("form-message")).toContainText("phải nằm trong giai đoạn của đợt (2027–2027)");
  await expect(page.getByLabel(/^Tên việc/)).toHaveValue("Xây dựng đề án chính sách thu hút nhân lực chất lượng cao");
  await page.getByLabel(/^Kết thúc/).fill("2027-12-31");
  await page.getByRole("button", { name: "Giao việc" }).click();
  await expect(page.getByTestId("task-status")).toContainText("Giao trực tiếp");
  await expect(page.getByTestId("task-assignment")).toContainText("Hoàng Quang Đạt");
  await expect(page.getByTestId("timeline")).toContainText("Giao việc chính thức");
});

test("the organisation committee extends registration for one cadre; a commune committee cannot", async ({ page, browser }) => {
  await signIn(page, "bantochuc");
  await page.goto("/rounds/round-tu-2027");
  const extendLink = page
    .getByTestId("round-cadre")
    .filter({ hasText: "Hà Hữu Sơn" })
    .getByRole("link", { name: "Gia hạn đăng ký" });
  const extendUrl = (await extendLink.getAttribute("href"))!;
  await extendLink.click();
  await expect(page.getByText("Hạn đăng ký hiện áp dụng cho cán bộ: 31/12/2026.")).toBeVisible();
  await page.getByRole("button", { name: "Gia hạn" }).click();
  await expect(page.getByText("Vui lòng nhập mục này.")).toBeVisible();
  await page.getByLabel(/^Gia hạn đến hết ngày/).fill("2027-01-15");
  await page.getByLabel(/^Lý do gia hạn/).fill("Đồng chí đi học tập trung đến hết năm.");
  await page.getByRole("button", { name: "Gia hạn" }).click();
  await expect(page.getByTestId("round-cadre").filter({ hasText: "Hà Hữu Sơn" })).toContainText("Gia hạn đến 15/01/2027");

  const communeContext = await browser.newContext({ locale: "vi-VN" });
  const commune = await communeContext.newPage();
  await signIn(commune, "bantochuc.xa");
  const response = await commune.goto(extendUrl);
  expect(response?.status()).toBe(404);
  await communeContext.close();
});
