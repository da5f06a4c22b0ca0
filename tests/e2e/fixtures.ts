import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { TOTP_PERIOD, totpCode } from "@/lib/domain/mfa";
import { DEMO_MFA_ACCOUNT, DEMO_MFA_SECRET, DEMO_PASSWORD } from "@/prisma/seed";

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
          // The browser itself logs the status of a page that answers 401/403/404/429, or of an evidence upload
          // refused for its content (422); that is what those tests expect.
          if (/Failed to load resource: the server responded with a status of (401|403|404|422|429)/.test(text)) return;
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

/**
 * Signs in through the form. The demo `admin` (and any account given `secret`) has a second factor: the
 * code step is answered with a code computed here from the known secret, as an authenticator app would.
 */
export async function signIn(page: Page, username: string, password = PASSWORD, secret?: string) {
  const key = secret ?? (username === DEMO_MFA_ACCOUNT ? DEMO_MFA_SECRET : undefined);
  await page.goto("/login");
  await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
  await page.getByLabel(/^(Mật khẩu|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
  if (key) {
    await expect(page.getByTestId("mfa-step")).toBeVisible();
    await page.getByLabel(/Mã dùng một lần|One-time code/).fill(await freshCode(key));
    await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
  }
  await expect(page).not.toHaveURL(/\/login/);
  // "/" redirects to the role's home: wait until a page has actually landed.
  await expect(page).not.toHaveURL(/:\d+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A code no sign-in of this test run has used yet. The server refuses a code of a time step it has already
 * accepted (no replay) and accepts one step either side of now, so the test workers reserve steps in a
 * shared file (under a lock directory) and wait when the next free step is not yet within reach.
 */
export async function freshCode(secret: string): Promise<string> {
  const file = path.join(".data", `e2e-mfa-steps-${process.env.E2E_PORT ?? 3100}.json`);
  const lock = `${file}.lock`;
  mkdirSync(".data", { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 200) rmSync(lock, { recursive: true, force: true }); // a worker killed while holding it
      await sleep(50);
    }
  }
  let step: number;
  try {
    const used: Record<string, number> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
    const seconds = Date.now() / 1000;
    const now = Math.floor(seconds / TOTP_PERIOD);
    // The previous step is still accepted, unless it may fall out of the window before the code arrives.
    const earliest = seconds % TOTP_PERIOD < TOTP_PERIOD - 5 ? now - 1 : now;
    step = Math.max((used[secret] ?? 0) + 1, earliest);
    used[secret] = step;
    writeFileSync(file, JSON.stringify(used));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  // Within reach once "now" is at most one step before it.
  const wait = (step - 1) * TOTP_PERIOD * 1000 - Date.now();
  if (wait > 0) {
    // Waiting for the clock is not the test's own time.
    test.info().setTimeout(test.info().timeout + wait + 1_000);
    await sleep(wait + 200);
  }
  return totpCode(secret, new Date(step * TOTP_PERIOD * 1000));
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

export type CapturedAction = { url: string; headers: Record<string, string>; body: string };

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

/**
 * Chooses a unit in a unit picker (the combobox over the unit tree): opens it (once the page's script runs),
 * types `text` if given, and presses Enter, which takes the first unit that matches (without text, the first
 * entry of the tree).
 */
export async function pickUnit(page: Page, label: string | RegExp, text?: string) {
  const box = page.getByRole("combobox", { name: label });
  await expect(async () => {
    await box.click();
    await expect(page.getByRole("tree", { name: label })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  if (text !== undefined) await box.fill(text);
  await box.press("Enter");
  await expect(page.getByRole("tree", { name: label })).toBeHidden();
}

/**
 * Confirms the confirmation dialog an irreversible act opens (components/ui/confirm-dialog.tsx): its confirm
 * button comes after Cancel.
 */
export async function confirmInDialog(page: Page) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button").last().click();
  await expect(dialog).toHaveCount(0);
}
