import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/session";
import type { AuditAction } from "@/lib/domain/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type AuditEntry = {
  /** One of the closed list in lib/domain/audit-actions.ts, each labelled in both catalogs. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
};

/** Writes the audit row inside the caller's transaction, so the change and its record stand or fall together. */
export function audit(tx: Tx, actor: Pick<Actor, "userId" | "role">, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: { actorId: actor.userId, actorRole: actor.role, ...entry },
  });
}

export type TimelineEvent = {
  id: string;
  at: Date;
  actorName: string | null;
  actorRole: Role | null;
  action: string;
  toState: string | null;
  reason: string | null;
};

/** Who did what, when and why to these entities, oldest first: the history pages show. */
export async function readTimeline(db: Tx, entities: Record<string, string[]>): Promise<TimelineEvent[]> {
  const events = await db.auditEvent.findMany({
    where: {
      OR: Object.entries(entities)
        .filter(([, ids]) => ids.length > 0)
        .map(([entityType, ids]) => ({ entityType, entityId: { in: ids } })),
    },
    orderBy: { at: "asc" },
    include: { actor: { select: { fullName: true } } },
    take: 500,
  });
  return events.map((e) => ({
    id: e.id,
    at: e.at,
    actorName: e.actor?.fullName ?? null,
    actorRole: e.actorRole,
    action: e.action,
    toState: e.toState,
    reason: e.reason,
  }));
}
