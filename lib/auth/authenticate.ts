import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { decideSignIn, type LockState, type SignInResult } from "@/lib/domain/sign-in";
import { hashPassword, verifyPassword } from "./password";

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

// Checking a password against this hash when no account matches makes an unknown username cost the
// same time as a known one, so response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

export type Authenticated = { id: string; sessionVersion: number };

type AccountRow = LockState & { id: string; passwordHash: string; active: boolean; sessionVersion: number };

/**
 * The lock state of a username, with its row locked until the transaction ends: parallel attempts on one
 * account queue up, so each failure is counted and a burst of guesses cannot slip past the lockout.
 */
async function lockState(tx: Tx, username: string): Promise<{ account: AccountRow | null; state: LockState }> {
  const [row] = await tx.$queryRaw<AccountRow[]>`
    SELECT id, "passwordHash", active, "sessionVersion", "failedAttempts", "lockedUntil"
    FROM "User" WHERE username = ${username} FOR UPDATE`;
  if (row?.active) return { account: row, state: row };
  await tx.$executeRaw`
    INSERT INTO "SignInThrottle" (username, "failedAttempts", "updatedAt") VALUES (${username}, 0, now())
    ON CONFLICT (username) DO NOTHING`;
  const [throttle] = await tx.$queryRaw<LockState[]>`
    SELECT "failedAttempts", "lockedUntil" FROM "SignInThrottle" WHERE username = ${username} FOR UPDATE`;
  return { account: null, state: throttle ?? { failedAttempts: 0, lockedUntil: null } };
}

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
  const fallbackHash = await (dummyHash ??= hashPassword("no-such-account"));

  return db.$transaction(
    async (tx) => {
      const now = new Date();
      const { account, state } = await lockState(tx, username);
      const locked = !!state.lockedUntil && state.lockedUntil > now;
      const passwordOk = locked
        ? false
        : account
          ? await verifyPassword(account.passwordHash, password)
          : await verifyPassword(fallbackHash, password).then(() => false);
      const { result, next } = decideSignIn(state, passwordOk, now);

      if (account) {
        await tx.user.update({
          where: { id: account.id },
          data: { ...next, ...(result === "ok" ? { lastLoginAt: now } : {}) },
        });
      } else {
        await tx.signInThrottle.update({ where: { username }, data: next });
      }
      await tx.auditEvent.create({
        data: {
          actorId: account?.id ?? null,
          action: (result === "ok"
            ? "signIn.succeeded"
            : locked
              ? "signIn.refusedWhileLocked"
              : result === "locked"
                ? "signIn.locked"
                : "signIn.failed") satisfies AuditAction,
          entityType: "User",
          entityId: account?.id ?? `username:${username}`,
          data: { username, ip: ip ?? null, knownAccount: !!account },
          at: now,
        },
      });
      return result === "ok" && account
        ? { result, user: { id: account.id, sessionVersion: account.sessionVersion } }
        : { result };
    },
    // Attempts on one account wait for each other (each holds the row for one password check).
    { maxWait: 20_000, timeout: 20_000 },
  );
}
