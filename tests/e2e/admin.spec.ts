import { expect, signIn, test, pickUnit, confirmInDialog } from "./fixtures";

function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

test("an administrator creates an account; its first sign-in forces a password change, then the new password works", async ({
  page,
  browser,
}) => {
  const username = unique("e2e.user");
  await signIn(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill("Đặng Thị Thu Hà");
  await page.getByLabel(/Mật khẩu ban đầu/).fill("BanDau2026");
  await page.getByLabel(/^Vai trò/).selectOption("COUNCIL");
  await pickUnit(page, "Đơn vị (phạm vi)");
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tài khoản ${username}`);
  await expect(page.getByTestId("user-roles")).toContainText("Hội đồng tư vấn");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await signIn(newcomer, username, "BanDau2026");
  await expect(newcomer).toHaveURL(/\/change-password$/);
  await expect(newcomer.getByTestId("must-change-password")).toBeVisible();
  // Any other page sends them back until the password is changed.
  await newcomer.goto("/council");
  await expect(newcomer).toHaveURL(/\/change-password$/);
  await newcomer.getByLabel("Mật khẩu hiện tại").fill("BanDau2026");
  await newcomer.getByLabel(/^Mật khẩu mới/).fill("ngan");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("ngan");
  await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(newcomer.getByText("Mật khẩu phải có ít nhất 8 ký tự.")).toBeVisible();
  // A common password is refused with the reason, and the rule is stated under the field.
  await expect(newcomer.getByText(/Mật khẩu dài 8–128 ký tự/)).toBeVisible();
  await newcomer.getByLabel("Mật khẩu hiện tại").fill("BanDau2026");
  await newcomer.getByLabel(/^Mật khẩu mới/).fill("password1");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("password1");
  await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(newcomer.getByText("Mật khẩu quá phổ biến hoặc dễ đoán.", { exact: false })).toBeVisible();
  await newcomer.getByLabel("Mật khẩu hiện tại").fill("BanDau2026");
  await newcomer.getByLabel(/^Mật khẩu mới/).fill("Sen hồng nở muộn 2026");
  await newcomer.getByLabel("Nhập lại mật khẩu mới").fill("Sen hồng nở muộn 2026");
  await newcomer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(newcomer).toHaveURL(/\/login\?changed=1/);
  await expect(newcomer.getByTestId("login-notice")).toContainText("Đã đổi mật khẩu");
  await signIn(newcomer, username, "Sen hồng nở muộn 2026");
  await expect(newcomer).toHaveURL(/\/council$/);
  await context.close();
});

test("a deactivated user is signed out at their next request", async ({ page, browser }) => {
  const username = unique("e2e.off");
  await signIn(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill("Vũ Minh Tuấn");
  await page.getByLabel(/Mật khẩu ban đầu/).fill("BanDau2026");
  await page.getByLabel(/^Vai trò/).selectOption("SUPERVISOR");
  await pickUnit(page, "Đơn vị (phạm vi)");
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tài khoản ${username}`);

  const context = await browser.newContext();
  const user = await context.newPage();
  await signIn(user, username, "BanDau2026");
  await expect(user).toHaveURL(/\/change-password$/);

  await page.getByRole("button", { name: "Ngừng hoạt động" }).click();
  await confirmInDialog(page);
  await expect(page.getByTestId("form-message")).toHaveText("Đã ngừng hoạt động.");

  await user.goto("/supervision");
  await expect(user).toHaveURL(/\/login\?ended=1/);
  await expect(user.getByTestId("login-notice")).toHaveText("Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.");
  await context.close();
});

test("a unit form with a missing name keeps what was typed and says what to fix, in Vietnamese", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/units/new");
  await page.getByLabel("Mã").fill("SO-MOI-E2E");
  await page.getByLabel("Loại").selectOption("DEPARTMENT");
  await pickUnit(page, "Đơn vị cấp trên");
  await page.getByLabel("Tên đơn vị").fill("   ");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Vui lòng sửa các mục được đánh dấu.");
  await expect(page.getByText("Vui lòng nhập mục này.")).toBeVisible();
  await expect(page.getByLabel("Mã")).toHaveValue("SO-MOI-E2E");
  await expect(page.getByLabel("Loại")).toHaveValue("DEPARTMENT");
});
