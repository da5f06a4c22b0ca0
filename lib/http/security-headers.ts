/**
 * The response headers every answer carries. The static ones are set by next.config.ts for every path
 * (static files included); the Content-Security-Policy, whose script nonce changes with each request, and
 * HSTS, which depends on the run-time NEXTAUTH_URL, are set by proxy.ts.
 */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The camera stays open to the app itself for evidence photos; every other powerful feature is off.
  {
    key: "Permissions-Policy",
    value:
      "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
];

export const HSTS = "max-age=63072000; includeSubDomains";

/** True when the app is served over https (the public address next-auth is told about). */
export function servedOverHttps(env: Record<string, string | undefined> = process.env): boolean {
  return (env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this response's nonce ('strict-dynamic' lets Next's nonced loader pull its chunks).
 * Styles: stylesheets come from the app itself and inline <style> elements need the nonce, but style
 * attributes are allowed: progress bars and the server-drawn charts size themselves through them, and an attribute
 * cannot run script.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev?: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
