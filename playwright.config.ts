import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * Browser tests drive Debian's Chromium (Playwright cannot download its own here) against a production
 * build served with a freshly seeded embedded database of its own, on its own port.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /mobile\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: [
    {
      command: "npx tsx scripts/demo.ts --no-build --fresh",
      url: `http://localhost:${port}/login`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      // TRUSTED_PROXY: in these tests the "proxy" is the test itself, which sets X-Forwarded-For to play
      // clients at different addresses (rate limits and the lockout are per address).
      env: {
        PORT: String(port),
        PGLITE_DATA_DIR: ".data/e2e",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: "",
        TRUSTED_PROXY: "1",
        // Single sign-on through the test's own OpenID provider (the last entry below); password sign-in stays on.
        OIDC_ISSUER: `http://localhost:${port + 2}`,
        OIDC_CLIENT_ID: "dotpha",
        OIDC_CLIENT_SECRET: "e2e-client-secret-not-for-production",
        OIDC_MATCH: "username",
        OIDC_LABEL_VI: "Cổng định danh tỉnh",
        OIDC_LABEL_EN: "provincial identity portal",
      },
    },
    // A second instance of the same build whose sessions end after 15 seconds unused, for the idle-timeout test
    // (tests/e2e/session-idle.spec.ts); its own embedded database, since one may be opened by one process only.
    {
      command: "npx tsx scripts/demo.ts --no-build --fresh",
      url: `http://localhost:${port + 1}/login`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port + 1),
        PGLITE_DATA_DIR: ".data/e2e-idle",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: "",
        SESSION_IDLE_MINUTES: "0.25",
      },
    },
    // A real OpenID provider (oidc-provider) for tests/e2e/sso.spec.ts, serving the first instance.
    {
      command: "npx tsx tests/support/oidc-provider-server.ts",
      url: `http://localhost:${port + 2}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { OIDC_TEST_PORT: String(port + 2), OIDC_TEST_APP_URL: `http://localhost:${port}` },
    },
  ],
});
