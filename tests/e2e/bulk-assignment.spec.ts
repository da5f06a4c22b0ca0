import AxeBuilder from "@axe-core/playwright";
import { devices, type Page } from "@playwright/test";
import { expect, PASSWORD, signIn, signOut, test } from "./fixtures";

/** Every WCAG 2.1 A/AA rule axe knows, on the page as it is now. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// The seed's brick-kiln template, the 2027 round and the twelve commune chairmen the province manages.
const PICK = `/task-templates/assign?template=tpl-lo-gach&round=round-tu-2027&position=${encodeURIComponent("Đảng ủy, Chủ tịch UBND")}`;

// A freshly started server answers its first sign-in slowly on a loaded machine (modules loaded, the password
// hasher warmed): signed in once here, unhurried, so the tests' own sign-ins are timed as usual.
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("thuongtruc");
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 60_000 });
  await page.close();
});

test("the standing committee assigns the brick-kiln template to twelve commune chairmen under one decision, and a chairman sees his own task", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const decision = `${Date.now() % 100_000}-QĐ/TU`;
  await signIn(page, "thuongtruc");
  await page.goto("/task-templates");
  await expect(page.getByTestId("template-row").filter({ hasText: "lò gạch thủ công" })).toHaveCount(1);
  await page.getByRole("link", { name: "Giao hàng loạt" }).click();
  await page.getByLabel("Chức vụ có chứa").fill("Đảng ủy, Chủ tịch UBND");
  await page.getByRole("button", { name: "Hiện danh sách" }).click();

  const rows = page.getByTestId("bulk-row");
  await expect(rows).toHaveCount(12);
  // One chairman's figures adjusted in the grid, typed the Vietnamese way.
  await page.getByLabel("Ban đầu: Số lò gạch thủ công còn hoạt động (lò) – Lương Văn Tiến").fill("12");
  await page.getByLabel("Mục tiêu: Số hộ được hỗ trợ chuyển đổi nghề (hộ) – Lương Văn Tiến").fill("7,5");
  await page.getByLabel("Số quyết định").fill(decision);
  await page.getByLabel("Ngày quyết định").fill("2026-11-25");
  expect(await violations(page)).toEqual([]);

  await page.getByTestId("bulk-submit").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Đã giao 12 việc theo quyết định ${decision}`);
  await expect(page.getByTestId("bulk-done-row")).toHaveCount(12);

  await signOut(page);
  await signIn(page, "chutich.phuloc");
  const own = page.getByRole("link", { name: /Xóa bỏ các lò gạch thủ công/ });
  await expect(own).toHaveCount(1);
  await own.click();
  await expect(page.getByText(decision).first()).toBeVisible();
  const targets = page.getByTestId("target-row");
  await expect(targets.first()).toContainText(/12\s*lò/);
  await expect(targets.nth(1)).toContainText(/7,5\s*hộ/);
  // A cadre may neither assign to many nor keep the catalogue.
  for (const path of ["/task-templates/assign", "/task-templates"]) expect((await page.goto(path))?.status(), path).toBe(403);
});

test("on a phone the grid is one compact card per chairman, with no sideways scrolling and no accessibility violations", async ({
  browser,
}) => {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  const page = await context.newPage();
  await signIn(page, "thuongtruc");
  await page.goto(PICK);
  const rows = page.getByTestId("bulk-row");
  await expect(rows).toHaveCount(12);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Every input of a row sits inside the screen's width.
  const width = page.viewportSize()!.width;
  for (const input of await rows.first().locator("input, select").all()) {
    const box = (await input.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  }
  expect(await violations(page)).toEqual([]);
  await context.close();
});
