import AxeBuilder from "@axe-core/playwright";
import { devices, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { expect, signIn, signOut, test } from "./fixtures";

const SHOTS = process.env.SCREENSHOT_DIR ?? "/tmp/decimport";
mkdirSync(SHOTS, { recursive: true });
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// The seed's online-services template (not the brick kilns, which the bulk-assignment test gives every chairman)
// in the 2027 round, and three of the commune chairmen the province manages.
const TEMPLATE = "tpl-dvc-truc-tuyen";
const TITLE = /Giải quyết thủ tục hành chính trực tuyến toàn trình/;
const PAGE = `/task-templates/import?template=${TEMPLATE}&round=round-tu-2027`;
const CHAIRMEN = [
  { code: "CB-CT-PHULOC", name: "Lương Văn Tiến", username: "chutich.phuloc" },
  { code: "CB-CT-KHELAU", name: "Ma Thị Hồng" },
  { code: "CB-CT-DONGHA", name: "Quan Văn Phúc" },
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Fills the downloaded template as a committee's secretary would: the example row replaced by three chairmen. */
async function fill(template: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Danh sách giao việc")!;
  const headers = (sheet.getRow(1).values as string[]).slice(1).map((h) => h.replace(" *", ""));
  expect(headers).toEqual([
    "Mã cán bộ",
    "Họ và tên (để đối chiếu)",
    "Tên đăng nhập đầu mối theo dõi",
    "Giá trị ban đầu: Tỷ lệ hồ sơ nộp trực tuyến toàn trình (%)",
    "Chỉ tiêu: Tỷ lệ hồ sơ nộp trực tuyến toàn trình (%)",
    "Giá trị ban đầu: Thời gian giải quyết hồ sơ bình quân (ngày)",
    "Chỉ tiêu: Thời gian giải quyết hồ sơ bình quân (ngày)",
  ]);
  sheet.spliceRows(2, 1);
  CHAIRMEN.forEach((c, i) => {
    const row = sheet.getRow(i + 2);
    // Typed the Vietnamese way: 2,5 days.
    row.values = [c.code, c.name, "", String(40 + i), "85", "5", i === 0 ? "2,5" : "2"];
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function preview(page: Page, file: Buffer, decision: string) {
  await page.getByLabel("Số quyết định").fill(decision);
  await page.getByLabel("Ngày quyết định").fill("2026-11-25");
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "danh-sach-giao-viec.xlsx", mimeType: XLSX, buffer: file });
  await page.getByTestId("decision-import-preview").click();
  await expect(page.getByTestId("decision-import-result")).toBeVisible();
}

test("the standing committee downloads the list template, fills three chairmen, previews and assigns them under one decision, and the same file again assigns nothing", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const decision = `${Date.now() % 100_000}-QĐ/TU`;
  await signIn(page, "thuongtruc");
  await page.goto("/task-templates/assign");
  await page.getByTestId("decision-import-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập danh sách giao nhiệm vụ từ Excel");
  await page.locator('select[name="template"]').selectOption(TEMPLATE);
  await page.locator('select[name="round"]').selectOption("round-tu-2027");
  await page.getByRole("button", { name: "Chọn", exact: true }).click();
  await expect(page.getByTestId("decision-import-template")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByTestId("decision-import-template").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("mau-danh-sach-giao-nhiem-vu.xlsx");
  const file = await fill(readFileSync((await download.path())!));

  await preview(page, file, decision);
  await expect(page.getByTestId("decision-import-row")).toHaveCount(3);
  await expect(page.locator('[data-testid="decision-import-row"][data-outcome="create"]')).toHaveCount(3);
  await expect(page.getByTestId("decision-import-summary")).toContainText(`quyết định số ${decision} ngày 25/11/2026`);
  await expect(page.getByTestId("decision-import-commit")).toBeEnabled();
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/decision-import-preview-desktop.png`, fullPage: true });

  await page.getByTestId("decision-import-commit").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Đã giao 3 việc theo quyết định ${decision}`);
  const done = page.getByTestId("bulk-done-row");
  await expect(done).toHaveCount(3);
  for (const c of CHAIRMEN) await expect(done.filter({ hasText: c.name })).toHaveCount(1);

  // On a phone, the same file under the same decision: the preview says it is assigned already.
  const phone = await browser.newContext({ ...devices["Pixel 7"] });
  const mobile = await phone.newPage();
  await signIn(mobile, "thuongtruc");
  await mobile.goto(PAGE);
  await preview(mobile, file, decision);
  await expect(mobile.getByTestId("decision-import-already")).toContainText(`quyết định số ${decision} ngày 25/11/2026`);
  await expect(mobile.locator('[data-testid="decision-import-row"][data-outcome="unchanged"]')).toHaveCount(3);
  const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await violations(mobile)).toEqual([]);
  await mobile.screenshot({ path: `${SHOTS}/decision-import-preview-phone.png`, fullPage: true });
  await mobile.getByTestId("decision-import-commit").click();
  await expect(mobile.getByRole("heading", { level: 1 })).toContainText(`Đã giao 3 việc theo quyết định ${decision}`);
  await phone.close();

  // Each chairman has the one task, not two.
  await signOut(page);
  await signIn(page, CHAIRMEN[0]!.username!);
  const own = page.getByRole("link", { name: TITLE });
  await expect(own).toHaveCount(1);
  await own.click();
  await expect(page.getByTestId("target-row").nth(1)).toContainText(/2,5\s*ngày/);
});
