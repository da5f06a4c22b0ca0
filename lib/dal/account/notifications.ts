import "server-only";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { pageArgs, sortOrder, toPage, type ListParams, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";

export type NotificationItem = { id: string; kind: string; detail: string | null; href: string; createdAt: Date; read: boolean };

/** The detail shown under a notification's label: the task, round or person it is about. */
function detailOf(params: unknown): string | null {
  if (!params || typeof params !== "object") return null;
  const p = params as Record<string, unknown>;
  for (const key of ["taskTitle", "roundName", "cadreName", "taskCode", "username"]) {
    if (typeof p[key] === "string" && p[key]) return p[key] as string;
  }
  return null;
}

const NOTIFICATION_SORTS: SortWhitelist<Prisma.NotificationOrderByWithRelationInput[]> = {
  date: { order: (d) => [{ createdAt: d }, { id: d }], firstDir: "desc" },
  kind: { order: (d) => [{ kind: d }, { createdAt: "desc" }, { id: "desc" }] },
  // Unread first when ascending: a null `readAt` sorts first.
  read: { order: (d) => [{ readAt: { sort: d, nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }] },
};

/**
 * The caller's notifications a page at a time, newest first (or as sorted, through the whitelist), optionally
 * only the unread ones, and how many are unread. Only the caller's own: nobody else's can be listed.
 */
export async function getMyNotifications(
  query: ListParams & { show?: "unread" } = { page: 1 },
): Promise<SortedPage<NotificationItem> & { unread: number }> {
  const user = await requireUser();
  const db = await getDb();
  const where: Prisma.NotificationWhereInput = { userId: user.id, ...(query.show === "unread" ? { readAt: null } : {}) };
  const { orderBy, applied } = sortOrder(NOTIFICATION_SORTS, query, { key: "date", dir: "desc" });
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({ where, orderBy, ...pageArgs(query.page, query.size) }),
    db.notification.count({ where }),
    db.notification.count({ where: { userId: user.id, readAt: null } }),
  ]);
  const page = toPage(
    rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      detail: detailOf(n.params),
      href: n.href,
      createdAt: n.createdAt,
      read: n.readAt !== null,
    })),
    total,
    query.page,
    query.size,
  );
  return { ...page, sort: applied, unread };
}

/** The header's unread count: read with the session itself (lib/auth/session.ts), no query of its own. */
export async function countMyUnread(): Promise<number> {
  return (await requireUser()).unreadNotifications;
}

/** Marks one of the caller's notifications read and says where it leads; someone else's reads as not found. */
export async function openMyNotification(id: string): Promise<string> {
  const user = await requireUser();
  const db = await getDb();
  const n = await db.notification.findFirst({ where: { id, userId: user.id } });
  if (!n) throw new NotFoundError();
  if (!n.readAt) await db.notification.update({ where: { id: n.id }, data: { readAt: new Date() } });
  return n.href;
}

export async function markAllMyNotificationsRead(): Promise<void> {
  const user = await requireUser();
  const db = await getDb();
  await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
}
