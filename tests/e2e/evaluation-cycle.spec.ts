import { captureServerAction, expect, replayServerAction, signIn, test } from "./fixtures";

// The seeded 2026 evaluation, open, with one cadre whose tasks came after it opened.
const CYCLE = "/evaluations/cycles/cycle-tu-2026";

test("the organisation committee adds a cadre left out of the open cycle, from the cycle page", async ({ page, browser }) => {
  test.setTimeout(150_000);
  // The standing committee replaying the committee's click (captured, not sent) is refused, and nothing is added.
  const committeeContext = await browser.newContext();
  const committee = await committeeContext.newPage();
  await signIn(committee, "bantochuc");
  await committee.goto(CYCLE);
  const captured = await captureServerAction(committee, "**/evaluations/cycles/**");
  await committee.getByTestId("missing-task").first().getByRole("button", { name: "Thêm cán bộ vào đợt" }).click();
  const action = await captured();
  await committeeContext.close();
  const standingContext = await browser.newContext();
  const standing = await standingContext.newPage();
  await signIn(standing, "thuongtruc");
  expect(await replayServerAction(standing.request, action)).toContain("Vai trò hiện tại không được thực hiện thao tác này.");
  await standingContext.close();

  await signIn(page, "bantochuc");
  await page.goto(CYCLE);
  const missing = page.getByTestId("missing-task");
  await expect(missing.first()).toBeVisible();
  const count = await missing.count();
  const row = missing.first();
  await expect(row).toContainText("Cán bộ chưa có phiếu đánh giá");
  const cadre = (await row.locator("td").nth(1).innerText()).split("\n")[0]!.trim();
  // The cycle's list is paged: the search box narrows it to this cadre, whatever page they would be on.
  await page.goto(`${CYCLE}?q=${encodeURIComponent(cadre)}`);
  await expect(page.getByTestId("search-input")).toHaveValue(cadre);
  await expect(page.getByTestId("cycle-evaluation").filter({ hasText: cadre })).toHaveCount(0);

  await missing.filter({ hasText: cadre }).first().getByRole("button", { name: "Thêm cán bộ vào đợt" }).click();
  await expect(page.getByTestId("cycle-evaluation").filter({ hasText: cadre })).toHaveCount(1);
  await expect(missing.filter({ hasText: cadre })).toHaveCount(0);
  expect(await missing.count()).toBeLessThan(count);

  // The new evaluation opens at self-assessment.
  await page.getByTestId("cycle-evaluation").filter({ hasText: cadre }).getByRole("link").click();
  await expect(page.getByTestId("evaluation-status")).toContainText("Cán bộ tự đánh giá");
});

test("the standing committee sees the cycle but no list of tasks to add", async ({ page }) => {
  await signIn(page, "thuongtruc");
  await page.goto(CYCLE);
  await expect(page.getByTestId("cycle-evaluation").first()).toBeVisible();
  await expect(page.getByText("Việc chưa có trong đánh giá")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Thêm cán bộ vào đợt" })).toHaveCount(0);
});

test("over-achievement shows as measured where the council and the committees judge it, and a capped figure says so", async ({
  page,
}) => {
  await signIn(page, "bantochuc");
  // A 2025 task whose one target was exceeded: 107,7 % of the way, not 100 %.
  await page.goto("/evaluations/eval-tu-2025-cadre-0027");
  await expect(page.getByTestId("evaluation-task").filter({ hasText: "2025-TU-023" })).toContainText("107,7 %");
  // The drill-down shows the status's capped progress beside the measured figure, and says which is which.
  await page.goto("/dashboard/tasks?roundId=round-tu-2025&health=COMPLETED");
  await expect(page.getByTestId("drill-measured").first()).toBeVisible();
  await expect(page.getByTestId("progress-cap-note")).toContainText("tối đa 100 %");
});
