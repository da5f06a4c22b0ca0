import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { confirmInDialog, expect, replayServerAction, signIn, test, type CapturedAction } from "./fixtures";

/**
 * An administrator keeps a user's national ID number and single sign-on identity (decision 092), against the
 * test's real OpenID provider (E2E_PORT + 2). The identity e2e-lamvien names the demo supervisor
 * daumoi.lamvien, whom no other browser test uses.
 */
const SHOTS = process.env.SCREENSHOT_DIR;
const ISSUER = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 2}`;
const ACCOUNT_PAGE = "/admin/users/user-daumoi-lamvien";
const SSO_BUTTON = "Đăng nhập bằng tài khoản Cổng định danh tỉnh";

async function signInAtProvider(page: Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  // The provider asks for the login once; while its session lives it sends the browser straight back.
  await page.waitForURL((url) => url.pathname.startsWith("/interaction/") || url.pathname === "/supervision");
  if (new URL(page.url()).pathname.startsWith("/interaction/")) {
    await expect(page.getByRole("heading", { name: "Hệ thống định danh (thử nghiệm)" })).toBeVisible();
    await page.getByLabel("Tên đăng nhập").fill(login);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  }
  await expect(page).toHaveURL(/\/supervision$/);
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an administrator sets a national ID number, sees the linked identity and unlinks it after confirming", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The supervisor signs in through the provider: the identity is linked to their account by username.
  const officialContext = await browser.newContext();
  const official = await officialContext.newPage();
  await signInAtProvider(official, "e2e-lamvien");

  await signIn(page, "admin");
  await page.goto(ACCOUNT_PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tài khoản daumoi.lamvien");
  const sso = page.getByTestId("user-sso");
  const links = sso.getByTestId("sso-links");
  await expect(links).toContainText(ISSUER);
  await expect(links).toContainText("e2e-lamvien");
  await expect(links).toContainText(/Ngày liên kết\s*\d{2}\/\d{2}\/\d{4}/);

  // A number that is not 12 digits is refused at the field, and what was typed stays.
  const field = sso.getByLabel("Số định danh cá nhân (CCCD)");
  await field.fill("00120300456");
  await sso.getByRole("button", { name: "Lưu số định danh" }).click();
  await expect(sso.getByText("Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("00120300456");
  await field.fill(" 001203004567 ");
  await sso.getByRole("button", { name: "Lưu số định danh" }).click();
  await expect(page.getByText("Đã lưu số định danh cá nhân.").first()).toBeVisible();
  await page.reload();
  await expect(sso.getByLabel("Số định danh cá nhân (CCCD)")).toHaveValue("001203004567");

  expect(await violations(page)).toEqual([]);
  if (SHOTS) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SHOTS}/admin-user-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 412, height: 915 });
    await page.screenshot({ path: `${SHOTS}/admin-user-412.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  // Unlinking asks first; Cancel leaves the link where it is.
  await sso.getByRole("button", { name: "Gỡ liên kết" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Gỡ liên kết tài khoản định danh?");
  await expect(dialog).toContainText("e2e-lamvien");
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await expect(links).toContainText("e2e-lamvien");
  // The unlink request is recorded as it goes, to be replayed below by someone who is not an administrator.
  let unlinkRequest: CapturedAction | undefined;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"] && request.postData()?.includes("linkId")) {
      unlinkRequest = { url: request.url(), headers: request.headers(), body: request.postData() ?? "" };
    }
  });
  await sso.getByRole("button", { name: "Gỡ liên kết" }).click();
  await confirmInDialog(page);
  await expect(page.getByText("Đã gỡ liên kết định danh. Lần đăng nhập định danh tới sẽ được đối chiếu lại.").first()).toBeVisible();
  await expect(sso).toContainText("Chưa liên kết tài khoản định danh nào.");

  // The session opened through that identity has ended.
  await official.goto("/supervision");
  await expect(official).toHaveURL(/\/login/);

  // The identity's next sign-in is matched again by the configured claim (the username), and linked anew.
  await signInAtProvider(official, "e2e-lamvien");
  await page.reload();
  await expect(sso.getByTestId("sso-links")).toContainText("e2e-lamvien");

  // A supervisor who sends the administrator's unlink request with their own session is refused.
  expect(unlinkRequest).toBeTruthy();
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, "daumoi");
  expect(await replayServerAction(other.request, unlinkRequest!)).toContain("Vai trò hiện tại không được thực hiện thao tác này.");
  expect((await other.goto(ACCOUNT_PAGE))?.status()).toBe(403);
  await page.reload();
  await expect(sso.getByTestId("sso-links")).toContainText("e2e-lamvien");
  await officialContext.close();
  await otherContext.close();
});
