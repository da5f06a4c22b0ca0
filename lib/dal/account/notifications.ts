import "server-only";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";

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

/** The caller's latest notifications and how many are unread. */
export async function getMyNotifications(): Promise<{ items: NotificationItem[]; unread: number }> {
  const user = await requireUser();
  const db = await getDb();
  const [rows, unread] = await Promise.all([
    db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, take: 50 }),
    db.notification.count({ where: { userId: user.id, readAt: null } }),
  ]);
  return {
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      detail: detailOf(n.params),
      href: n.href,
      createdAt: n.createdAt,
      read: n.readAt !== null,
    })),
    unread,
  };
}

export async function countMyUnread(): Promise<number> {
  const user = await requireUser();
  const db = await getDb();
  return db.notification.count({ where: { userId: user.id, readAt: null } });
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
