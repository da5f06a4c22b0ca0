import AxeBuilder from "@axe-core/playwright";
import { devices, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { provinceRows, type ImportRows } from "@/tests/factories/import-rows";
import { expect, signIn, test } from "./fixtures";

const SHOTS = process.env.SCREENSHOT_DIR ?? "/tmp/import";
mkdirSync(SHOTS, { recursive: true });

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The template's sheets and headers (as a person reads them), by the keys the rows use. */
const SHEETS = {
  units: {
    title: "Đơn vị",
    headers: {
      code: "Mã đơn vị",
      name: "Tên đơn vị",
      kind: "Loại đơn vị",
      parentCode: "Mã đơn vị cấp trên",
      isAssigningBody: "Cấp giao việc",
    },
  },
  cadres: {
    title: "Cán bộ",
    headers: {
      code: "Mã cán bộ",
      fullName: "Họ và tên",
      positionTitle: "Chức vụ",
      unitCode: "Mã đơn vị công tác",
      managedByCode: "Mã cơ quan quản lý",
      group: "Nhóm đối tượng",
      headsUnit: "Người đứng đầu",
    },
  },
  accounts: {
    title: "Tài khoản",
    headers: {
      username: "Tên đăng nhập",
      fullName: "Họ và tên",
      email: "Thư điện tử",
      cadreCode: "Mã cán bộ",
      roles: "Vai trò",
      scopeUnitCode: "Mã đơn vị phạm vi",
    },
  },
} as const;

/** Fills the downloaded template as an administrator would: the example row replaced by `rows`, cell by header. */
async function fillTemplate(template: Buffer, rows: ImportRows): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  for (const key of ["units", "cadres", "accounts"] as const) {
    const spec = SHEETS[key];
    const sheet = workbook.getWorksheet(spec.title)!;
    const columnOf = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, col) => {
      const text = String(cell.value).replace(" *", "");
      const found = Object.entries(spec.headers).find(([, header]) => header === text);
      if (found) columnOf.set(found[0], col);
    });
    expect([...columnOf.keys()].sort()).toEqual(Object.keys(spec.headers).sort());
    sheet.spliceRows(2, 1);
    (rows[key] ?? []).forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      for (const [k, col] of columnOf) row.getCell(col).value = r[k] ?? "";
      row.commit();
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Both tests sign the administrator in (with a second factor): one after the other.
test.describe.configure({ mode: "serial" });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function upload(page: Page, buffer: Buffer) {
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "don-vi-can-bo.xlsx", mimeType: XLSX, buffer });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByTestId("import-preview-result")).toBeVisible();
}

const count = (page: Page, sheet: string, outcome: string) =>
  page.getByTestId(`import-counts-${sheet}`).locator(`[data-outcome="${outcome}"]`);

test("an administrator imports the filled template: two rows refused with their reasons, fixed, committed; the same file again changes nothing", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Nhập từ Excel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập đơn vị, cán bộ, tài khoản từ Excel");
  expect(await violations(page)).toEqual([]);

  const downloading = page.waitForEvent("download");
  await page.getByTestId("import-template").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("mau-nhap-don-vi-can-bo-tai-khoan.xlsx");
  const template = readFileSync((await download.path())!);

  const prefix = `E${Date.now().toString(36).toUpperCase()}`;
  const rows = provinceRows(prefix, "TU", { units: 3, cadres: 20, accounts: 20 });
  // Two rows are wrong: a username given twice, and an e-mail address that is not one.
  const goodUsername = rows.accounts![7]!.username!;
  const goodEmail = rows.accounts![9]!.email!;
  rows.accounts![7]!.username = rows.accounts![3]!.username!;
  rows.accounts![9]!.email = "khong-phai-thu";
  await upload(page, await fillTemplate(template, rows));

  await expect(count(page, "units", "create")).toHaveText("3");
  await expect(count(page, "cadres", "create")).toHaveText("20");
  await expect(count(page, "accounts", "create")).toHaveText("18");
  await expect(count(page, "accounts", "refused")).toHaveText("2");
  const refused = page.locator('[data-testid="import-row"][data-outcome="refused"]');
  await expect(refused).toHaveCount(2);
  await expect(refused.nth(0)).toContainText("Tên đăng nhập: trùng với dòng 5 của tệp");
  await expect(refused.nth(1)).toContainText("Thư điện tử: thư điện tử không hợp lệ");
  await expect(page.getByTestId("import-commit")).toBeDisabled();
  await page.getByLabel("Chỉ hiện các dòng bị từ chối").check();
  await expect(page.getByTestId("import-row")).toHaveCount(2);
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/import-preview-refused-desktop.png`, fullPage: true });

  // The administrator fixes the two rows and uploads the file again.
  rows.accounts![7]!.username = goodUsername;
  rows.accounts![9]!.email = goodEmail;
  const fixed = await fillTemplate(template, rows);
  await upload(page, fixed);
  await expect(count(page, "accounts", "create")).toHaveText("20");
  await expect(count(page, "cadres", "refused")).toHaveText("0");
  await expect(page.getByTestId("import-commit")).toBeEnabled();
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-done")).toHaveText("Đã nhập: 43 bản ghi được tạo hoặc cập nhật.");

  // The same file a second time: everything unchanged, and a commit writes nothing.
  await upload(page, fixed);
  await expect(page.getByTestId("import-all-unchanged")).toBeVisible();
  await expect(count(page, "units", "unchanged")).toHaveText("3");
  await expect(count(page, "cadres", "unchanged")).toHaveText("20");
  await expect(count(page, "accounts", "unchanged")).toHaveText("20");
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-done")).toHaveText("Không có gì thay đổi: mọi dòng đã có sẵn như trong tệp.");
  await page.screenshot({ path: `${SHOTS}/import-unchanged-desktop.png`, fullPage: true });

  // The records are there: one of the new cadres in the list.
  await page.goto(`/admin/users?q=${prefix.toLowerCase()}.u0`);
  await expect(page.getByTestId("user-row")).toHaveCount(1);

  // The same page on a phone (the administrator's session in a Pixel 7 context).
  const phone = await browser.newContext({ ...devices["Pixel 7"], storageState: await page.context().storageState() });
  const mobile = await phone.newPage();
  await mobile.goto("/admin/import");
  await mobile.getByLabel("Tệp Excel (.xlsx)").setInputFiles({
    name: "tep.xlsx",
    mimeType: XLSX,
    buffer: await fillTemplate(template, {
      ...rows,
      accounts: rows.accounts!.map((a, i) => (i === 1 ? { ...a, roles: "Vua" } : a)),
    }),
  });
  await mobile.getByRole("button", { name: "Xem trước" }).click();
  await expect(mobile.locator('[data-testid="import-row"][data-outcome="refused"]')).toHaveCount(1);
  expect(await violations(mobile)).toEqual([]);
  await mobile.screenshot({ path: `${SHOTS}/import-preview-phone.png`, fullPage: true });
  await phone.close();
});

test("a role other than the administrator is refused the import page and the template", async ({ page }) => {
  // The actions themselves refuse other roles in words (tests/integration/import.test.ts calls them as the
  // organisation committee).
  await signIn(page, "bantochuc");
  const response = await page.goto("/admin/import");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  expect((await page.request.get("/api/admin/import-template")).status()).toBe(403);
});
