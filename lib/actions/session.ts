"use server";

import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { setActiveRoleCookie } from "@/lib/auth/active-role";
import { setOwnLocale } from "@/lib/dal/account/account";
import { servedOverHttps } from "@/lib/http/security-headers";
import { LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/locales";
import { SetLocaleSchema, SwitchRoleSchema } from "@/lib/validation/account";
import { formAction } from "./server";

const YEAR = 60 * 60 * 24 * 365;

/** The interface language: saved on the account when signed in, on this device always. */
async function setLocale({ locale }: { locale: AppLocale }) {
  if (await getCurrentUser()) await setOwnLocale(locale);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax", secure: servedOverHttps() });
}

/**
 * Makes one of the user's own roles the active one. Someone else's membership id is ignored: the cookie
 * only ever selects among the caller's own roles.
 */
async function switchRole({ membershipId }: { membershipId: string }) {
  const user = await getCurrentUser();
  const membership = user?.memberships.find((m) => m.id === membershipId);
  if (!membership) return;
  await setActiveRoleCookie(membership.id);
}

export const setLocaleAction = formAction(SetLocaleSchema, setLocale, {
  public: true,
  revalidate: { path: "/", type: "layout" },
});

/** Then opens that role's home. */
export const switchRoleAction = formAction(SwitchRoleSchema, switchRole, {
  revalidate: { path: "/", type: "layout" },
  redirect: "/",
});
