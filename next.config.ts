import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by URL at run time; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // forbidden() answers 403 for a signed-in user outside a role's routes.
  // Quarterly reports carry evidence files (10 MB each at most) through a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "32mb" } },
  poweredByHeader: false,
  // Headers that do not change per request go on every path, Next's static files included; the CSP with its
  // per-request nonce and HSTS are set by proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
