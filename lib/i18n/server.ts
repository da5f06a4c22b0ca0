import "server-only";
import { getLocale } from "next-intl/server";
import { formatDate, formatDateTime, formatNumber, formatPercent } from "./format";
import { isLocale, DEFAULT_LOCALE, type AppLocale } from "./locales";

/** The date and number formatters of the request's language. */
export async function getFormatters() {
  const raw = await getLocale();
  const locale: AppLocale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  return {
    locale,
    date: (value: Date | string | null | undefined) => formatDate(value, locale),
    dateTime: (value: Date | string | null | undefined) => formatDateTime(value, locale),
    number: (value: number | string | null | undefined, digits?: number) => formatNumber(value, locale, digits),
    /** A 0–100 percentage: "69,2 %" / "69.2%". */
    percent: (value: number | string | null | undefined, digits?: number) => formatPercent(value, locale, digits),
  };
}
