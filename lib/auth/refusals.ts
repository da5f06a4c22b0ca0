import "server-only";
import { getDb } from "@/lib/db/client";
import type { AuditAction } from "@/lib/domain/audit-actions";
import type { Role } from "@/lib/domain/roles";
import { log } from "@/lib/log";

export type RefusalAction = Extract<AuditAction, "authorization.refused" | "action.refused">;

/**
 * Records a refusal in the audit trail: who (when known, in which role), what was refused and why. It stands
 * alone, outside any transaction, because nothing else is written; a failure to record it is logged and never
 * stands in the way of the refusal itself.
 */
export async function recordRefusal(
  who: { userId: string; role: Role | null } | null,
  action: RefusalAction,
  what: { entityType: string; entityId: string },
  reason: string,
  data?: Record<string, string | string[]>,
): Promise<void> {
  try {
    const db = await getDb();
    await db.auditEvent.create({
      data: { actorId: who?.userId ?? null, actorRole: who?.role ?? null, action, ...what, reason, data },
    });
  } catch (err) {
    log.warn({ err, action, ...what }, "could not record a refusal");
  }
}
