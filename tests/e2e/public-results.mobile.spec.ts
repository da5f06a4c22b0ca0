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
  await page.getByTestId("public-task").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/public/round-commune-phone.png", fullPage: true });
  await page.goto("/transparency");
  await page.screenshot({ path: "/tmp/public/index-phone.png", fullPage: true });
});
