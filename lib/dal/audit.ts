import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  action: string;
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
