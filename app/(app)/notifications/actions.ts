"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { markAllMyNotificationsRead, openMyNotification } from "@/lib/dal/notifications";
import { safeNextPath } from "@/lib/navigation";
import { orNotFound } from "@/lib/page-helpers";

/** Opens a notification: marks it read, then goes to what it is about. */
export async function openNotificationAction(form: FormData): Promise<void> {
  // Someone else's notification, or no id at all, is the ordinary not-found page, never a 500.
  const id = z.string().min(1).max(64).safeParse(form.get("id"));
  if (!id.success) notFound();
  const href = await orNotFound(openMyNotification(id.data));
  revalidatePath("/", "layout");
  redirect(safeNextPath(href));
}

export async function markAllReadAction(): Promise<void> {
  await markAllMyNotificationsRead();
  revalidatePath("/", "layout");
}
