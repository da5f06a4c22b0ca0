/**
 * The test OpenID provider as a process of its own, for the browser tests (a webServer in playwright.config.ts,
 * on E2E_PORT + 2). Its accounts name demo accounts of the seeded province by preferred_username; one names
 * nobody. Each browser test uses its own identity, so parallel tests never link the same one.
 */
import { startTestProvider } from "./oidc-provider";

const port = Number(process.env.OIDC_TEST_PORT ?? 3102);
const appUrl = process.env.OIDC_TEST_APP_URL ?? "http://localhost:3100";

const provider = await startTestProvider({
  port,
  clientId: process.env.OIDC_TEST_CLIENT_ID ?? "dotpha",
  clientSecret: process.env.OIDC_TEST_CLIENT_SECRET ?? "e2e-client-secret-not-for-production",
  appUrl,
  accounts: {
    "e2e-canbo": { claims: { preferred_username: "canbo", name: "Cán bộ (định danh)" }, amr: ["pwd"] },
    "e2e-daumoi": { claims: { preferred_username: "daumoi" }, amr: ["pwd"] },
    "e2e-admin": { claims: { preferred_username: "admin" }, amr: ["pwd", "mfa"] },
    // Unlinked and linked again by tests/e2e/sso-admin.spec.ts (no other test signs in as daumoi.lamvien).
    "e2e-lamvien": { claims: { preferred_username: "daumoi.lamvien" }, amr: ["pwd"] },
    "e2e-stranger": { claims: { preferred_username: "khong.co.trong.he.thong" }, amr: ["pwd"] },
  },
});
console.log(`test OpenID provider at ${provider.issuer} for ${appUrl}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void provider.close().then(() => process.exit(0)));
}
