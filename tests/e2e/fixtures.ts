import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed";

export { expect };
export const PASSWORD = DEMO_PASSWORD;

const CSP_VIOLATION = /^CSP violation: |Content Security Policy directive|^Refused to /;

/**
 * Every test fails on an unexpected console error in its page, and on any Content-Security-Policy violation
 * (the browser's console message, and the securitypolicyviolation event, which also reports what the console
 * leaves out) in its page and in every page of the contexts it opens itself. (In those other pages only CSP
 * violations count: some tests abort requests there on purpose, which the browser logs as errors.)
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page, browser }, use) => {
      const errors: string[] = [];
      const watch = (p: Page, everything: boolean) => {
        p.on("console", (msg) => {
          if (msg.type() !== "error") return;
          const text = msg.text();
          if (!everything && !CSP_VIOLATION.test(text)) return;
          // The browser itself logs the status of a page that answers 401/403/404/429; that is what those tests expect.
          if (/Failed to load resource: the server responded with a status of (401|403|404|429)/.test(text)) return;
          errors.push(text);
        });
        if (everything) p.on("pageerror", (error) => errors.push(error.message));
      };
      await watchCspViolations(page);
      watch(page, true);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const context = await newContext(...args);
        await watchCspViolations(context);
        context.on("page", (p) => watch(p, false));
        return context;
      };
      await use(errors);
      browser.newContext = newContext;
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

/** Reports a CSP violation as a console error, in `target` (a page, or every page of a context). */
export async function watchCspViolations(target: Pick<Page, "addInitScript">) {
  await target.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

export async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
  await page.getByLabel(/^(Mật khẩu|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
  // "/" redirects to the role's home: wait until a page has actually landed.
  await expect(page).not.toHaveURL(/:\d+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

export async function signOut(page: Page) {
  const visible = page.getByTestId("sign-out").filter({ visible: true });
  if ((await visible.count()) === 0) {
    // On a phone the sign-out button is inside the menu; on a desktop inside the user menu.
    await page.locator("summary:visible").last().click();
  }
  await page.getByTestId("sign-out").filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Fills a task's fields; `prefix` is the form's name for the task ("task-" on the standing committee's forms). */
export async function fillTask(page: Page, title: string, prefix = "") {
  await page.getByLabel(/^Tên việc/).fill(title);
  await page.getByLabel(/^Lĩnh vực/).selectOption("DIGITAL_TRANSFORMATION");
  await page.getByLabel(/^Tính chất đột phá/).selectOption("NEW");
  await page
    .getByLabel(/^Mục tiêu/)
    .first()
    .fill("Số hóa toàn bộ hồ sơ địa chính của tỉnh");
  await page.getByLabel(/^Kế hoạch, giải pháp/).fill("Thuê tư vấn; số hóa theo từng xã; nghiệm thu hằng quý");
  await page.getByLabel(/^Sản phẩm dự kiến/).fill("Cơ sở dữ liệu địa chính dùng chung");
  await page.locator(`#${prefix}targets-0-indicator`).fill("Tỷ lệ hồ sơ địa chính được số hóa");
  await page.locator(`#${prefix}targets-0-unitOfMeasure`).fill("%");
  await page.locator(`#${prefix}targets-0-baseline`).fill("35,5");
  await page.locator(`#${prefix}targets-0-targetValue`).fill("100");
}

type CapturedAction = { url: string; headers: Record<string, string>; body: string };

/**
 * Stops the next server-action POST that `page` sends to URLs matching `pattern` and keeps it, so a test can
 * replay it under another user's session. Returns a function that waits for the capture and stops routing.
 */
export async function captureServerAction(page: Page, pattern: string): Promise<() => Promise<CapturedAction>> {
  let captured: CapturedAction | undefined;
  await page.route(pattern, async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { url: request.url(), headers: request.headers(), body: request.postData() ?? "" };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  return async () => {
    await expect.poll(() => captured).toBeTruthy();
    await page.unroute(pattern);
    return captured!;
  };
}

/** Sends a captured server action again with the cookies of `request` (another user's session). */
export async function replayServerAction(request: APIRequestContext, captured: CapturedAction) {
  const response = await request.post(captured.url, {
    headers: {
      "next-action": captured.headers["next-action"]!,
      "content-type": captured.headers["content-type"]!,
      accept: "text/x-component",
    },
    data: captured.body,
  });
  return response.text();
}
