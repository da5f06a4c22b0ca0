import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { sessionLimits, type SessionLimits } from "./session-limits";

const MINUTE = 60_000;
/** lastSeenAt is written at most this often, so an active session costs one small update a minute. */
const TOUCH_EVERY_MS = MINUTE;

/** Opens a session for a user who has just signed in; its id goes into the JWT. */
export async function startSession(userId: string, now = new Date(), ssoIdToken: string | null = null): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  const db = await getDb();
  // The user's sessions past their absolute lifetime can never be honoured again: they go, so the table
  // holds only live sessions and recent sign-outs (sign-in and sign-out themselves are in the audit).
  const expired = new Date(now.getTime() - sessionLimits().maxMs);
  await db.$transaction([
    db.session.deleteMany({ where: { userId, createdAt: { lt: expired } } }),
    db.session.create({ data: { id, userId, createdAt: now, lastSeenAt: now, ssoIdToken } }),
  ]);
  return id;
}

export type SessionRow = { userId: string; createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };

/**
 * Whether the session is still honoured: not signed out, used within the idle timeout, younger than the
 * absolute lifetime. A live session's lastSeenAt moves forward (at most once a minute).
 */
export async function touchSession(
  sessionId: string,
  userId: string,
  now = new Date(),
  limits: SessionLimits = sessionLimits(),
): Promise<boolean> {
  const db = await getDb();
  return keepSessionAlive(sessionId, await db.session.findUnique({ where: { id: sessionId } }), userId, now, limits);
}

/**
 * touchSession for a session row already read (loadSession reads it with the user, in one statement): whether
 * it is honoured, and if so its lastSeenAt moved forward when due.
 */
export async function keepSessionAlive(
  sessionId: string,
  session: SessionRow | null,
  userId: string,
  now = new Date(),
  limits: SessionLimits = sessionLimits(),
): Promise<boolean> {
  if (!session || session.userId !== userId || session.revokedAt) return false;
  const t = now.getTime();
  if (t - session.lastSeenAt.getTime() > limits.idleMs) return false;
  if (t - session.createdAt.getTime() > limits.maxMs) return false;
  // Written at most once a minute to keep requests cheap, and often enough that a short idle timeout still
  // sees a session in use as alive.
  if (t - session.lastSeenAt.getTime() >= Math.min(TOUCH_EVERY_MS, limits.idleMs / 3)) {
    const db = await getDb();
    await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return true;
}

/** Ends one session (sign-out on one device leaves the user's other sessions alone). */
export async function revokeSession(sessionId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** The ID token of the single sign-on that opened this session, for the provider's sign-out (null otherwise). */
export async function sessionIdToken(sessionId: string, userId: string): Promise<string | null> {
  const db = await getDb();
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { userId: true, ssoIdToken: true, revokedAt: true },
  });
  return session && session.userId === userId && !session.revokedAt ? session.ssoIdToken : null;
}
