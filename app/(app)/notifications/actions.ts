"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { markAllMyNotificationsRead, openMyNotification } from "@/lib/dal/notifications";
import { safeNextPath } from "@/lib/navigation";

/** Opens a notification: marks it read, then goes to what it is about. */
export async function openNotificationAction(form: FormData): Promise<void> {
  const id = z.string().min(1).max(64).parse(form.get("id"));
  const href = await openMyNotification(id);
  revalidatePath("/", "layout");
  redirect(safeNextPath(href));
}

export async function markAllReadAction(): Promise<void> {
  await markAllMyNotificationsRead();
  revalidatePath("/", "layout");
}
