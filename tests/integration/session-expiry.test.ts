import { afterEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { revokeSession, startSession, touchSession } from "@/lib/auth/session-store";
import { getDb } from "@/lib/db/client";
import { createProvince, createUser } from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

const MINUTE = 60_000;
const START = new Date("2026-03-02T01:00:00Z");

async function signedInUser() {
  const { province } = await createProvince();
  const user = await createUser({ roles: [{ role: "ADMIN", unitId: province.id }] });
  const sessionId = await startSession(user.id, START);
  actAs(user, undefined, sessionId);
  return { user, sessionId };
}

/** Moves only the clock the app reads (Date), leaving timers alone so the database driver keeps working. */
function clockAt(date: Date) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(date);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("server-side sessions", () => {
  it("a signed-out session is refused afterwards, while the same user's other session goes on", async () => {
    const { user, sessionId } = await signedInUser();
    const otherDevice = await startSession(user.id, START);
    clockAt(new Date(START.getTime() + 5 * MINUTE));
    expect(await getCurrentUser()).not.toBeNull();
    await revokeSession(sessionId);
    expect(await getCurrentUser()).toBeNull();
    actAs(user, undefined, otherDevice);
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("a session idle for longer than 30 minutes by default ends, and one used within them goes on", async () => {
    await signedInUser();
    clockAt(new Date(START.getTime() + 29 * MINUTE));
    expect(await getCurrentUser()).not.toBeNull();
    // The use at minute 29 moved lastSeenAt, so minute 58 is still within the idle timeout.
    clockAt(new Date(START.getTime() + 58 * MINUTE));
    expect(await getCurrentUser()).not.toBeNull();
    clockAt(new Date(START.getTime() + 89 * MINUTE));
    expect(await getCurrentUser()).toBeNull();
    // Ended stays ended: coming back to it later does not revive it.
    clockAt(new Date(START.getTime() + 90 * MINUTE));
    expect(await getCurrentUser()).toBeNull();
  });

  it("the idle timeout follows SESSION_IDLE_MINUTES", async () => {
    vi.stubEnv("SESSION_IDLE_MINUTES", "5");
    await signedInUser();
    clockAt(new Date(START.getTime() + 4 * MINUTE));
    expect(await getCurrentUser()).not.toBeNull();
    clockAt(new Date(START.getTime() + 10 * MINUTE));
    expect(await getCurrentUser()).toBeNull();
  });

  it("a session in constant use still ends at its absolute lifetime of 10 hours by default", async () => {
    await signedInUser();
    for (let minutes = 20; minutes < 600; minutes += 20) {
      clockAt(new Date(START.getTime() + minutes * MINUTE));
      expect(await getCurrentUser(), `after ${minutes} minutes`).not.toBeNull();
    }
    clockAt(new Date(START.getTime() + 601 * MINUTE));
    expect(await getCurrentUser()).toBeNull();
  });

  it("the absolute lifetime follows SESSION_MAX_HOURS", async () => {
    vi.stubEnv("SESSION_MAX_HOURS", "1");
    await signedInUser();
    clockAt(new Date(START.getTime() + 25 * MINUTE));
    expect(await getCurrentUser()).not.toBeNull();
    clockAt(new Date(START.getTime() + 50 * MINUTE));
    expect(await getCurrentUser()).not.toBeNull();
    clockAt(new Date(START.getTime() + 61 * MINUTE));
    expect(await getCurrentUser()).toBeNull();
  });

  it("last use is written at most once a minute", async () => {
    const { user, sessionId } = await signedInUser();
    const db = await getDb();
    const lastSeen = async () => (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime();
    expect(await touchSession(sessionId, user.id, new Date(START.getTime() + 30_000))).toBe(true);
    expect(await lastSeen()).toBe(START.getTime());
    expect(await touchSession(sessionId, user.id, new Date(START.getTime() + 61_000))).toBe(true);
    expect(await lastSeen()).toBe(START.getTime() + 61_000);
  });

  it("a session is honoured only for the user it was opened for", async () => {
    const { sessionId } = await signedInUser();
    const { province } = await createProvince();
    const other = await createUser({ roles: [{ role: "ADMIN", unitId: province.id }] });
    expect(await touchSession(sessionId, other.id, START)).toBe(false);
    expect(await touchSession("no-such-session", other.id, START)).toBe(false);
  });

  it("signing in clears the user's sessions past their absolute lifetime, and keeps the live ones", async () => {
    const { user, sessionId } = await signedInUser();
    const later = await startSession(user.id, new Date(START.getTime() + 9 * 60 * MINUTE));
    await startSession(user.id, new Date(START.getTime() + 11 * 60 * MINUTE));
    const db = await getDb();
    const ids = (await db.session.findMany({ where: { userId: user.id } })).map((s) => s.id);
    expect(ids).not.toContain(sessionId);
    expect(ids).toContain(later);
    expect(ids).toHaveLength(2);
  });

  it("next-auth's sign-in opens a session named in the token, and its sign-out revokes exactly that one", async () => {
    const { province } = await createProvince();
    const user = await createUser({ roles: [{ role: "ADMIN", unitId: province.id }] });
    const jwt = authOptions.callbacks!.jwt! as unknown as (p: { token: Partial<JWT>; user?: unknown }) => Promise<JWT>;
    const token = await jwt({ token: {}, user: { id: user.id, sessionVersion: 0 } });
    const other = await jwt({ token: {}, user: { id: user.id, sessionVersion: 0 } });
    expect(token.sid).toBeTruthy();
    expect(token.sid).not.toBe(other.sid);
    actAs(user, undefined, token.sid);
    expect(await getCurrentUser()).not.toBeNull();

    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await getCurrentUser()).toBeNull();
    actAs(user, undefined, other.sid);
    expect(await getCurrentUser()).not.toBeNull();
  });
});
