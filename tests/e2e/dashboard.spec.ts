import { expect, signIn, test } from "./fixtures";

// The commune's committee: no other browser test changes the commune's 2026 round, so its figures hold still.
test("the dashboard draws its charts with their tables, and a number drills down to exactly the tasks it counts", async ({
  page,
}) => {
  await signIn(page, "bantochuc.xa");
  await page.getByRole("link", { name: "Bảng điều khiển" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bảng điều khiển");
  await expect(page.getByTestId("chart").first()).toBeVisible();
  expect(await page.getByTestId("chart").count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("health-row")).toHaveCount(5);
  const behind = page.getByTestId("drill-BEHIND");
  const count = Number(await behind.textContent());
  expect(count).toBeGreaterThan(0);
  await behind.click();
  await expect(page).toHaveURL(/health=BEHIND/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chậm tiến độ");
  await expect(page.getByTestId("drill-task")).toHaveCount(Math.min(count, 20));
  await expect(page.getByText(`${count} việc`)).toBeVisible();
  // The filters live in the URL: the same view opens again from its address.
  const url = page.url();
  await page.goto(url);
  await expect(page.getByTestId("drill-task")).toHaveCount(Math.min(count, 20));
});

test("the standing committee's home shows the tasks behind and the late reports, each one click from the task", async ({
  page,
}) => {
  await signIn(page, "thuongtruc");
  const first = page.getByTestId("task-at-risk").first();
  await expect(first).toBeVisible();
  await expect(page.getByTestId("late-report").first()).toBeVisible();
  const title = (await first.getByRole("link").textContent())!;
  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("task-health")).toBeVisible();
});
