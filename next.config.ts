import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REPORT_BODY_BYTES } from "./lib/domain/evidence";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by URL at run time; bundling it breaks that. pg-boss is run as
  // published (its SQL plans and timers are not for a bundler to rewrite).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss"],
  experimental: {
    // forbidden() answers 403 for a signed-in user outside a role's routes.
    authInterrupts: true,
    // A quarterly report carries up to 10 evidence files of 10 MB each through a server action. Both limits
    // must allow that: the proxy (proxy.ts) buffers every request body and silently cuts it at its own limit
    // (10 MB by default), whatever the server action's limit says. The proxy's is a little larger, so that a
    // body over the limit meets the action's clear refusal rather than a truncated form.
    serverActions: { bodySizeLimit: MAX_REPORT_BODY_BYTES },
    proxyClientMaxBodySize: MAX_REPORT_BODY_BYTES + 1024 * 1024,
  },
  poweredByHeader: false,
  // Headers that do not change per request go on every path, Next's static files included; the CSP with its
  // per-request nonce and HSTS are set by proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
