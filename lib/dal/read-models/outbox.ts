import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/domain/errors";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { pageArgs, toPage, type Page } from "@/lib/dal/_shared/pagination";

export type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
  attempts: number;
  nextAttemptAt: Date | null;
};

/**
 * The e-mail outbox, newest first, or only its dead letters (mail that failed every attempt,
 * lib/jobs/outbox.ts), with how many there are. It holds mail to anyone in the province, so only an
 * administrator of the top of the tree reads it.
 */
export async function listOutbox(page: number, size?: number, show?: "dead"): Promise<Page<OutboxRow> & { deadCount: number }> {
  const actor = await requirePermission("admin:outbox");
  const db = await getDb();
  if ((await db.unit.count({ where: { id: actor.unitId, parentId: null } })) === 0) throw new ForbiddenError();
  const where = show === "dead" ? { status: "DEAD" as const } : {};
  const [items, total, deadCount] = await Promise.all([
    db.emailOutbox.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageArgs(page, size) }),
    db.emailOutbox.count({ where }),
    db.emailOutbox.count({ where: { status: "DEAD" } }),
  ]);
  return { ...toPage(items, total, page, size), deadCount };
}
