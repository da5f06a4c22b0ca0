import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { RATE_LIMITS, retryAfterSeconds } from "@/lib/domain/rate-limits";
import { decideFailure, refuseSignIn, type SignInResult } from "@/lib/domain/sign-in";
import { hashPassword, verifyPassword } from "./password";
import { blockedFor, limiter, sweepExpired } from "./rate-limit";

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

// Checking a password against this hash when no account matches makes an unknown username cost the
// same time as a known one, so response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

export type Authenticated = { id: string; sessionVersion: number };
export type AuthenticationOutcome = { result: SignInResult; user?: Authenticated; retryAfter?: number };

type AccountRow = { id: string; passwordHash: string; active: boolean; sessionVersion: number };

/** The rate-limit keys of an attempt: the pair and the account are keyed by the typed name, known or not. */
function keysOf(username: string, address: string) {
  return { pair: `${username}|${address}`, account: username, address };
}

/** The limiter keys of one account (every pair included), cleared when an administrator resets its password. */
export async function clearSignInLimits(tx: Tx, username: string): Promise<void> {
  const name = normaliseUsername(username);
  await tx.rateLimit.deleteMany({
    where: { OR: [{ key: `signInAccount:${name}` }, { key: { startsWith: `signInPair:${name}|` } }] },
  });
}

/** The administrators to alert when an account is being flooded with guesses. */
async function administrators(tx: Tx): Promise<string[]> {
  const rows = await tx.roleMembership.findMany({
    where: { role: "ADMIN", user: { active: true } },
    select: { userId: true },
    distinct: ["userId"],
  });
  return rows.map((r) => r.userId);
}

/**
 * Checks a username and password under the lockout rule (lib/domain/sign-in.ts) and audits the attempt,
 * refusals included. Failures are counted per (account, address), per account from everywhere and per
 * address across accounts, in the shared database; unknown usernames are counted exactly like real ones,
 * so no reply tells an attacker that an account exists.
 */
export async function authenticate(
  rawUsername: string,
  password: string,
  ip: string | undefined,
): Promise<AuthenticationOutcome> {
  const db = await getDb();
  await sweepExpired(db);
  const username = normaliseUsername(rawUsername).slice(0, 100);
  const address = ip ?? "unknown";
  const keys = keysOf(username, address);
  const fallbackHash = await (dummyHash ??= hashPassword("no-such-account"));

  return db.$transaction(
    async (tx) => {
      // Attempts on one name queue up behind this lock, so a burst of parallel guesses is counted one by
      // one and cannot slip past the lock (it also covers names with no account).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${username}`}))`;
      const now = new Date();
      const [account] = await tx.$queryRaw<AccountRow[]>`
        SELECT id, "passwordHash", active, "sessionVersion" FROM "User" WHERE username = ${username}`;
      const known = account?.active ? account : undefined;
      const audit = (action: AuditAction, data: Record<string, string | number | boolean | null> = {}) =>
        tx.auditEvent.create({
          data: {
            actorId: known?.id ?? null,
            action,
            entityType: "User",
            entityId: known?.id ?? `username:${username}`,
            data: { username, ip: ip ?? null, knownAccount: !!known, ...data },
            at: now,
          },
        });

      const refusal = refuseSignIn({
        address: await blockedFor("signInAddress", keys.address, tx),
        pair: await blockedFor("signInPair", keys.pair, tx),
        account: await blockedFor("signInAccount", keys.account, tx),
      });
      if (refusal) {
        await audit(refusal.result === "rateLimited" ? "signIn.rateLimited" : "signIn.refusedWhileLocked", {
          reason: refusal.reason,
        });
        return { result: refusal.result, retryAfter: retryAfterSeconds(refusal.retryMs) };
      }

      const passwordOk = known
        ? await verifyPassword(known.passwordHash, password)
        : await verifyPassword(fallbackHash, password).then(() => false);
      if (passwordOk && known) {
        await limiter("signInPair", tx).delete(keys.pair);
        await tx.user.update({ where: { id: known.id }, data: { lastLoginAt: now } });
        await audit("signIn.succeeded");
        return { result: "ok", user: { id: known.id, sessionVersion: known.sessionVersion } };
      }

      const counts = {
        pair: (await limiter("signInPair", tx).penalty(keys.pair)).consumedPoints,
        account: (await limiter("signInAccount", tx).penalty(keys.account)).consumedPoints,
        address: (await limiter("signInAddress", tx).penalty(keys.address)).consumedPoints,
      };
      const decision = decideFailure(counts);
      if (decision.lockPair) await limiter("signInPair", tx).block(keys.pair, RATE_LIMITS.signInPair.blockDuration);
      if (decision.blockAddress) {
        await limiter("signInAddress", tx).block(keys.address, RATE_LIMITS.signInAddress.blockDuration);
      }
      if (decision.lockAccount) {
        await limiter("signInAccount", tx).block(keys.account, RATE_LIMITS.signInAccount.blockDuration);
        await audit("signIn.accountLocked", { failures: counts.account });
        if (known) {
          const lockedUntil = new Date(now.getTime() + RATE_LIMITS.signInAccount.blockDuration * 1000);
          // The administrator's pages show this lock; a password reset clears it with the counters.
          await tx.user.update({ where: { id: known.id }, data: { lockedUntil } });
          const admins = await administrators(tx);
          await tx.notification.createMany({
            data: admins.map((userId) => ({
              userId,
              kind: "security.signInFlood",
              params: { username, failures: counts.account },
              href: `/admin/users/${known.id}`,
            })),
          });
        }
      }
      await audit(decision.lockPair ? "signIn.locked" : "signIn.failed", { failures: counts.pair });
      if (decision.result === "invalid") return { result: "invalid" };
      const lock = decision.lockPair ? RATE_LIMITS.signInPair : RATE_LIMITS.signInAccount;
      return { result: "locked", retryAfter: lock.blockDuration };
    },
    // Attempts on one name wait for each other (each holds the lock for one password check).
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/**
 * The gate in front of next-auth's credentials callback: an address over its limit is refused before
 * any password is read, with the time to wait, and the refusal is audited with the name it tried.
 */
export async function signInAddressBlocked(rawUsername: string, ip: string | undefined): Promise<{ retryAfter: number } | null> {
  const db = await getDb();
  const ms = await blockedFor("signInAddress", ip ?? "unknown", db);
  if (ms === 0) return null;
  const username = normaliseUsername(rawUsername).slice(0, 100);
  await db.auditEvent.create({
    data: {
      action: "signIn.rateLimited" satisfies AuditAction,
      entityType: "User",
      entityId: `username:${username}`,
      data: { username, ip: ip ?? null, reason: "address" },
    },
  });
  return { retryAfter: retryAfterSeconds(ms) };
}
