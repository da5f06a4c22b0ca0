"use server";

import { formAction } from "@/lib/actions/server";
import { markAllMyNotificationsRead, openMyNotification } from "@/lib/dal/account/notifications";
import { safeNextPath } from "@/lib/navigation";
import { MarkAllReadSchema, OpenNotificationSchema } from "@/lib/validation/notification";

/** Opens a notification: marks it read, then goes to what it is about. */
export const openNotificationAction = formAction(OpenNotificationSchema, (input) => openMyNotification(input.id), {
  revalidate: { path: "/", type: "layout" },
  redirect: (_input, href) => safeNextPath(href),
});

export const markAllReadAction = formAction(MarkAllReadSchema, () => markAllMyNotificationsRead(), {
  revalidate: { path: "/", type: "layout" },
});
