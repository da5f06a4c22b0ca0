import type { Identity } from "@/lib/auth/identity";

let identity: Identity | null = null;
let address: string | undefined;
const jar = new Map<string, string>();

/** Acts as this user (optionally in one of their role memberships) for the data-layer calls that follow. */
export function actAs(user: { id: string; sessionVersion?: number }, membershipId?: string) {
  identity = { userId: user.id, sessionVersion: user.sessionVersion ?? 0, activeMembershipId: membershipId };
}

export function actAnonymously() {
  identity = null;
}

export function currentIdentity(): Identity | null {
  return identity;
}

/** Sends the data-layer calls that follow as if from this client address (through a trusted proxy). */
export function fromAddress(ip: string | undefined) {
  address = ip;
}

/** The request headers the app reads (only the client's address, here). */
export function testHeaders() {
  return new Headers(address ? { "x-forwarded-for": address } : {});
}

export function resetSession() {
  identity = null;
  address = undefined;
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
