export const LOCALES = ["vi", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "vi";
export const LOCALE_COOKIE = "locale";
export { VIETNAM_TIME_ZONE as TIME_ZONE } from "@/lib/domain/quarters";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The Intl locale behind each app locale. English uses British conventions so dates read dd/MM/yyyy too. */
export const INTL_LOCALE: Record<AppLocale, string> = { vi: "vi-VN", en: "en-GB" };
