import type { Identity } from "@/lib/auth/identity";
import type { PrismaClient } from "@/lib/generated/prisma/client";

let identity: Identity | null = null;
let address: string | undefined;
const jar = new Map<string, string>();

/**
 * Acts as this user (optionally in one of their role memberships) for the data-layer calls that follow,
 * in the given server-side session, or in a session of its own opened at the first call.
 */
export function actAs(user: { id: string; sessionVersion?: number }, membershipId?: string, sessionId?: string) {
  identity = { userId: user.id, sessionVersion: user.sessionVersion ?? 0, sessionId, activeMembershipId: membershipId };
}

export function actAnonymously() {
  identity = null;
}

let opening: Promise<string> | undefined;
let sessionsDb: PrismaClient | undefined;

/** The test database's own client, so opening a test's session is not seen by a test that counts queries. */
export function setSessionsDatabase(db: PrismaClient) {
  sessionsDb = db;
}

/**
 * The identity the app reads. A test's own session is dated in the far future: it never idles out or ages,
 * and its last use is never rewritten, so what a test counts or times does not depend on how long it runs
 * (tests/integration/session-expiry.test.ts opens real sessions to test those rules).
 */
export async function currentIdentity(): Promise<Identity | null> {
  if (identity && !identity.sessionId) {
    const current = identity;
    opening ??= (async () => {
      const id = `test-${crypto.randomUUID()}`;
      const farFuture = new Date("9999-01-01T00:00:00Z");
      await sessionsDb!.session.create({ data: { id, userId: current.userId, createdAt: farFuture, lastSeenAt: farFuture } });
      return id;
    })();
    try {
      current.sessionId = await opening;
    } finally {
      opening = undefined;
    }
  }
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
  opening = undefined;
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
