import { expect, signIn, signOut, test } from "./fixtures";

// Each demo role lands on its own home, in Vietnamese, with the seeded province's data.
const HOMES = [
  { username: "canbo", path: "/my-work", heading: "Việc của tôi", rows: "my-task" },
  { username: "bantochuc", path: "/org-committee", heading: "Tình hình đợt đăng ký", rows: "unit-row" },
  {
    username: "thuongtruc",
    path: "/standing-committee",
    heading: "Việc chờ Ban Thường vụ quyết định",
    rows: "awaiting-registration",
  },
  { username: "hoidong1", path: "/council", heading: "Đánh giá cần chấm điểm", rows: "evaluation-to-score" },
  { username: "daumoi", path: "/supervision", heading: "Việc tôi theo dõi", rows: "supervised-task" },
  { username: "admin", path: "/admin", heading: "Quản trị hệ thống", rows: "admin-overview" },
  { username: "canbo.xa", path: "/my-work", heading: "Việc của tôi", rows: "my-task" },
  { username: "bantochuc.xa", path: "/org-committee", heading: "Tình hình đợt đăng ký", rows: "unit-row" },
];

for (const home of HOMES) {
  test(`${home.username} signs in and lands on their home with seeded data`, async ({ page }) => {
    await signIn(page, home.username);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
    await expect(page.getByTestId(home.rows).first()).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });
}

test("the cadre's home shows their registrations and tasks with statuses and dates as dd/MM/yyyy", async ({ page }) => {
  await signIn(page, "canbo");
  await expect(page.getByTestId("my-registration").first()).toBeVisible();
  const firstTask = page.getByTestId("my-task").first();
  await expect(firstTask).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await expect(firstTask).toContainText(/Đang thực hiện|Hoàn thành|Chưa hoàn thành|Đã chuyển sang năm sau|Đã hủy/);
});

test("switching to English shows the home in English, and the choice follows the user to the next sign-in", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.getByRole("button", { name: "English" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registration round at a glance");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await signOut(page);
  await signIn(page, "bantochuc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registration round at a glance");
  // Back to Vietnamese, so the demo account is as it was.
  await page.getByRole("button", { name: "Tiếng Việt" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tình hình đợt đăng ký");
});

test("a user with several roles switches the active role in the header and lands on that role's home", async ({ page }) => {
  await signIn(page, "pho.bithu");
  await expect(page).toHaveURL(/\/standing-committee$/);
  const switcher = page.getByTestId("role-switcher");
  await switcher.selectOption({
    label: (await switcher.locator("option", { hasText: "Hội đồng tư vấn" }).first().textContent())!,
  });
  await expect(page).toHaveURL(/\/council$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đánh giá cần chấm điểm");
  // The standing committee's page is now refused: the active role decides.
  const response = await page.goto("/standing-committee");
  expect(response?.status()).toBe(403);
});

test("a wrong password is refused without saying whether the account exists, and keeps the username typed", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("canbo");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-1");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("login-error")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("canbo");
  await page.getByLabel("Tên đăng nhập").fill("khong-co-ai");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-1");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("login-error")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
});

test("five wrong passwords lock the account for 15 minutes, and the right password is then refused too", async ({ page }) => {
  const username = "daumoi4"; // a real seeded account no other test signs in with
  await page.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu").fill(`sai-${i}-matkhau`);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(page.getByTestId("login-error")).toHaveText(
      i < 5 ? "Tên đăng nhập hoặc mật khẩu không đúng." : /tạm khóa 15 phút/,
    );
  }
  await page.getByLabel("Mật khẩu").fill("Demo@2026");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("login-error")).toHaveText(/tạm khóa 15 phút/);
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session: protected pages send the visitor back to sign-in", async ({ page }) => {
  await signIn(page, "daumoi");
  await signOut(page);
  await page.goto("/supervision");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
});

test("an anonymous visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login/);
});
