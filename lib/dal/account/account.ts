import "server-only";
import { requireUser } from "@/lib/auth/session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { DomainError } from "@/lib/domain/errors";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ChangePasswordInput } from "@/lib/validation/account";

/**
 * Changes the caller's own password. Every session of theirs, this one included, ends: they sign in
 * again with the new password, and a session stolen with the old one is worthless.
 */
export async function changeOwnPassword(input: ChangePasswordInput): Promise<void> {
  const user = await requireUser({ allowPasswordChange: true });
  const db = await getDb();
  const record = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!(await verifyPassword(record.passwordHash, input.currentPassword))) throw new DomainError("currentPasswordWrong");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
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
