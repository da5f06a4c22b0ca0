import { servedOverHttps } from "@/lib/http/security-headers";
import { sessionLimits } from "./session-limits";

export const ACTIVE_ROLE_COOKIE = "active-role";

/**
 * The one definition of the active-role cookie, for whoever sets it: HttpOnly, SameSite=Lax, Secure under
 * https, and no longer-lived than a session can be. Its value names the session it was chosen in, so a
 * later session (another sign-in, another user on the same browser) ignores it.
 */
export function activeRoleCookie(sessionId: string, membershipId: string) {
  return {
    name: ACTIVE_ROLE_COOKIE,
    value: `${sessionId}.${membershipId}`,
    options: {
      path: "/",
      httpOnly: true,
      sameSite: "lax" as const,
      secure: servedOverHttps(),
      maxAge: Math.floor(sessionLimits().maxMs / 1000),
    },
  };
}

/** The membership the cookie selects, if it was set in this session. */
export function activeMembershipFrom(cookieValue: string | undefined, sessionId: string): string | undefined {
  if (!cookieValue) return undefined;
  const dot = cookieValue.indexOf(".");
  if (dot < 0 || cookieValue.slice(0, dot) !== sessionId) return undefined;
  return cookieValue.slice(dot + 1) || undefined;
}
