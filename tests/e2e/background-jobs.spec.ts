import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import mammoth from "mammoth";
import { expect, signIn, signOut, test } from "./fixtures";

const SHOTS = process.env.SCREENSHOT_DIR;

test("the administrator's outbox shows its dead letters apart", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/outbox");
  await expect(page.getByTestId("outbox-filters")).toBeVisible();
  await page.getByTestId("outbox-dead").click();
  await expect(page).toHaveURL(/\/admin\/outbox\?show=dead$/);
  await expect(page.getByText("Thư đã thử gửi nhiều lần không thành công.")).toBeVisible();
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/outbox-dead-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/outbox-dead-phone.png`, fullPage: true });
  }
});

test("an annex built in the background shows its progress, then downloads; no one else sees it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "bantochuc");
  // ?background=1 asks for what an annex of more than 1,500 tasks gets: the job and its page.
  await page.goto("/api/exports/annex?roundId=round-tu-2026&background=1");
  await expect(page).toHaveURL(/\/exports\/[a-z0-9]+$/);
  const jobUrl = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Văn bản đang được lập");
  await expect(page.locator("progress")).toBeVisible();
  await expect(page.getByTestId("export-job")).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
  await expect(page.locator("progress")).toHaveAttribute("value", "100");
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/export-job-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/export-job-phone.png`, fullPage: true });
  }
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-job-download").click()]);
  expect(file.suggestedFilename()).toMatch(/^phu-luc-giao-nhiem-vu-\d{4}\.docx$/);
  const { value } = await mammoth.extractRawText({ buffer: await readFile((await file.path())!) });
  expect(value).toContain("PHỤ LỤC");

  // Asking again while nothing is queued starts a new job; the finished one stays downloadable by its owner.
  const id = jobUrl.split("/").pop()!;
  expect((await page.request.get(`/api/export-jobs/${id}`)).status()).toBe(200);

  // Another committee member gets "not found" for the page, its state and its file.
  await signOut(page);
  await signIn(page, "thuongtruc");
  expect((await page.goto(jobUrl))!.status()).toBe(404);
  expect((await page.request.get(`/api/export-jobs/${id}`)).status()).toBe(404);
  expect((await page.request.get(`/api/export-jobs/${id}/file`)).status()).toBe(404);
});
