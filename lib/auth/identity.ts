import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { ACTIVE_ROLE_COOKIE, activeMembershipFrom } from "./cookies";
import { authOptions } from "./options";

export { ACTIVE_ROLE_COOKIE };

export type Identity = {
  userId: string;
  sessionVersion: number;
  /** The server-side session the JWT names; checked (revoked, idle, too old) on every request. */
  sessionId: string | undefined;
  activeMembershipId: string | undefined;
};

/**
 * Who the request's cookies say the caller is, not yet checked against the database. The one place
 * that reads next-auth; integration tests replace this module to act as a given user.
 */
export async function readIdentity(): Promise<Identity | null> {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  const activeMembershipId = session.sid
    ? activeMembershipFrom((await cookies()).get(ACTIVE_ROLE_COOKIE)?.value, session.sid)
    : undefined;
  return { userId: session.uid, sessionVersion: session.sv, sessionId: session.sid, activeMembershipId };
}

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token", ACTIVE_ROLE_COOKIE];

/** Clears this browser's session cookies (in a route handler or a server action). */
export async function clearSessionCookies() {
  const jar = await cookies();
  // A browser ignores a "__Secure-" cookie that is not marked secure, deletion included.
  for (const name of SESSION_COOKIES) jar.delete({ name, path: "/", secure: name.startsWith("__Secure-") });
}
