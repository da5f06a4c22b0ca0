import { expect, test } from "./fixtures";

// Runs on the Pixel 7 project (files named *mobile.spec.ts; see playwright.config.ts).
test("on a phone the locality tree reads as an indented list and a commune narrows the task list", async ({ page }) => {
  await page.goto("/transparency/round-tu-2026");
  const tree = page.getByTestId("locality-tree");
  const node = (name: string) => tree.getByTestId("locality-node").filter({ hasText: name });
  await expect(node("Đảng ủy xã Yên Thịnh")).toBeVisible();
  // Nothing is wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "/tmp/public/round-phone.png", fullPage: true });
  await node("Đảng ủy xã Yên Thịnh").click();
  await expect(page).toHaveURL(/unit=unit-xa-yen-thinh/);
  const kiln = page.getByTestId("public-task").filter({ hasText: "lò gạch thủ công" });
  await expect(kiln).toBeVisible();
  await expect(kiln).toContainText(/100\s%/);
  await page.screenshot({ path: "/tmp/public/round-commune-phone.png", fullPage: true });
  // The compact row opens the task's own page, where its results are written out.
  await kiln.getByRole("link").first().click();
  const detail = page.getByTestId("public-task-detail");
  await expect(detail.getByTestId("public-result")).toContainText("98 → 0 lò / mục tiêu 0");
  await expect(detail).toContainText(/100\s%/);
  await expect(detail).toContainText("Đã đạt chỉ tiêu");
  await page.screenshot({ path: "/tmp/public/task-phone.png", fullPage: true });
  await page.goto("/transparency");
  await page.screenshot({ path: "/tmp/public/index-phone.png", fullPage: true });
});
