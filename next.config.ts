import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by URL at run time; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // forbidden() answers 403 for a signed-in user outside a role's routes.
  // Quarterly reports carry evidence files (10 MB each at most) through a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "32mb" } },
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
