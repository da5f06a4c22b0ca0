import { createTranslator } from "use-intl/core";
import { formatDate, formatNumber, formatPercent, toDateInputValue } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import type { ExportTarget } from "@/lib/dal/read-models/exports";

/**
 * The words and formats of a document in one language. Documents are built outside React, so they take
 * the catalog directly rather than through next-intl's request context.
 */
export function documentLabels(locale: AppLocale) {
  const t = createTranslator({ locale, messages: (locale === "en" ? en : vi) as typeof vi });
  const date = (value: Date | null | undefined) => formatDate(value, locale);
  const number = (value: number | null | undefined) => formatNumber(value, locale, 4);
  return {
    locale,
    t,
    date,
    number,
    percent: (value: number) => formatPercent(value, locale),
    /** The calendar day in Vietnam as a time-zone-free date, which is what a spreadsheet's date cell holds. */
    calendarDay: (value: Date) => new Date(`${toDateInputValue(value)}T00:00:00Z`),
    /** "Tỷ lệ hồ sơ đúng hạn: 80 → 95 % (đến 31/12/2026)" */
    target: (x: ExportTarget) =>
      t(x.baseline === null ? "exports.targetLineNoBaseline" : "exports.targetLine", {
        indicator: x.indicator,
        from: number(x.baseline),
        to: number(x.targetValue),
        unit: x.unitOfMeasure,
        deadline: date(x.deadline),
      }),
  };
}
export type DocumentLabels = ReturnType<typeof documentLabels>;
