import { captureServerAction, expect, replayServerAction, signIn, test, confirmInDialog } from "./fixtures";

// Every role-gated route, with a marker of its data that must never reach another role.
const ROUTES = [
  { path: "/my-work", owner: "canbo", marker: 'data-testid="my-task"' },
  { path: "/org-committee", owner: "bantochuc", marker: 'data-testid="round-stats"' },
  { path: "/standing-committee", owner: "thuongtruc", marker: 'data-testid="awaiting-registration"' },
  { path: "/council", owner: "hoidong1", marker: 'data-testid="evaluation-to-score"' },
  { path: "/supervision", owner: "daumoi", marker: 'data-testid="supervised-task"' },
  { path: "/admin", owner: "admin", marker: 'data-testid="admin-overview"' },
  { path: "/admin/units", owner: "admin", marker: 'data-testid="unit-row"' },
  { path: "/admin/cadres", owner: "admin", marker: 'data-testid="cadre-row"' },
  { path: "/admin/users", owner: "admin", marker: 'data-testid="user-row"' },
  { path: "/admin/users/new", owner: "admin", marker: 'name="initialPassword"' },
  { path: "/admin/units/new", owner: "admin", marker: 'name="isAssigningBody"' },
  { path: "/rounds", owner: "bantochuc", marker: 'data-testid="round-row"' },
  { path: "/rounds/new", owner: "bantochuc", marker: 'name="registrationDeadline"' },
  { path: "/rounds/round-tu-2027/extend?cadreId=cadre-0005", owner: "bantochuc", marker: 'name="until"' },
  { path: "/tasks/new", owner: "thuongtruc", marker: 'data-testid="assignable-cadre"' },
  { path: "/registrations/reg-tu-2027-0011/supplement", owner: "thuongtruc", marker: 'name="task.title"' },
  { path: "/reports", owner: ["bantochuc", "thuongtruc", "daumoi"], marker: 'data-testid="quarter-report"' },
  { path: "/tasks/task-2026-0001/change", owner: ["canbo", "bantochuc"], marker: 'name="reason"' },
  { path: "/admin/outbox", owner: "admin", marker: 'data-testid="outbox"' },
  { path: "/admin/import", owner: "admin", marker: 'data-testid="import-template"' },
  { path: "/dashboard", owner: ["bantochuc", "thuongtruc"], marker: 'data-testid="dashboard-totals"' },
  { path: "/evaluations/new", owner: "bantochuc", marker: 'name="thresholds.EXCELLENT"' },
  { path: "/evaluations/cycles/cycle-tu-2026", owner: ["bantochuc", "thuongtruc"], marker: 'data-testid="cycle-evaluation"' },
  {
    path: "/evaluations/carry-over?roundId=round-tu-2026&year=2026",
    owner: "bantochuc",
    marker: 'data-testid="carry-over"',
  },
  { path: "/publication", owner: "thuongtruc", marker: 'data-testid="publication-round"' },
  // The exports: a spreadsheet or document is a zip, whose directory names its content types.
  ...[
    "/api/exports/tasks?roundId=round-tu-2026",
    "/api/exports/progress?roundId=round-tu-2026&quarter=2026Q1",
    "/api/exports/annex?roundId=round-tu-2026",
    "/api/exports/ratings/cycle-tu-2025",
  ].map((path) => ({ path, owner: ["bantochuc", "thuongtruc"], marker: "[Content_Types].xml" })),
  { path: "/api/admin/import-template", owner: "admin", marker: "[Content_Types].xml" },
  {
    path: "/task-templates/import?template=tpl-lo-gach&round=round-tu-2027",
    owner: "thuongtruc",
    marker: 'data-testid="decision-import-template"',
  },
  { path: "/api/task-templates/import-template?template=tpl-lo-gach", owner: "thuongtruc", marker: "[Content_Types].xml" },
];
const ROLES = ["canbo", "bantochuc", "thuongtruc", "hoidong1", "daumoi", "admin"];

for (const username of ROLES) {
  test(`${username} is refused every other role's routes with 403 and none of their data`, async ({ page }) => {
    await signIn(page, username);
    for (const route of ROUTES) {
      const response = await page.request.get(route.path, { maxRedirects: 0 });
      const body = await response.text();
      if ([route.owner].flat().includes(username)) {
        expect(response.status(), route.path).toBe(200);
        expect(body, route.path).toContain(route.marker);
      } else {
        expect(response.status(), `${username} → ${route.path}`).toBe(403);
        expect(body, `${username} → ${route.path}`).not.toContain(route.marker);
      }
    }
  });
}

test("the 403 page explains itself in Vietnamese", async ({ page }) => {
  await signIn(page, "canbo");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toHaveText("Không có quyền truy cập");
});

test("a commune organisation committee sees only its own body's rounds, never the province's", async ({ page }) => {
  await signIn(page, "bantochuc.xa");
  await expect(page).toHaveURL(/\/org-committee$/);
  await expect(page.locator('select[name="round"] option').first()).toBeAttached();
  const options = await page.locator('select[name="round"] option').allTextContents();
  expect(options.length).toBeGreaterThan(0);
  for (const option of options) expect(option).not.toMatch(/Tỉnh ủy/);
});

test("a cadre's direct POST of an administrator's action is refused and changes nothing", async ({ browser }) => {
  // The administrator opens an account page and starts to deactivate it; the request is captured, not sent.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin");
  await admin.goto("/admin/users?q=daumoi");
  await admin.getByTestId("user-row").first().getByRole("link").click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("daumoi");
  const accountUrl = admin.url();
  const captured = await captureServerAction(admin, "**/admin/users/**");
  await admin.getByRole("button", { name: "Ngừng hoạt động" }).click();
  await confirmInDialog(admin);
  const action = await captured();

  // A cadre replays it with their own session.
  const cadreContext = await browser.newContext();
  const cadre = await cadreContext.newPage();
  await signIn(cadre, "canbo");
  const replay = await replayServerAction(cadre.request, action);
  expect(replay).toContain("Vai trò hiện tại không được thực hiện thao tác này.");

  // The account is still active.
  await admin.goto(accountUrl);
  await expect(admin.getByRole("button", { name: "Ngừng hoạt động" })).toBeVisible();
  await adminContext.close();
  await cadreContext.close();
});

test("only a cadre stages evidence, only on their own task, and only from the site itself", async ({ page, browser }) => {
  await signIn(page, "canbo");
  await page.goto("/my-work");
  const taskId = (await page.locator('main a[href^="/tasks/"]').first().getAttribute("href"))!.split("/")[2]!;
  const file = { name: "bien-ban.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n", "latin1") };
  // From another site's page, even with the cadre's own session: refused before anything is read.
  const foreign = await page.request.post("/api/evidence", {
    headers: { origin: "https://evil.example" },
    multipart: { taskId, file },
  });
  expect(foreign.status()).toBe(403);

  for (const [username, status] of [
    ["daumoi", 403],
    ["canbo.xa", 404],
  ] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, username);
    const response = await other.request.post("/api/evidence", { multipart: { taskId, file } });
    expect(response.status(), username).toBe(status);
    await context.close();
  }
});
