import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/domain/notification-kinds";
import type { Role } from "@/lib/domain/roles";

/** Tells users something awaits them; `kind` and `params` are translated when the notification is shown. */
export async function notify(tx: Tx, userIds: string[], kind: NotificationKind, params: Prisma.InputJsonValue, href: string) {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, kind, params, href })) });
}

/** The active users holding a role at exactly this unit (e.g. the organisation committee of an assigning body). */
export async function usersWithRoleAt(tx: Tx, role: Role, unitId: string): Promise<string[]> {
  const memberships = await tx.roleMembership.findMany({
    where: { role, unitId, user: { active: true } },
    select: { userId: true },
  });
  return memberships.map((m) => m.userId);
}
