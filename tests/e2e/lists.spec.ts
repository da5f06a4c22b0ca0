import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, fillTask, signIn, test } from "./fixtures";

/** "dd/MM/yyyy HH:mm" as a number that orders like the time it names. */
const when = (text: string) => {
  const [, d, m, y, hh, mm] = /(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})/.exec(text)!;
  return Number(`${y}${m}${d}${hh}${mm}`);
};
const times = async (page: Page) =>
  (await page.getByTestId("notification").locator('td[data-phone="figure"]').allTextContents()).map(when);

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the notifications list sorts by date, pages with a chosen page size, and keeps both and its filter through a reload", async ({
  page,
}) => {
  // The cadre of the demo has the most notifications (tasks, reports, evaluations, comments, explanations).
  await signIn(page, "canbo");
  await page.goto("/notifications?size=10");
  const rows = page.getByTestId("notification");
  await expect(rows).toHaveCount(10);
  const pageOf = page.getByTestId("page-of");
  const [, pageCount, total] = /Trang 1\/(\d+) · (\d+) mục/.exec((await pageOf.textContent())!)!.map(Number);
  expect(pageCount).toBeGreaterThanOrEqual(2);
  expect(total).toBeGreaterThan(10);
  // Newest first by default.
  const header = page.getByRole("columnheader", { name: /Thời gian/ });
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const newest = await times(page);
  expect(newest).toEqual([...newest].sort((a, b) => b - a));

  await header.getByRole("link").click();
  await expect(page).toHaveURL(/sort=date&dir=asc|dir=asc.*sort=date/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const first = await times(page);
  expect(first).toEqual([...first].sort((a, b) => a - b));
  await page.getByRole("link", { name: "Trang 2", exact: true }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pageOf).toContainText(`Trang 2/${pageCount}`);
  const second = await times(page);
  expect(second[0]).toBeGreaterThanOrEqual(first.at(-1)!);

  await page.reload();
  await expect(page.getByRole("columnheader", { name: /Thời gian/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("page-size")).toHaveValue("10");
  await expect(pageOf).toContainText(`Trang 2/${pageCount}`);
  expect(await times(page)).toEqual(second);

  // The one filter form: only the unread ones, the sort and page size kept; Clear drops the filter alone.
  await page.getByTestId("filter-show").selectOption("unread");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/show=unread/);
  await expect(page).toHaveURL(/sort=date/);
  await expect(page).toHaveURL(/size=10/);
  await page.reload();
  await expect(page.getByTestId("filter-show")).toHaveValue("unread");
  const unread = await rows.count();
  expect(unread).toBeGreaterThan(0);
  await expect(rows.filter({ hasText: "Mới" })).toHaveCount(unread);
  expect(await violations(page)).toEqual([]);
  await page.getByTestId("filter-clear").click();
  await expect(page).not.toHaveURL(/show=/);
  await expect(page).toHaveURL(/sort=date/);
  await expect(page.getByTestId("filter-show")).toHaveValue("");
});

test("the rounds list sorts by name in SQL and keeps it through a reload", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.goto("/rounds");
  const names = () => page.getByTestId("round-row").locator('td[data-phone="title"]').allTextContents();
  const header = page.getByRole("columnheader", { name: /Tên đợt/ });
  await header.getByRole("link").click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ascending = await names();
  expect(ascending.length).toBeGreaterThan(1);
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, "vi")));
  await header.getByRole("link").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await page.reload();
  await expect(page.getByRole("columnheader", { name: /Tên đợt/ })).toHaveAttribute("aria-sort", "descending");
  expect(await names()).toEqual([...ascending].reverse());
  expect(await violations(page)).toEqual([]);
});

test("the cooperating-unit picker filters the unit tree as one types and saves the two units chosen", async ({ page }) => {
  await signIn(page, "thuongtruc");
  await page.goto("/tasks/new?sort=name&dir=desc");
  await page.getByTestId("assignable-cadre").first().getByRole("link").first().click();
  await page.getByLabel(/^Đợt giao việc/).selectOption({ label: "Đăng ký việc đột phá, đổi mới năm 2027" });
  await fillTask(page, "Số hóa hồ sơ đất đai có sự phối hợp của hai sở", "task-");
  await page.getByLabel(/^Kết thúc/).fill("2027-12-31");
  await page.getByLabel(/^Số quyết định/).fill("161-QĐ/TU");
  await page.getByLabel(/^Đầu mối theo dõi/).selectOption("user-daumoi");

  const box = page.getByRole("combobox", { name: "Đơn vị phối hợp" });
  const tree = page.getByRole("tree", { name: "Đơn vị phối hợp" });
  const items = tree.getByRole("treeitem");
  // The keyboard opens the whole tree (once the page's script runs); typing without accents narrows it.
  await expect(async () => {
    await box.focus();
    await box.press("ArrowDown");
    await expect(tree).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(tree).toHaveAttribute("aria-multiselectable", "true");
  const all = await items.count();
  expect(all).toBeGreaterThan(20);
  await box.fill("so nong nghiep");
  await expect(tree.getByRole("treeitem", { name: "Sở Nông nghiệp và Môi trường" })).toBeVisible();
  expect(await items.count()).toBeLessThan(all);
  await box.press("Enter");
  // The tree stays open for the next unit; the first is marked chosen.
  await expect(tree.getByRole("treeitem", { name: "Sở Nông nghiệp và Môi trường" })).toHaveAttribute("aria-selected", "true");
  await box.fill("tai chinh");
  await expect(tree.getByRole("treeitem", { name: "Sở Nông nghiệp và Môi trường" })).toHaveCount(0);
  await tree.getByRole("treeitem", { name: "Sở Tài chính" }).click();
  await box.press("Escape");
  await expect(tree).toBeHidden();
  await expect(page.getByTestId("unit-chosen")).toHaveText([/^Sở Nông nghiệp và Môi trường/, /^Sở Tài chính/]);
  await expect(page.getByRole("button", { name: "Bỏ chọn Sở Tài chính" })).toBeVisible();

  await page.getByRole("button", { name: "Giao việc" }).click();
  await expect(page.getByTestId("task-status")).toContainText("Giao trực tiếp");
  await expect(page.getByTestId("task-assignment")).toContainText("Sở Nông nghiệp và Môi trường, Sở Tài chính");
});
