import { chromium, devices } from "@playwright/test";
const base = "http://localhost:3260";
const args = ["--headless","--no-sandbox","--disable-gpu"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args });
const [who, ...paths] = process.argv.slice(2);
for (const [name, opts] of [["desktop", { viewport: { width: 1280, height: 900 } }], ["phone", devices["Pixel 7"]]]) {
  const ctx = await browser.newContext({ ...opts, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await ctx.newPage();
  page.on("console", (m) => m.type() === "error" && console.log("CONSOLE", m.text()));
  await page.goto(base + "/login");
  await page.getByLabel(/Tên đăng nhập/).fill(who);
  await page.getByLabel(/^Mật khẩu$/).fill("Demo@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  for (const p of paths) {
    await page.goto(base + p);
    await page.waitForLoadState("networkidle");
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    const file = `/tmp/tables/${who}-${p.replace(/[^a-z0-9]+/gi, "_")}-${name}.png`;
    await page.screenshot({ path: file, fullPage: h < 6000 });
    console.log(name, p, "height", h, file);
  }
  await ctx.close();
}
await browser.close();
