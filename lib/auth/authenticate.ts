import "server-only";
import { getDb } from "@/lib/db/client";
import { decideSignIn, type LockState, type SignInResult } from "@/lib/domain/sign-in";
import { hashPassword, verifyPassword } from "./password";

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

// Checking a password against this hash when no account matches makes an unknown username cost the
// same time as a known one, so response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

export type Authenticated = { id: string; sessionVersion: number };

/**
 * Checks a username and password under the lockout rule and audits the attempt. Unknown usernames are
 * counted and locked exactly like real ones, so no reply tells an attacker that an account exists.
 */
export async function authenticate(
  rawUsername: string,
  password: string,
  ip: string | undefined,
): Promise<{ result: SignInResult; user?: Authenticated }> {
  const db = await getDb();
  const username = normaliseUsername(rawUsername).slice(0, 100);
  const now = new Date();
  const user = await db.user.findUnique({ where: { username } });
  const account = user?.active ? user : null;

  const state: LockState = account
    ? { failedAttempts: account.failedAttempts, lockedUntil: account.lockedUntil }
    : ((await db.signInThrottle.findUnique({ where: { username } })) ?? { failedAttempts: 0, lockedUntil: null });
  const locked = !!state.lockedUntil && state.lockedUntil > now;
  const passwordOk = locked
    ? false
    : account
      ? await verifyPassword(account.passwordHash, password)
      : await verifyPassword(await (dummyHash ??= hashPassword("no-such-account")), password).then(() => false);
  const { result, next } = decideSignIn(state, passwordOk, now);

  await db.$transaction(async (tx) => {
    if (account) {
      await tx.user.update({
        where: { id: account.id },
        data: { ...next, ...(result === "ok" ? { lastLoginAt: now } : {}) },
      });
    } else {
      await tx.signInThrottle.upsert({ where: { username }, create: { username, ...next }, update: next });
    }
    await tx.auditEvent.create({
      data: {
        actorId: account?.id ?? null,
        action: result === "ok" ? "signIn.succeeded" : locked ? "signIn.refusedWhileLocked" : result === "locked" ? "signIn.locked" : "signIn.failed",
        entityType: "User",
        entityId: account?.id ?? `username:${username}`,
        data: { username, ip: ip ?? null, knownAccount: !!account },
        at: now,
      },
    });
  });

  return result === "ok" && account ? { result, user: { id: account.id, sessionVersion: account.sessionVersion } } : { result };
}
