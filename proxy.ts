import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy, createNonce, HSTS, servedOverHttps } from "@/lib/http/security-headers";
import { FORWARDED_HEADERS, FORWARDED_HOST_HEADERS, trustedProxy } from "@/lib/http/trusted-proxy";

// Paths an anonymous visitor may open: the sign-in page, the public transparency pages, next-auth's own
// routes, the route that clears an ended session, the health and readiness probes a load balancer calls
// without a session, and files (anything with an extension, e.g. the icon).
const PUBLIC_PATHS = /^\/(login|transparency|api\/auth|api\/session|api\/health|api\/ready)(\/|$)|\.[a-z0-9]+$/;

/**
 * Runs on every request but Next's static files. It (1) sets this response's Content-Security-Policy with a
 * fresh script nonce, which Next reads from the request's CSP header and puts on its own scripts; (2) drops
 * the client's X-Forwarded-* headers unless a trusted proxy writes them, so neither the server-action origin
 * check nor the sign-in address can be steered by a client; (3) as a courtesy, sends an anonymous visitor of
 * a signed-in page to /login. It is never the security boundary: every page and data-layer call checks the
 * session (revocation, idle and absolute expiry included) and the permission itself.
 */
export default async function proxy(request: NextRequest) {
  const https = servedOverHttps();
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { https, dev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  if (trustedProxy().kind === "none") for (const name of FORWARDED_HEADERS) requestHeaders.delete(name);
  // The host a server action's origin is checked against is always the Host header, never a forwarded one:
  // a trusted proxy passes Host through (nginx: proxy_set_header Host $host; HAProxy by default), so no
  // X-Forwarded-Host a client writes can make another site's form look like our own.
  else for (const name of FORWARDED_HOST_HEADERS) requestHeaders.delete(name);
  requestHeaders.set("content-security-policy", csp);

  let response: NextResponse;
  const { pathname, search } = request.nextUrl;
  const token = PUBLIC_PATHS.test(pathname)
    ? true
    : await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, secureCookie: https });
  if (!token) {
    const signIn = new URL("/login", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(signIn);
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Next's hashed build files carry the static headers from next.config.ts and need no nonce.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
