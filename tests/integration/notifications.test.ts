import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  countMyUnread,
  getMyNotifications,
  markAllMyNotificationsRead,
  openMyNotification,
} from "@/lib/dal/account/notifications";
import { NotFoundError } from "@/lib/domain/errors";
import * as f from "@/tests/factories";
import { actAs } from "@/tests/setup/session";

describe("notifications", () => {
  it("each user reads and opens only their own; opening marks it read", async () => {
    const { province } = await f.createProvince();
    const me = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
    const someoneElse = await f.createUser({ roles: [{ role: "SUPERVISOR", unitId: province.id }] });
    const db = await getDb();
    const mine = await db.notification.create({
      data: { userId: me.id, kind: "registration.returned", params: { roundName: "Năm 2027" }, href: "/registrations/x" },
    });
    await db.notification.create({ data: { userId: me.id, kind: "task.supervise", params: {}, href: "/supervision" } });
    const theirs = await db.notification.create({
      data: { userId: someoneElse.id, kind: "task.supervise", params: {}, href: "/supervision" },
    });
    actAs(me);
    const { items, unread } = await getMyNotifications();
    expect(unread).toBe(2);
    expect(items.map((n) => n.id)).not.toContain(theirs.id);
    expect(items.find((n) => n.id === mine.id)?.detail).toBe("Năm 2027");
    expect(await openMyNotification(mine.id)).toBe("/registrations/x");
    expect(await countMyUnread()).toBe(1);
    await expect(openMyNotification(theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await markAllMyNotificationsRead();
    expect(await countMyUnread()).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });
});
