import AxeBuilder from "@axe-core/playwright";
import { devices, type Page } from "@playwright/test";
import { expect, signIn, test, watchCspViolations } from "./fixtures";

/**
 * Single sign-on through a real OpenID provider the test run starts (tests/support/oidc-provider-server.ts on
 * E2E_PORT + 2), with the app configured for it in playwright.config.ts. Each test uses its own identity.
 */
const SHOTS = process.env.SCREENSHOT_DIR;
const SSO_BUTTON = "Đăng nhập bằng tài khoản Cổng định danh tỉnh";

async function signInAtProvider(page: Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  // The provider's own page, on its own origin.
  await expect(page.getByRole("heading", { name: "Hệ thống định danh (thử nghiệm)" })).toBeVisible();
  await page.getByLabel("Tên đăng nhập").fill(login);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a linked official signs in through the provincial identity provider and lands on their home", async ({ page }) => {
  await signInAtProvider(page, "e2e-canbo");
  // The identity was linked to the demo cadre "canbo": their own home, with their own tasks.
  await expect(page).toHaveURL(/\/my-work$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Việc của tôi");
  await expect(page.getByTestId("my-task").first()).toBeVisible();
});

test("an identity linked to no account is refused with a message that says so", async ({ page }) => {
  await signInAtProvider(page, "e2e-stranger");
  await expect(page).toHaveURL(/\/login\?error=ssoUnlinked/);
  await expect(page.getByTestId("sso-error")).toHaveText(
    "Tài khoản Cổng định danh tỉnh này chưa được liên kết với tài khoản nào trong hệ thống. Vui lòng liên hệ quản trị viên để được cấp hoặc liên kết tài khoản.",
  );
  // Nothing was opened: the app's pages still send to sign-in.
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the provider's second factor stands in for the app's: the administrator is not asked for a code", async ({ page }) => {
  await signInAtProvider(page, "e2e-admin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quản trị hệ thống");
});

test("signing out ends the provider's session too: the next sign-in asks for the login again", async ({ page }) => {
  await signInAtProvider(page, "e2e-daumoi");
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Without the app's cookie but with the provider's session alive, the button signs in again at once.
  await page.context().clearCookies({ name: "next-auth.session-token" });
  await page.goto("/login");
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await expect(page).not.toHaveURL(/\/login|\/interaction\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const visible = page.getByTestId("sign-out").filter({ visible: true });
  // On a desktop the sign-out is inside the user menu.
  if ((await visible.count()) === 0) await page.locator("summary:visible").last().click();
  await visible.click();
  // The provider confirms the sign-out on its own page, then sends the browser back.
  await expect(page.getByRole("heading", { name: "Đăng xuất khỏi hệ thống định danh" })).toBeVisible();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await expect(page.getByTestId("login-notice")).toHaveText("Đã đăng xuất.");

  // The provider's session has ended: it asks for the login again.
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await expect(page.getByRole("heading", { name: "Hệ thống định danh (thử nghiệm)" })).toBeVisible();
});

test("a password session asks the provider for no sign-out, and an anonymous caller learns nothing", async ({ page }) => {
  const anonymous = await page.request.get("/api/session/sso-logout");
  expect(await anonymous.json()).toEqual({ url: null });
  await signIn(page, "thuongtruc");
  const passwordSession = await page.request.get("/api/session/sso-logout");
  expect(await passwordSession.json()).toEqual({ url: null });
});

test("the sign-in page with its single sign-on button has no accessibility violations, at desktop and phone width", async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/login");
  await expect(page.getByRole("button", { name: SSO_BUTTON })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/login-sso-desktop.png`, fullPage: true });

  await page.goto("/login?error=ssoUnlinked");
  expect(await violations(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/login-sso-refused-desktop.png`, fullPage: true });

  const phone = await browser.newContext({ ...devices["Pixel 7"], locale: "vi-VN" });
  await watchCspViolations(phone);
  const mobile = await phone.newPage();
  await mobile.goto(new URL("/login", page.url()).toString());
  await expect(mobile.getByRole("button", { name: SSO_BUTTON })).toBeVisible();
  expect(await violations(mobile)).toEqual([]);
  if (SHOTS) await mobile.screenshot({ path: `${SHOTS}/login-sso-phone.png`, fullPage: true });
  await phone.close();
});
