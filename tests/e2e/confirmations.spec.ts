import { expect, signIn, test } from "./fixtures";

test("a council member confirms their sheet: the dialog shows the live weighted total, Cancel sends nothing, Confirm submits", async ({
  page,
}) => {
  await signIn(page, "hoidong2");
  // An evaluation this member has not scored; never the one evaluation.spec walks through.
  const row = page
    .getByTestId("evaluation-to-score")
    .filter({ hasText: "Chưa chấm" })
    .filter({ has: page.locator('a:not([href$="cadre-0006"])') })
    .last();
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/evaluations\//);

  // Criteria weighted 40/30/20/10: 100, 50, 50, 0 on every task weigh (4000 + 1500 + 1000 + 0) / 100 = 65.
  const tasks = page.getByTestId("score-task");
  const fillAll = async (first: string) => {
    for (const task of await tasks.all()) {
      const fields = task.locator('input[inputmode="decimal"]');
      await expect(fields).toHaveCount(4);
      for (const [j, value] of [first, "50", "50", "0"].entries()) await fields.nth(j).fill(value);
    }
  };
  await fillAll("100");
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });

  await page.getByTestId("submit-scores").click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toHaveText("Nộp phiếu chấm?");
  await expect(dialog.getByTestId("sheet-total")).toHaveText("Tổng điểm có trọng số của phiếu: 65");
  // Focus starts on Cancel, which sends nothing.
  await expect(dialog.getByRole("button", { name: "Hủy" })).toBeFocused();
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("submit-scores")).toBeFocused();
  expect(posts).toEqual([]);

  // The total follows what is typed: 90 on the first criterion weighs 61.
  await fillAll("90");
  await page.getByTestId("submit-scores").click();
  await expect(dialog.getByTestId("sheet-total")).toHaveText("Tổng điểm có trọng số của phiếu: 61");
  await dialog.getByRole("button", { name: "Gửi phiếu chấm" }).click();
  await expect(page.getByTestId("council-member-scores").first()).toBeVisible();
  await expect(page.getByTestId("submit-scores")).toHaveCount(0);
  expect(posts.length).toBe(1);
});

test("publishing a round and deactivating an account each ask for confirmation first; Escape or Cancel changes nothing", async ({
  page,
  browser,
}) => {
  await signIn(page, "thuongtruc.xa");
  await page.goto("/publication");
  const round = page.getByTestId("publication-round").first();
  const before = await round.textContent();
  await round.getByTestId("publish-button").click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.getByRole("heading")).toHaveText(/^(Công khai đợt này\?|Thôi công khai đợt này\?)$/);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("publication-round").first()).toHaveText(before!);

  const context = await browser.newContext({ locale: "vi-VN" });
  const admin = await context.newPage();
  await signIn(admin, "admin");
  await admin.goto("/admin/users?q=daumoi");
  await admin.getByTestId("user-row").first().getByRole("link").first().click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("daumoi");
  await admin.getByRole("button", { name: "Ngừng hoạt động" }).click();
  const confirm = admin.getByRole("alertdialog");
  await expect(confirm.getByRole("heading")).toHaveText("Ngừng hoạt động?");
  await expect(confirm).toContainText("người dùng đang đăng nhập sẽ bị đăng xuất");
  await confirm.getByRole("button", { name: "Hủy" }).click();
  await admin.reload();
  await expect(admin.getByRole("button", { name: "Ngừng hoạt động" })).toBeVisible();
  await context.close();
});
