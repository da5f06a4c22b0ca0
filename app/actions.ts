"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { setActiveRoleCookie } from "@/lib/auth/active-role";
import { servedOverHttps } from "@/lib/http/security-headers";
import { setOwnLocale } from "@/lib/dal/account";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { SetLocaleSchema } from "@/lib/validation/account";

const YEAR = 60 * 60 * 24 * 365;

/** Switches the interface language: saved on the account when signed in, on this device always. */
export async function setLocaleAction(form: FormData): Promise<void> {
  const parsed = SetLocaleSchema.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return;
  if (await getCurrentUser()) await setOwnLocale(parsed.data.locale);
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: YEAR,
    sameSite: "lax",
    secure: servedOverHttps(),
  });
  revalidatePath("/", "layout");
}

/** Makes one of the user's own roles the active one, then opens that role's home. */
export async function switchRoleAction(form: FormData): Promise<void> {
  const parsed = z.object({ membershipId: z.string().min(1).max(64) }).safeParse({ membershipId: form.get("membershipId") });
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const membership = parsed.success ? user.memberships.find((m) => m.id === parsed.data.membershipId) : undefined;
  // Someone else's membership id is ignored: the cookie only ever selects among the caller's own roles.
  if (!membership) redirect("/");
  await setActiveRoleCookie(membership.id);
  revalidatePath("/", "layout");
  redirect("/");
}
