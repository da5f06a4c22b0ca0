import { DEMO_MFA_SECRET, DEMO_PASSWORD } from "@/prisma/seed";
import { expect, freshCode, signIn, signOut, test, pickUnit } from "./fixtures";

const PASSWORD = "Sen hồng nở muộn 2026";

test("a new administrator enrols a second factor, signs in with a code and once with a recovery code, and another administrator resets it", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // codes of successive 30-second steps: the run waits for them
  const username = `e2e.mfa${Date.now().toString(36)}`;
  await signIn(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill("Trịnh Văn Khải");
  await page.getByLabel(/Mật khẩu ban đầu/).fill("BanDau2026");
  await page.getByLabel(/^Vai trò/).selectOption("ADMIN");
  await pickUnit(page, "Đơn vị (phạm vi)");
  await page.getByRole("button", { name: "Tạo mới" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tài khoản ${username}`);
  await expect(page.getByTestId("reset-mfa")).toContainText("Chưa thiết lập xác thực hai bước.");
  const accountUrl = page.url();

  const context = await browser.newContext();
  const user = await context.newPage();
  await signIn(user, username, "BanDau2026");
  await user.getByLabel("Mật khẩu hiện tại").fill("BanDau2026");
  await user.getByLabel(/^Mật khẩu mới/).fill(PASSWORD);
  await user.getByLabel("Nhập lại mật khẩu mới").fill(PASSWORD);
  await user.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(user).toHaveURL(/\/login\?changed=1/);
  await signIn(user, username, PASSWORD);

  // Enrolment: the QR code is drawn in the page (no outside service), the key is there in text.
  await user.goto("/account/security");
  await expect(user.getByTestId("mfa-qr").locator("svg")).toBeVisible();
  const secret = (await user.getByTestId("mfa-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const codeField = user.getByLabel(/Mã 6 chữ số/);
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await codeField.fill("12345");
  await user.getByRole("button", { name: "Xác nhận" }).click();
  await expect(user.getByText("Nhập đủ 6 chữ số ứng dụng hiển thị.")).toBeVisible();
  await user.getByLabel(/Mã 6 chữ số/).fill(await freshCode(secret));
  await user.getByRole("button", { name: "Xác nhận" }).click();
  const codes = user.getByTestId("recovery-codes").locator("li");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.allTextContents()).map((c) => c.trim());
  expect(new Set(recovery).size).toBe(10);
  await user.getByTestId("mfa-continue").click();
  await expect(user).toHaveURL(/\/admin$/);
  await signOut(user);

  // Sign-in now asks for a code after the password; a wrong one is refused, a fresh one lets them in.
  await user.getByLabel("Tên đăng nhập").fill(username);
  await user.getByLabel("Mật khẩu").fill(PASSWORD);
  await user.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(user.getByTestId("mfa-step")).toBeVisible();
  const step = user.getByLabel("Mã dùng một lần");
  await expect(step).toHaveAttribute("autocomplete", "one-time-code");
  await expect(step).toHaveAttribute("inputmode", "numeric");
  await step.fill("000000");
  await user.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(user.getByTestId("login-error")).toHaveText(/Mã không đúng hoặc đã được dùng/);
  await expect(user).toHaveURL(/\/login/);
  await user.getByLabel("Mã dùng một lần").fill(await freshCode(secret));
  await user.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(user).toHaveURL(/\/admin$/);
  await signOut(user);

  // A recovery code instead of a code: accepted once, refused the second time.
  for (const expected of ["in", "refused"] as const) {
    await user.getByLabel("Tên đăng nhập").fill(username);
    await user.getByLabel("Mật khẩu").fill(PASSWORD);
    await user.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await user.getByLabel("Mã dùng một lần").fill(recovery[3]!.toUpperCase());
    await user.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    if (expected === "in") {
      await expect(user).toHaveURL(/\/admin$/);
      await user.goto("/account/security");
      await expect(user.getByTestId("mfa-status")).toContainText("Số mã khôi phục còn lại: 9.");
      await user.goto("/admin");
      await signOut(user);
    } else {
      await expect(user.getByTestId("login-error")).toHaveText(/Mã không đúng hoặc đã được dùng/);
    }
  }

  // The demo administrator resets it (a lost phone): the user signs in with the password alone again.
  await page.goto(accountUrl);
  await expect(page.getByTestId("reset-mfa")).toContainText("Đã thiết lập đăng nhập hai bước.");
  await page.getByRole("button", { name: "Đặt lại xác thực hai bước" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(/Đã đặt lại xác thực hai bước/);
  await signIn(user, username, PASSWORD);
  await user.goto("/account/security");
  await expect(user.getByTestId("mfa-secret")).toBeVisible();
  await context.close();
});

test("the demo administrator signs in with a code from the published demo key", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("admin");
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByTestId("mfa-step")).toContainText("Nhập mã 6 chữ số");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Mã dùng một lần").fill(await freshCode(DEMO_MFA_SECRET));
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/account/security");
  await expect(page.getByTestId("mfa-status")).toContainText("Đã dùng xác thực hai bước từ");
});
