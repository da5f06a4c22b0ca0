import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// Runs on the Pixel 7 project (files named *mobile.spec.ts; see playwright.config.ts).

const documentHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of a chart's bar labels shown on this screen. */
async function tickBoxes(chart: Locator): Promise<Box[]> {
  const ticks = chart.getByTestId("chart-label").filter({ visible: true });
  await expect(ticks.first()).toBeVisible();
  return ticks.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

test("on a phone the dashboard is at most 3,000 px tall and its charts' labels do not overlap", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.goto("/dashboard");
  await expect(page.getByTestId("health-row")).toHaveCount(5);
  const charts = page.getByTestId("chart").filter({ visible: true });
  await expect(charts.first()).toBeVisible();
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  for (const chart of await charts.all()) {
    const boxes = await tickBoxes(chart);
    expect(boxes.length).toBeGreaterThan(2);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `labels ${i} and ${j}`).toBe(false);
      // Each label is inside the screen, cut off at neither edge.
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    }
    // Readable: no label is drawn smaller than 12 px.
    const sizes = await chart
      .getByTestId("chart-label")
      .evaluateAll((els) => els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  }
  // Before: 9,347 px.
  expect(await documentHeight(page)).toBeLessThanOrEqual(3_000);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("on a phone a long list shows compact rows: the title, the status and one figure, and the page stays short", async ({
  page,
}) => {
  await signIn(page, "bantochuc");
  await page.goto("/rounds/round-tu-2027");
  const rows = page.getByTestId("round-cadre");
  await expect(rows).toHaveCount(20);
  const row = rows.first();
  // The title (the cadre) and the status show; the unit column is on the desktop table only.
  await expect(row.locator('td[data-phone="title"]')).toBeVisible();
  await expect(row.locator('td[data-phone="status"]')).toBeVisible();
  await expect(row.locator("td:not([data-phone])").first()).toBeHidden();
  await expect(page.getByRole("columnheader").first()).not.toBeInViewport();
  for (const r of await rows.all()) expect((await r.boundingBox())!.height).toBeLessThan(90);
  // Before: 19,342 px for the round page (every cadre as a stacked card).
  expect(await documentHeight(page)).toBeLessThanOrEqual(3_000);
});

test("on a phone the administrator's unit list is a page of compact rows", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/units");
  await expect(page.getByTestId("unit-row")).toHaveCount(20);
  await expect(page.getByTestId("unit-row").first().locator('td[data-phone="figure"]')).toBeVisible();
  // Before: 17,864 px for the units.
  expect(await documentHeight(page)).toBeLessThanOrEqual(3_000);
});

test("on a phone the unit picker filters as one types and chooses with a tap", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.goto("/dashboard");
  const box = page.getByRole("combobox", { name: "Đơn vị" });
  await expect(async () => {
    await box.tap();
    await expect(page.getByRole("tree")).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await box.fill("khoa hoc");
  const item = page.getByRole("treeitem", { name: "Sở Khoa học và Công nghệ" });
  await item.tap();
  await expect(box).toHaveValue("Sở Khoa học và Công nghệ");
});

test("on a phone the evaluation cycle is a page of compact rows: the cadre, the state and the score", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.goto("/evaluations/cycles/cycle-tu-2026?sort=score");
  const rows = page.getByTestId("cycle-evaluation");
  await expect(rows).toHaveCount(20);
  const row = rows.first();
  await expect(row.locator('td[data-phone="title"]')).toBeVisible();
  await expect(row.locator('td[data-phone="status"]')).toBeVisible();
  await expect(row.locator('td[data-phone="figure"]')).toBeVisible();
  // The council's count, the ratings and the unit are on the desktop table only.
  for (const cell of await row.locator("td:not([data-phone])").all()) await expect(cell).toBeHidden();
  await expect(page.getByRole("columnheader").first()).not.toBeInViewport();
  for (const r of await rows.all()) expect((await r.boundingBox())!.height).toBeLessThan(90);
  expect(await documentHeight(page)).toBeLessThanOrEqual(3_000);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
