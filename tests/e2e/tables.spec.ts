import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** Every WCAG 2.1 A/AA rule axe knows, on the page as it is now; the violations listed by rule and target. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const names = (page: Page) => page.getByTestId("round-cadre").locator('td[data-phone="title"] > :first-child').allTextContents();

/** Every row's name, read page after page (the round has more cadres than the largest page). */
async function allNames(page: Page): Promise<string[]> {
  const total = Number((await page.getByTestId("page-of").textContent())!.match(/(\d+) mục/)![1]);
  const url = new URL(page.url());
  const all: string[] = [];
  for (let n = 1; all.length < total; n++) {
    url.searchParams.set("page", String(n));
    await page.goto(url.toString());
    const got = await names(page);
    expect(got.length).toBeGreaterThan(0);
    all.push(...got);
  }
  expect(all).toHaveLength(total);
  return all;
}

test("a list sorts by a column both ways in SQL, and its sort and filter survive a reload", async ({ page }) => {
  await signIn(page, "bantochuc");
  // The largest page, so that one order can be read against the other in few pages.
  await page.goto("/rounds/round-tu-2027?size=100");
  const header = page.getByRole("columnheader", { name: /Cán bộ/ });
  await expect(header).not.toHaveAttribute("aria-sort");
  await expect(page.getByRole("columnheader", { name: /Đơn vị/ })).toHaveAttribute("aria-sort", "ascending");
  await header.getByRole("link").click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page).toHaveURL(/dir=asc/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ascending = await allNames(page);

  await header.getByRole("link").click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  // Descending is ascending read backwards (ties broken by id, both ways).
  expect(await allNames(page)).toEqual([...ascending].reverse());

  // Filtering keeps the sort and the page size.
  const state = page.locator('select[name="state"]');
  await state.selectOption("notRegistered");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/state=notRegistered/);
  await expect(page).toHaveURL(/sort=name/);
  const filtered = await names(page);
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(ascending.length);
  // The same cadres, in the same descending order.
  expect(filtered).toEqual([...ascending].reverse().filter((n) => filtered.includes(n)));

  await page.reload();
  await expect(page.getByRole("columnheader", { name: /Cán bộ/ })).toHaveAttribute("aria-sort", "descending");
  await expect(state).toHaveValue("notRegistered");
  await expect(page.getByTestId("page-size")).toHaveValue("100");
  expect(await names(page)).toEqual(filtered);
});

test("a list offers page numbers and a page size, both kept in the address", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.goto("/rounds/round-tu-2027");
  const rows = page.getByTestId("round-cadre");
  await expect(rows).toHaveCount(20);
  const pageOf = page.getByTestId("page-of");
  const total = Number((await pageOf.textContent())!.match(/(\d+) mục/)![1]);
  expect(total).toBeGreaterThan(40);
  await expect(pageOf).toContainText(`Trang 1/${Math.ceil(total / 20)}`);
  const firstOfPageOne = await rows.first().textContent();

  await page.getByRole("link", { name: "Trang 2", exact: true }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("pagination").locator('[aria-current="page"]')).toHaveText("2");
  await expect(rows.first()).not.toHaveText(firstOfPageOne!);

  await page.getByTestId("page-size").selectOption("50");
  await expect(page).toHaveURL(/size=50/);
  await expect(page).not.toHaveURL(/page=2/);
  await expect(rows).toHaveCount(50);
  await expect(pageOf).toContainText(`Trang 1/${Math.ceil(total / 50)}`);

  // The last page, by its number, holds what is left.
  await page.getByRole("link", { name: `Trang ${Math.ceil(total / 50)}`, exact: true }).click();
  await expect(rows).toHaveCount(total - 50 * (Math.ceil(total / 50) - 1));
  await page.reload();
  await expect(page.getByTestId("page-size")).toHaveValue("50");
  await expect(rows).toHaveCount(total - 50 * (Math.ceil(total / 50) - 1));
});

test("the unit picker shows the unit tree, filters it as one types without accents, and works from the keyboard", async ({
  page,
}) => {
  await signIn(page, "bantochuc");
  await page.goto("/dashboard");
  const box = page.getByRole("combobox", { name: "Đơn vị" });
  await expect(box).toHaveValue("Tất cả đơn vị");
  const tree = page.getByRole("tree", { name: "Đơn vị" });
  // The keyboard opens it (once the page's script runs): the whole tree, the "all units" entry first.
  await expect(async () => {
    await box.focus();
    await box.press("ArrowDown");
    await expect(tree).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const all = await tree.getByRole("treeitem").count();
  expect(all).toBeGreaterThan(20);
  await expect(tree.getByRole("treeitem", { level: 2 }).first()).toBeVisible();

  await box.fill("so nong nghiep");
  await expect(tree.getByRole("treeitem", { name: "Sở Nông nghiệp và Môi trường" })).toBeVisible();
  expect(await tree.getByRole("treeitem").count()).toBeLessThan(all);
  // The highlighted entry is the first match, announced through aria-activedescendant.
  const active = await box.getAttribute("aria-activedescendant");
  await expect(page.locator(`[id="${active}"]`)).toHaveText("Sở Nông nghiệp và Môi trường");
  await box.press("Escape");
  await expect(tree).toBeHidden();
  await expect(box).toHaveValue("Tất cả đơn vị");

  await box.fill("cong an");
  await expect(tree.getByRole("treeitem", { name: "Công an tỉnh Sơn Lâm" })).toBeVisible();
  // Arrow keys move through what is shown; Enter chooses the highlighted unit.
  await box.press("ArrowDown");
  await box.press("ArrowUp");
  const chosen = await page.locator(`[id="${await box.getAttribute("aria-activedescendant")}"]`).textContent();
  expect(chosen).toMatch(/công an/i);
  await box.press("Enter");
  await expect(tree).toBeHidden();
  await expect(box).toHaveValue(chosen!);
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page).toHaveURL(/unitId=/);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Đơn vị" })).toHaveValue(chosen!);
});

test("the dashboard's round select shows each round's whole name", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.goto("/dashboard");
  const select = page.locator('select[name="roundId"]');
  const fits = await select.evaluate((el: HTMLSelectElement) => {
    const option = el.options[el.selectedIndex]!;
    const probe = document.createElement("span");
    probe.style.font = getComputedStyle(el).font;
    probe.textContent = option.text;
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return { needed, has: el.clientWidth };
  });
  expect(fits.needed).toBeLessThan(fits.has);
});

test("the lists of the organisation committee, with the unit picker open, have no accessibility violations", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "bantochuc");
  for (const path of [
    "/dashboard",
    "/dashboard/tasks?health=BEHIND&sort=unit&dir=desc",
    "/registrations",
    "/rounds/round-tu-2027",
    "/reports",
  ]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
  await page.goto("/rounds/round-tu-2027");
  const box = page.getByRole("combobox", { name: "Đơn vị" });
  await expect(async () => {
    await box.click();
    await expect(page.getByRole("tree")).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await box.press("ArrowDown");
  expect(await violations(page), "unit picker open").toEqual([]);
});

test("the supervisor's list, sorted from its address, and the public page have no accessibility violations", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "daumoi");
  await page.goto("/supervision?sort=endDate&dir=desc");
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  expect(await violations(page), "/supervision").toEqual([]);
  await page.goto("/transparency");
  await page.locator('main a[href^="/transparency/"]').first().click();
  await expect(page.getByTestId("public-task").first()).toBeVisible();
  expect(await violations(page), "public page").toEqual([]);
});

test("the administrator's lists and forms with the unit picker have no accessibility violations", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin");
  for (const path of [
    "/admin/units",
    "/admin/units?sort=cadres&dir=desc&size=10",
    "/admin/cadres",
    "/admin/users",
    "/admin/cadres/new",
  ]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});

test("the administrator's unit list sorts by its number of cadres and filters by kind, in the address", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/units");
  await page
    .getByRole("columnheader", { name: /Cán bộ/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/sort=cadres&dir=desc/);
  const counts = (await page.getByTestId("unit-row").locator("td:nth-child(4)").allTextContents()).map((x) =>
    Number(x.replace(/\D/g, "")),
  );
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await page.locator('select[name="kind"]').selectOption("DEPARTMENT");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/kind=DEPARTMENT/);
  await page.reload();
  const kinds = await page.getByTestId("unit-row").locator("td:nth-child(3)").allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(["Sở, ngành"]));
  await expect(page.getByRole("columnheader", { name: /Cán bộ/ })).toHaveAttribute("aria-sort", "descending");
});

/** A figure as the cycle page writes it (vi-VN: "72,50"); a blank cell is null. */
const figure = (text: string) => (text.trim() ? Number(text.trim().replace(/\./g, "").replace(",", ".")) : null);

test("the evaluation cycle's cadres sort by score and page in the address, filter by state, and all of it survives a reload", async ({
  page,
}) => {
  await signIn(page, "bantochuc");
  await page.goto("/evaluations/cycles/cycle-tu-2026");
  // The cycle's own table: the page may also list tasks assigned since the cycle opened ("Việc chưa có trong
  // đánh giá"), whose first column is a cadre too.
  const cadres = page.getByRole("table", { name: "Cán bộ", exact: true });
  const rows = page.getByTestId("cycle-evaluation");
  // Before: every one of the cycle's cadres on one page.
  await expect(rows).toHaveCount(20);
  const pageOf = page.getByTestId("page-of");
  const total = Number((await pageOf.textContent())!.match(/(\d+) mục/)![1]);
  expect(total).toBeGreaterThan(50);
  await expect(cadres.getByRole("columnheader", { name: /Cán bộ/ })).toHaveAttribute("aria-sort", "ascending");

  const score = cadres.getByRole("columnheader", { name: /Điểm tổng hợp/ });
  await score.getByRole("link").click();
  await expect(page).toHaveURL(/sort=score/);
  await expect(page).toHaveURL(/dir=desc/);
  await expect(score).toHaveAttribute("aria-sort", "descending");
  await page.getByTestId("page-size").selectOption("100");
  await expect(page).toHaveURL(/size=100/);
  await expect(rows).toHaveCount(total);
  // Highest first, and a cadre not yet scored after every score.
  const scores = (await rows.locator('td[data-phone="figure"]').allTextContents()).map(figure);
  const given = scores.filter((s) => s !== null);
  expect(given).toEqual([...given].sort((a, b) => b - a));
  expect(scores.slice(0, given.length)).toEqual(given);

  // Back to pages of 20: page 2 by its number keeps the sort.
  await page.getByTestId("page-size").selectOption("20");
  await expect(page).not.toHaveURL(/size=/);
  await page.getByRole("link", { name: "Trang 2", exact: true }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/sort=score/);
  await expect(page.getByTestId("pagination").locator('[aria-current="page"]')).toHaveText("2");
  await expect(rows).toHaveCount(20);

  // Filtering by state keeps the sort and starts again at the first page.
  await page.locator('select[name="status"]').selectOption("COUNCIL_SCORING");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/status=COUNCIL_SCORING/);
  await expect(page).toHaveURL(/sort=score/);
  await expect(page).not.toHaveURL(/page=2/);
  const atCouncil = await rows.allTextContents();
  expect(atCouncil.length).toBeGreaterThan(0);
  for (const row of atCouncil) expect(row).toContain("Hội đồng chấm điểm");
  expect(atCouncil.length).toBeLessThan(total);

  await page.reload();
  await expect(cadres.getByRole("columnheader", { name: /Điểm tổng hợp/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page.locator('select[name="status"]')).toHaveValue("COUNCIL_SCORING");
  expect(await rows.allTextContents()).toEqual(atCouncil);
  expect(await violations(page), "cycle page, sorted and filtered").toEqual([]);

  // The search box finds a cadre typed without accents, within the same filters.
  const someone = (await rows.first().locator('td[data-phone="title"]').innerText()).trim();
  const plain = someone
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"));
  await page.getByTestId("search-input").fill(plain.toLowerCase());
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(rows.filter({ hasText: someone })).toHaveCount(1);
});

test("the evaluation lists of the committee, a cadre and the council have no accessibility violations", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [username, paths] of [
    ["bantochuc", ["/evaluations", "/evaluations?sort=round&dir=asc", "/evaluations/cycles/cycle-tu-2026?size=50"]],
    ["canbo", ["/evaluations"]],
    ["hoidong1", ["/council?mine=pending", "/council?sort=tasks"]],
  ] as const) {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    await signIn(page, username);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(page), `${username} ${path}`).toEqual([]);
    }
    await context.close();
  }
});
