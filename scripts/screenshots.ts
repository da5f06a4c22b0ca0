// Screenshots of pages as a given user, at desktop and phone widths, for looking at what was built.
// Usage: tsx scripts/screenshots.ts <baseUrl> <outDir> <user> <path> [<path>…]  (SHOT_FULL=0: the first screen only)
import { chromium } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed";

async function main() {
  const [baseUrl, outDir, username, ...paths] = process.argv.slice(2);
  if (!baseUrl || !outDir || !username || paths.length === 0) throw new Error("usage: <baseUrl> <outDir> <user> <path>…");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  for (const [label, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport, locale: "vi-VN", baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    for (const path of paths) {
      await page.goto(path);
      const name = `${username}${path.replace(/[^a-zA-Z0-9]+/g, "_")}-${label}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.SHOT_FULL !== "0" });
      console.log(name);
    }
    await context.close();
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
