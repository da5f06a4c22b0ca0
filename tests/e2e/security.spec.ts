import { request as playwrightRequest, type APIResponse, type Response } from "@playwright/test";
import { expect, signIn, signOut, test } from "./fixtures";

type Answer = Response | APIResponse;

/** The security headers every kind of answer carries, the CSP with a nonce for scripts. */
async function expectSecurityHeaders(answer: Answer | null, what: string) {
  expect(answer, what).not.toBeNull();
  const headers = answer!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${what}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp, `${what}: no inline script without the nonce`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(headers["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: referrer`).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], `${what}: permissions`).toContain("camera=(self)");
  expect(headers["permissions-policy"], `${what}: permissions`).toContain("microphone=()");
  expect(headers["x-frame-options"], `${what}: framing`).toBe("DENY");
  // Served over plain http in the tests: HSTS would be wrong here (it is set when NEXTAUTH_URL is https).
  expect(headers["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();
  return csp;
}

test("the sign-in page, the public pages and a page not found carry the security headers, each with its own nonce", async ({
  page,
}) => {
  const login = await page.goto("/login");
  const csp = await expectSecurityHeaders(login, "sign-in page");
  // The nonce on Next's own scripts is the one in this response's policy.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(await page.locator("script[src]").evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).nonce))).toContain(nonce);
  const again = await page.request.get("/login");
  expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"]!)![1]).not.toBe(nonce);

  await expectSecurityHeaders(await page.goto("/transparency"), "transparency page");
  const missing = await page.goto("/transparency/no-such-round");
  expect(missing?.status()).toBe(404);
  await expectSecurityHeaders(missing, "public 404 page");
  // A static build file carries the static headers too.
  const script = await page.request.get((await page.locator("script[src]").first().getAttribute("src"))!);
  expect(script.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a signed-in page, its RSC request, a server action, a route handler, a file download and a 404 carry the security headers", async ({
  page,
}) => {
  // A server action posted from the sign-in page (the language switch).
  await page.goto("/login");
  const [action] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]),
    page.getByRole("button", { name: "English" }).click(),
  ]);
  await expectSecurityHeaders(action, "server action");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("button", { name: "Tiếng Việt" })).toHaveAttribute("aria-pressed", "true");

  await signIn(page, "bantochuc.xa");
  await expectSecurityHeaders(await page.goto("/"), "signed-in page");
  await expectSecurityHeaders(await page.request.get(page.url(), { headers: { RSC: "1" } }), "RSC request");
  const download = await page.request.get("/api/exports/tasks?roundId=round-tan-hoa-2026");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  await expectSecurityHeaders(download, "file download");
  const refused = await page.request.get("/api/exports/ratings/cycle-tu-2025");
  expect(refused.status()).toBe(404);
  await expectSecurityHeaders(refused, "route handler refusal");
  const notFound = await page.goto("/no-such-page");
  expect(notFound?.status()).toBe(404);
  await expectSecurityHeaders(notFound, "404 page");
  // A route handler that redirects, and the proxy's own redirect of an anonymous visitor.
  const anonymous = await playwrightRequest.newContext({ baseURL: new URL(page.url()).origin });
  await expectSecurityHeaders(await anonymous.get("/api/session/ended", { maxRedirects: 0 }), "route handler redirect");
  await expectSecurityHeaders(await anonymous.get("/my-work", { maxRedirects: 0 }), "sign-in redirect");
  await anonymous.dispose();
});

test("an inline script the server did not nonce is refused, and the test watching for it notices", async ({
  page,
  consoleErrors,
}) => {
  // As if stored text had slipped into the page as markup: the real response, with a script added to it.
  await page.route("**/login", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/login");
  await expect.poll(() => consoleErrors.some((e) => e.startsWith("CSP violation: script-src"))).toBe(true);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  // Those were the expected errors; anything else still fails the test.
  const others = consoleErrors.filter((e) => !/CSP violation: script-src|Content Security Policy directive 'script-src/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...others);
});

test("a session cookie captured before sign-out is refused after it, and only that session ends", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "canbo.xa");
  const captured = await page.context().cookies();
  expect(captured.some((c) => c.name === "next-auth.session-token")).toBe(true);
  // The same user on another device.
  const otherDevice = await browser.newContext({ locale: "vi-VN" });
  const other = await otherDevice.newPage();
  await signIn(other, "canbo.xa");

  await signOut(page);

  const replay = await browser.newContext({ locale: "vi-VN", baseURL });
  await replay.addCookies(captured);
  const replayed = await replay.newPage();
  await replayed.goto("/my-work");
  await expect(replayed).toHaveURL(/\/login/);
  expect((await replay.request.get("/api/exports/tasks?roundId=round-tan-hoa-2026", { maxRedirects: 0 })).status()).not.toBe(200);

  // The other device's session goes on.
  await other.goto("/my-work");
  await expect(other).toHaveURL(/\/my-work$/);
  await replay.close();
  await otherDevice.close();
});

test("the active-role cookie is HttpOnly, SameSite=Lax, lives no longer than a session, and is ignored by the next session", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "pho.bithu");
  await expect(page).toHaveURL(/\/standing-committee$/);
  const switcher = page.getByTestId("role-switcher");
  await switcher.selectOption({
    label: (await switcher.locator("option", { hasText: "Hội đồng tư vấn" }).first().textContent())!,
  });
  await expect(page).toHaveURL(/\/council$/);
  const cookie = (await page.context().cookies(baseURL)).find((c) => c.name === "active-role");
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  expect(cookie!.secure).toBe(false); // plain http here; Secure under https
  expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(10 * 60 * 60 * 1000 + 60_000);

  // Signing in again opens a new session: the role chosen in the old one no longer applies.
  await signOut(page);
  await page.context().addCookies([{ ...cookie!, expires: cookie!.expires }]);
  await signIn(page, "pho.bithu");
  await expect(page).toHaveURL(/\/standing-committee$/);
});

test("a server action posted from another site is refused even when the request claims that site as its forwarded host", async ({
  page,
  baseURL,
}) => {
  await page.goto("/login");
  const [post] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "English" }).click(),
  ]);
  const replay = (headers: Record<string, string>) =>
    page.request.post(post.url(), {
      headers: { "next-action": post.headers()["next-action"]!, "content-type": post.headers()["content-type"]!, ...headers },
      data: post.postData() ?? "",
      maxRedirects: 0,
    });
  // The same request from the app's own origin goes through; from another site it does not, forged header or not.
  expect((await replay({ origin: baseURL! })).status()).toBeLessThan(400);
  expect((await replay({ origin: "http://evil.example", "x-forwarded-host": "evil.example" })).status()).toBeGreaterThanOrEqual(
    400,
  );
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("button", { name: "Tiếng Việt" })).toHaveAttribute("aria-pressed", "true");
});
