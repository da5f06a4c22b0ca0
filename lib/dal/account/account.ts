import "server-only";
import { requireUser } from "@/lib/auth/session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  auditRefusal,
  blockedFor,
  limiter,
  RateLimitedError,
  requestAddress,
  spendOrRefuse,
  type Refusal,
} from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/dal/_shared/transition";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { DomainError } from "@/lib/domain/errors";
import { passwordProblems } from "@/lib/domain/password-rule";
import { RATE_LIMITS, retryAfterSeconds } from "@/lib/domain/rate-limits";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ChangePasswordInput } from "@/lib/validation/account";

/**
 * Changes the caller's own password. Every session of theirs, this one included, ends: they sign in
 * again with the new password, and a session stolen with the old one is worthless.
 */
export async function changeOwnPassword(input: ChangePasswordInput): Promise<void> {
  const user = await requireUser({ allowPasswordChange: true });
  const db = await getDb();
  const address = await requestAddress();
  const refusal = (reason: string): Refusal => ({
    action: "user.changePasswordRefused",
    actorId: user.id,
    actorRole: user.active?.role ?? null,
    entityType: "User",
    entityId: user.id,
    data: { reason },
  });
  await spendOrRefuse("passwordChange", address, refusal("rateLimited"));
  // The current-password check is a password guess like a sign-in: five wrong ones lock it for a while.
  const locked = await blockedFor("currentPassword", user.id, db);
  if (locked) {
    await auditRefusal(db, refusal("currentPasswordLocked"), "currentPassword", address);
    throw new RateLimitedError(retryAfterSeconds(locked));
  }
  const record = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!(await verifyPassword(record.passwordHash, input.currentPassword))) {
    const { consumedPoints } = await limiter("currentPassword", db).penalty(user.id);
    await auditRefusal(db, refusal("currentPasswordWrong"), "currentPassword", address);
    if (consumedPoints >= RATE_LIMITS.currentPassword.points) {
      await limiter("currentPassword", db).block(user.id, RATE_LIMITS.currentPassword.blockDuration);
      throw new RateLimitedError(RATE_LIMITS.currentPassword.blockDuration);
    }
    throw new DomainError("currentPasswordWrong");
  }
  await limiter("currentPassword", db).delete(user.id);
  if (
    passwordProblems(input.newPassword, { username: user.username, fullName: user.fullName }).includes("passwordContainsName")
  ) {
    throw new DomainError("passwordContainsName");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await tx.auditEvent.create({
      data: {
        actorId: user.id,
        actorRole: user.active?.role ?? null,
        action: "user.changePassword" satisfies AuditAction,
        entityType: "User",
        entityId: user.id,
      },
    });
  });
}

/** Remembers the user's language on their account, so it follows them to every device. */
export async function setOwnLocale(locale: AppLocale): Promise<void> {
  const user = await requireUser({ allowPasswordChange: true });
  const db = await getDb();
  await db.user.update({ where: { id: user.id }, data: { locale } });
}
