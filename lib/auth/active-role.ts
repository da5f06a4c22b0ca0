import "server-only";
import { cookies } from "next/headers";
import { activeRoleCookie } from "./cookies";
import { readIdentity } from "./identity";

/** Remembers, for this session only, which of the user's own roles they act in. */
export async function setActiveRoleCookie(membershipId: string): Promise<void> {
  const identity = await readIdentity();
  if (!identity?.sessionId) return;
  const cookie = activeRoleCookie(identity.sessionId, membershipId);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
}
