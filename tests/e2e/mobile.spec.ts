import { expect, signIn, signOut, test } from "./fixtures";

test("on a phone, a cadre signs in, reads their tasks without the page overflowing, and signs out from the menu", async ({
  page,
}) => {
  await signIn(page, "canbo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Việc của tôi");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByText("Danh mục", { exact: true }).click();
  await expect(page.getByRole("link", { name: "Đổi mật khẩu" }).filter({ visible: true })).toBeVisible();
  await signOut(page);
});
