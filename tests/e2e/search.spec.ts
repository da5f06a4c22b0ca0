import { expect, signIn, test } from "./fixtures";
import type { Page } from "@playwright/test";

/** The names of the cadres /search lists for `q`, in their order. */
async function cadresFound(page: Page, q: string) {
  await page.goto(`/search?q=${encodeURIComponent(q)}&kind=cadre`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tìm kiếm");
  return page.getByTestId("search-group-cadre").getByRole("link").allTextContents();
}

test("the header's search finds Hoàng from hoang and from the decomposed form, with the words highlighted", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.locator("#header-search").fill("hoang");
  await page.locator("#header-search").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=hoang/);
  const cadres = page.getByTestId("search-group-cadre");
  await expect(cadres.getByRole("link").first()).toHaveText(/^Hoàng /);
  // The matched word is marked in the accented name, as text (never markup built from what was typed).
  await expect(cadres.getByTestId("search-mark").first()).toHaveText("Hoàng");

  const accented = await cadresFound(page, "Hoàng");
  // Every cadre with the word Hoàng in the name first (the seed's ten, and any another test of this run added),
  // then only similar names (Hoàn) if any.
  const hasWord = (name: string) => name.split(/\s+/).includes("Hoàng");
  const exact = accented.findIndex((name) => !hasWord(name));
  const exactCount = exact === -1 ? accented.length : exact;
  expect(exactCount).toBeGreaterThanOrEqual(10);
  expect(accented.slice(exactCount).some(hasWord)).toBe(false);
  expect(await cadresFound(page, "hoang")).toEqual(accented);
  expect(await cadresFound(page, "HOÀNG")).toEqual(accented);
  const decomposed = "Hoa\u0300ng";
  expect(decomposed).not.toBe("Hoàng");
  expect(await cadresFound(page, decomposed)).toEqual(accented);
  // The search box shows the query composed again.
  await expect(page.getByTestId("search-input")).toHaveValue("Hoàng");
});

test("two words without accents find a task and its unit, and the group's 'more' link pages through one kind", async ({
  page,
}) => {
  await signIn(page, "bantochuc");
  await page.goto("/search?q=nong+nghiep");
  await expect(page.getByTestId("search-group-unit").getByRole("link", { name: "Sở Nông nghiệp và Môi trường" })).toBeVisible();
  await expect(page.getByTestId("search-group-unit").getByTestId("search-mark").first()).toHaveText("Nông");
  await page.goto("/search?q=hoang");
  const more = page.getByTestId("search-group-cadre").getByTestId("search-more");
  await expect(more).toBeVisible();
  await more.click();
  await expect(page).toHaveURL(/kind=cadre/);
  expect(await page.getByTestId("search-group-cadre").getByTestId("search-hit").count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByTestId("search-group-task")).toHaveCount(0);
});

test("a commune cadre's search never shows a record outside their scope", async ({ page }) => {
  await signIn(page, "canbo.xa");
  // A provincial task, by its title and by its code: not found, not even that it exists. (Their own task may come
  // up as merely similar to the code: it is theirs to see.)
  for (const q of [
    "Xử lý dứt điểm các điểm ô nhiễm môi trường tồn đọng tại làng nghề",
    "xu ly dut diem o nhiem",
    "2025-TU-001",
  ]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tìm kiếm");
    await expect(page.getByTestId("search-input")).toHaveValue(q);
    const main = page.locator("main");
    await expect(main.getByText("2025-TU-001", { exact: true })).toHaveCount(0);
    await expect(main.getByRole("link", { name: /ô nhiễm môi trường/ })).toHaveCount(0);
    for (const hit of await page.getByTestId("search-hit").allTextContents()) expect(hit).not.toMatch(/2025-TU|ô nhiễm/);
  }
  await page.goto(`/search?q=${encodeURIComponent("xu ly dut diem o nhiem")}`);
  await expect(page.getByText("Không tìm thấy kết quả nào trong phạm vi của bạn.")).toBeVisible();
  // Another cadre of their own commune is not theirs to see either.
  await page.goto("/search?q=hoang");
  await expect(page.getByTestId("search-group-cadre")).toHaveCount(0);
});

test("a commune's organisation committee finds only the cadres of its commune", async ({ page }) => {
  await signIn(page, "bantochuc.xa");
  const names = await cadresFound(page, "hoang");
  expect(names.filter((name) => name.includes("Hoàng")).sort()).toEqual(["Hoàng Phương Oanh", "Hoàng Trọng Huy"]);
  // Each one found works in the commune (its unit is shown under the name).
  for (const hit of await page.getByTestId("search-group-cadre").getByTestId("search-hit").allTextContents()) {
    expect(hit).toMatch(/Tân Hòa/);
  }
});

test("what is typed is shown as text, and the council, which has nothing to search, is refused", async ({ page }) => {
  await signIn(page, "bantochuc");
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror="alert(1)"> hoang')}`);
  await expect(page.getByText('<img src=x onerror="alert(1)"> hoang', { exact: false }).first()).toBeVisible();
  expect(dialogs).toBe(0);

  await page.context().clearCookies();
  await signIn(page, "hoidong1");
  await expect(page.getByTestId("header-search")).toHaveCount(0);
  const response = await page.goto("/search?q=hoang");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("search-hit")).toHaveCount(0);
});
