import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

/** What the chairman wrote in the brick-kiln task's reports and what the supervisor answered (prisma/seed/steps/press-case.ts). */
const REPORT_TEXTS = [
  "Đã vận động 27 hộ tự nguyện dừng đốt lò",
  "Tiếp tục tháo dỡ 37 lò",
  "Đã tháo dỡ toàn bộ 98 lò gạch thủ công trên địa bàn xã, hoàn trả mặt bằng",
  "Một số hộ còn băn khoăn về sinh kế",
  "Ghi nhận kết quả; đề nghị tiếp tục theo dõi",
];

async function axe(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a citizen reads the brick-kiln task at 100 % and the locality tree, and a commune narrows the list", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/transparency");
  await expect(page.getByTestId("public-round").first()).toBeVisible();
  await page.getByRole("link", { name: "Đăng ký việc đột phá, đổi mới năm 2026" }).click();

  const tree = page.getByTestId("locality-tree");
  const node = (name: string) => tree.getByTestId("locality-node").filter({ hasText: name });
  await expect(node("Tỉnh ủy Sơn Lâm").first()).toContainText(/\d+ việc/);
  for (const commune of ["Đảng ủy xã Tân Hòa", "Đảng ủy phường Lâm Viên", "Đảng ủy xã Yên Thịnh", "Đảng ủy xã Bản Lìm"]) {
    await expect(node(commune)).toBeVisible();
  }
  await expect(node("Đảng ủy xã Yên Thịnh")).toContainText(/Đạt chỉ tiêu: [\d,]+\s%/);
  expect(await axe(page), page.url()).toEqual([]);
  await page.screenshot({ path: "/tmp/public/round-desktop.png", fullPage: true });
  await page.getByTestId("public-task").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/public/round-desktop-table.png" });

  await node("Đảng ủy xã Yên Thịnh").click();
  await expect(page).toHaveURL(/unit=unit-xa-yen-thinh/);
  await expect(page.getByTestId("locality-filter")).toContainText("Đảng ủy xã Yên Thịnh");
  await expect(node("Đảng ủy xã Yên Thịnh")).toHaveAttribute("aria-current", "true");
  const rows = page.getByTestId("public-task");
  await expect(rows.first()).toBeVisible();
  // Every task listed is carried out in the commune.
  for (const row of await rows.all()) await expect(row).toContainText("xã Yên Thịnh");
  const kiln = rows.filter({ hasText: "lò gạch thủ công" });
  await expect(kiln).toHaveCount(1);
  await expect(kiln.getByTestId("public-result")).toContainText("98 → 0 lò / mục tiêu 0");
  await expect(kiln).toContainText(/100\s%/);
  await expect(kiln).toContainText("Đã đạt chỉ tiêu");
  const html = await page.content();
  for (const text of REPORT_TEXTS) expect(html, text).not.toContain(text);
  expect(await axe(page), page.url()).toEqual([]);
  await page.screenshot({ path: "/tmp/public/round-commune-desktop.png", fullPage: true });
  await kiln.getByRole("link", { name: /lò gạch thủ công/ }).click();
  await expect(page.getByTestId("public-task-detail").getByTestId("public-result")).toContainText("98 → 0 lò / mục tiêu 0");
  const detailHtml = await page.content();
  for (const text of REPORT_TEXTS) expect(detailHtml, text).not.toContain(text);
  expect(await axe(page), page.url()).toEqual([]);
  await page.screenshot({ path: "/tmp/public/task-desktop.png", fullPage: true });
  await page.goBack();

  // The filter form keeps the locality; "all localities" lifts it.
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/unit=unit-xa-yen-thinh/);
  await page.getByRole("link", { name: "Xem tất cả địa bàn" }).click();
  await expect(page).not.toHaveURL(/unit=/);
  await expect(page.getByTestId("locality-filter")).toHaveCount(0);
});

test("the list of published rounds is one sortable table", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/transparency");
  const names = page.getByTestId("public-round");
  await expect(names.first()).toContainText("2026");
  await page.getByTestId("sort-years").click();
  await expect(page).toHaveURL(/sort=years&dir=asc/);
  await expect(names.first()).toContainText("2025");
  await page.screenshot({ path: "/tmp/public/index-desktop.png", fullPage: true });
});
