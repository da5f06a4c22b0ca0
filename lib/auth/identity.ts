import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { servedOverHttps } from "@/lib/http/security-headers";
import { ACTIVE_ROLE_COOKIE, activeMembershipFrom } from "./cookies";

export { ACTIVE_ROLE_COOKIE };

export type Identity = {
  userId: string;
  sessionVersion: number;
  /** The server-side session the JWT names; checked (revoked, idle, too old) on every request. */
  sessionId: string | undefined;
  activeMembershipId: string | undefined;
};

/** next-auth's session cookie: "__Secure-" whenever the app is served over https (as lib/auth/options sets it). */
export function sessionCookieName(): string {
  return servedOverHttps() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Who the request's cookies say the caller is, not yet checked against the database. The one place
 * that reads next-auth; integration tests replace this module to act as a given user.
 *
 * The token is decrypted (and its expiry checked) with next-auth's own `decode`, not `getServerSession`: that
 * one runs next-auth's whole handler and re-encrypts the cookie on every request, a third of a signed-in page's
 * cost under load (decision 089). Nothing is lost: the token's lifetime is the session's absolute lifetime, and
 * the server-side session (checked next, in loadSession) holds the idle timeout and revocation.
 */
export async function readIdentity(): Promise<Identity | null> {
  const jar = await cookies();
  const raw = jar.get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
  if (!token?.uid) return null;
  const activeMembershipId = token.sid ? activeMembershipFrom(jar.get(ACTIVE_ROLE_COOKIE)?.value, token.sid) : undefined;
  return { userId: token.uid, sessionVersion: token.sv, sessionId: token.sid, activeMembershipId };
}

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token", ACTIVE_ROLE_COOKIE];

/** Clears this browser's session cookies (in a route handler or a server action). */
export async function clearSessionCookies() {
  const jar = await cookies();
  // A browser ignores a "__Secure-" cookie that is not marked secure, deletion included.
  for (const name of SESSION_COOKIES) jar.delete({ name, path: "/", secure: name.startsWith("__Secure-") });
}
