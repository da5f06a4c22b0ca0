import { captureServerAction, expect, replayServerAction, signIn, test, pickUnit } from "./fixtures";

const REFUSED = "Dữ liệu gửi lên không hợp lệ nên không được ghi.";

/** The captured multipart body with one more text field, named as React's reply encoding names the form's fields. */
function withField(body: string, contentType: string, name: string, value: string): string {
  const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
  const prefix = /name="([^"]*)taskId"/.exec(body)![1]!;
  const part = `--${boundary}\r\nContent-Disposition: form-data; name="${prefix}${name}"\r\n\r\n${value}\r\n`;
  // Before the root part ("0"): React builds the form's FormData as soon as it reads the root.
  const root = body.indexOf(`--${boundary}\r\nContent-Disposition: form-data; name="0"`);
  const at = root >= 0 ? root : body.lastIndexOf(`--${boundary}--`);
  return body.slice(0, at) + part + body.slice(at);
}

test("a cadre replaying the report save with prototype fields is refused, and the app keeps serving everyone", async ({
  browser,
}) => {
  // The capture aborts the browser's own request, which its console reports: a context of its own keeps that
  // out of the console check.
  const cadreContext = await browser.newContext();
  const page = await cadreContext.newPage();
  await signIn(page, "canbo");
  await page.getByTestId("my-task").first().getByRole("link").first().click();
  await page
    .getByRole("link", { name: /^Báo cáo quý/ })
    .first()
    .click();
  await page.getByLabel(/^Kết quả thực hiện/).fill("Bản nháp thử");
  const captured = await captureServerAction(page, "**/tasks/**");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  const action = await captured();
  const contentType = action.headers["content-type"]!;
  expect(contentType).toContain("multipart/form-data");

  for (const [name, value] of [
    ["__proto__.intent", "submit"],
    ["__proto__", "polluted"],
    ["constructor.prototype.intent", "submit"],
    ["actuals.0.__proto__.actualValue", "1"],
  ] as const) {
    const reply = await replayServerAction(page.request, { ...action, body: withField(action.body, contentType, name, value) });
    expect(reply, name).toContain(REFUSED);
  }
  await cadreContext.close();

  // Another user signs in (the sign-in page renders) and the dashboard still works.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, "bantochuc");
  await other.goto("/dashboard");
  await expect(other.getByTestId("dashboard-totals")).toBeVisible();
  await otherContext.close();
});

test("a cadre's name typed in decomposed Unicode is found by a search typed normally", async ({ page }) => {
  const suffix = Date.now().toString(36).slice(-5);
  const composed = `Hoàng Thị Thuỷ Tiên ${suffix}`;
  await signIn(page, "admin");
  await page.goto("/admin/cadres/new");
  await page.getByLabel(/^Họ và tên/).fill(composed.normalize("NFD"));
  await page.getByLabel(/^Chức vụ/).fill("Phó Trưởng phòng");
  await pickUnit(page, /^Đơn vị công tác/);
  await page.getByLabel(/^Thuộc diện quản lý của/).selectOption({ index: 1 });
  await page.getByLabel(/^Nhóm đối tượng/).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page).toHaveURL(/\/admin\/cadres$/);

  // The list's own search box (the header has the global one).
  const list = page.getByRole("main");
  await list.getByRole("searchbox").fill(`Thuỷ Tiên ${suffix}`.normalize("NFC"));
  await list.getByRole("button", { name: "Tìm kiếm" }).click();
  const rows = page.getByTestId("cadre-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(composed.normalize("NFC"));
});
