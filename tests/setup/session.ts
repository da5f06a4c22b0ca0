import type { Identity } from "@/lib/auth/identity";
import { startSession } from "@/lib/auth/session-store";

let identity: Identity | null = null;
const jar = new Map<string, string>();

/**
 * Acts as this user (optionally in one of their role memberships) for the data-layer calls that follow,
 * in the given server-side session, or in a fresh one opened at the first call.
 */
export function actAs(user: { id: string; sessionVersion?: number }, membershipId?: string, sessionId?: string) {
  identity = { userId: user.id, sessionVersion: user.sessionVersion ?? 0, sessionId, activeMembershipId: membershipId };
}

export function actAnonymously() {
  identity = null;
}

export async function currentIdentity(): Promise<Identity | null> {
  if (identity && !identity.sessionId) identity.sessionId = await startSession(identity.userId);
  return identity;
}

export function resetSession() {
  identity = null;
  jar.clear();
}

/** The subset of Next's cookie store the app uses. */
export function testCookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (cookie: string | { name: string }) => void jar.delete(typeof cookie === "string" ? cookie : cookie.name),
  };
}
