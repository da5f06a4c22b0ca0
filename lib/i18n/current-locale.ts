import "server-only";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type AppLocale } from "./locales";

/** The signed-in user's saved language; before sign-in, the one chosen on this device. */
export async function currentLocale(): Promise<AppLocale> {
  const user = await getCurrentUser();
  if (user) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}
