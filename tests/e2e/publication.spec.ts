import { expect, signIn, test, confirmInDialog } from "./fixtures";

test("anyone can read a published round's tasks and final ratings without signing in", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Xem kết quả công khai việc đột phá, đổi mới" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Công khai việc đột phá, đổi mới");
  await page.getByRole("link", { name: "Đăng ký việc đột phá, đổi mới năm 2025" }).click();
  await expect(page.getByTestId("public-task").first()).toBeVisible();
  expect(await page.getByTestId("public-task").count()).toBeGreaterThan(1);
  await page.getByRole("link", { name: /^Kết quả xếp loại \(\d+\)$/ }).click();
  await expect(page.getByTestId("public-rating").first()).toBeVisible();
  await expect(page.getByTestId("public-rating").first()).toContainText(/hoàn thành/i);
});

// The commune's 2026 round: no other test publishes it, and publishing changes none of its figures.
test("the standing committee publishes a round and withdraws it; the public page follows", async ({ page, browser }) => {
  const anonymous = await browser.newPage();
  expect((await anonymous.goto("/transparency/round-tan-hoa-2026"))?.status()).toBe(404);

  await signIn(page, "thuongtruc.xa");
  await page.getByRole("link", { name: "Công khai", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Công khai kết quả");
  const row = page.getByTestId("publication-round").filter({ has: page.locator('[data-round="round-tan-hoa-2026"]') });
  await expect(row).toContainText("Chưa công khai");
  await row.getByRole("button", { name: "Công khai" }).click();
  await confirmInDialog(page);
  await expect(row).toContainText("Đang công khai");

  expect((await anonymous.goto("/transparency/round-tan-hoa-2026"))?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1 })).toContainText("xã Tân Hòa");
  await expect(anonymous.getByTestId("public-task").first()).toBeVisible();

  await row.getByRole("button", { name: "Thôi công khai" }).click();
  await confirmInDialog(page);
  await expect(row).toContainText("Chưa công khai");
  expect((await anonymous.goto("/transparency/round-tan-hoa-2026"))?.status()).toBe(404);
  await anonymous.close();
});
