import { createTranslator } from "use-intl/core";
import { formatDate, formatNumber, toDateInputValue } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import type { ExportTarget } from "@/lib/dal/exports";

/**
 * The words and formats of a document in one language. Documents are built outside React, so they take
 * the catalog directly rather than through next-intl's request context.
 */
export function documentLabels(locale: AppLocale) {
  const t = createTranslator({ locale, messages: (locale === "en" ? en : vi) as typeof vi });
  // A spreadsheet of a province's round formats the same few figures and days tens of thousands of times, and
  // each formatting builds its Intl formatter anew (~50 µs): each distinct value is formatted once per document.
  const formatDay = memo(
    (value: Date) => value.getTime(),
    (value) => formatDate(value, locale),
  );
  const formatFigure = memo(
    (value: number) => value,
    (value) => formatNumber(value, locale, 4),
  );
  const date = (value: Date | null | undefined) => (value == null ? "" : formatDay(value));
  const number = (value: number | null | undefined) => (value == null ? "" : formatFigure(value));
  return {
    locale,
    t,
    date,
    number,
    /**
     * The calendar day in Vietnam as a time-zone-free date, which is what a spreadsheet's date cell holds. The
     * day is the same throughout a UTC hour (Vietnam is a whole number of hours ahead), hence the key.
     */
    calendarDay: memo(
      (value: Date) => Math.floor(value.getTime() / 3_600_000),
      (value) => new Date(`${toDateInputValue(value)}T00:00:00Z`),
    ),
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

/** `f`, remembering its result by key for the life of the document's labels. */
function memo<A, K, R>(key: (a: A) => K, f: (a: A) => R): (a: A) => R {
  const seen = new Map<K, R>();
  return (a) => {
    const k = key(a);
    let r = seen.get(k);
    if (r === undefined) seen.set(k, (r = f(a)));
    return r;
  };
}
