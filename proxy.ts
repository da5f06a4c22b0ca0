import { withAuth } from "next-auth/middleware";

// Only a courtesy redirect of anonymous visitors to the sign-in page. It is never the security
// boundary: every page and data-layer call checks the session and permission itself.
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  // Everything but the sign-in page, the public transparency pages, next-auth's own routes, the health
  // and readiness probes a load balancer calls without a session, and files (anything with an extension).
  matcher: ["/((?!login|transparency|api/auth|api/session|api/health|api/ready|_next/static|_next/image|.*\\.[a-z0-9]+$).*)"],
};
