import { test, expect, PASSWORD } from "./fixtures";

// Each test speaks from its own client address. The app only believes X-Forwarded-For when TRUSTED_PROXY
// says a proxy sets it (playwright.config.ts turns it on for the test server): here the "proxy" is the
// test itself, which is exactly what lets it play several clients.
const as = (address: string) => ({ extraHTTPHeaders: { "x-forwarded-for": address } });

test.describe("a client spraying one password over many accounts", () => {
  test.use(as("203.0.113.150"));

  test("meets 429 with Retry-After, and the sign-in page says why in Vietnamese", async ({ page }) => {
    const request = page.request;
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const attempt = (username: string, password: string) =>
      request.post("/api/auth/callback/credentials", {
        form: { username, password, csrfToken, json: "true", callbackUrl: "/" },
        maxRedirects: 0,
      });
    // The per-address limit (20 wrong passwords in 15 minutes) across as many names.
    for (let i = 0; i < 20; i++) {
      const response = await attempt(`nan.nhan.${i}`, "Matkhau@123");
      expect(response.status(), `attempt ${i + 1}`).not.toBe(429);
    }
    const refused = await attempt("nan.nhan.20", "Matkhau@123");
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);

    // Even a real account with its right password is refused from this address, with a translated message.
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill("daumoi2");
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(page.getByTestId("login-error")).toHaveText(
      "Có quá nhiều lần đăng nhập không thành công từ địa chỉ này. Vui lòng chờ ít phút rồi thử lại.",
    );
    await expect(page).toHaveURL(/\/login/);
  });
});

test("five wrong passwords lock the account only from that address; its owner signs in from another", async ({ browser }) => {
  const attacker = await browser.newContext(as("203.0.113.151"));
  const owner = await browser.newContext(as("198.51.100.151"));
  try {
    const page = await attacker.newPage();
    await page.goto("/login");
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel("Tên đăng nhập").fill("daumoi3");
      await page.getByLabel("Mật khẩu").fill(`doan-bua-${i}`);
      await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
      await expect(page.getByTestId("login-error")).toHaveText(
        i < 5 ? "Tên đăng nhập hoặc mật khẩu không đúng." : /tạm khóa 15 phút/,
      );
    }
    // The attacker holding the right password still cannot get in from there.
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(page.getByTestId("login-error")).toHaveText(/tạm khóa 15 phút/);

    const ownerPage = await owner.newPage();
    await ownerPage.goto("/login");
    await ownerPage.getByLabel("Tên đăng nhập").fill("daumoi3");
    await ownerPage.getByLabel("Mật khẩu").fill(PASSWORD);
    await ownerPage.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(ownerPage).not.toHaveURL(/\/login/);
    await expect(ownerPage.getByRole("heading", { level: 1 })).toBeVisible();
  } finally {
    await attacker.close();
    await owner.close();
  }
});
