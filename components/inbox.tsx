import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/lib/i18n/server";

/** One line of the inbox, as the data layer's read model gives it (lib/dal/read-models/inbox.ts). */
export type InboxLine = {
  kind: string;
  count: number;
  href: string;
  due: Date | null;
  overdue: boolean;
  params: Record<string, string | number>;
};

/**
 * "Việc cần xử lý": at the top of every role's home, what awaits the user with its count, most urgent first,
 * each line one click from the page where it is done.
 */
export async function Inbox({ items }: { items: InboxLine[] }) {
  const [t, f] = await Promise.all([getTranslations("inbox"), getFormatters()]);
  return (
    <section
      aria-labelledby="inbox-title"
      className="mb-6 rounded-lg border border-brand-600/30 bg-white shadow-sm"
      data-testid="inbox"
    >
      <h2 id="inbox-title" className="border-b border-slate-200 px-4 py-3 text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      {items.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600" data-testid="inbox-empty">
          {t("nothing")}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((item) => (
            <li key={`${item.kind}:${item.href}`}>
              <Link href={item.href} data-testid="inbox-item" data-kind={item.kind} className="inbox-item">
                <span
                  className={`inbox-count ${item.overdue ? "bg-red-700 text-white" : "bg-slate-100 text-slate-800"}`}
                  data-testid="inbox-count"
                >
                  {f.number(item.count)}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="inbox-label">{t(`items.${item.kind}`, item.params)}</span>
                  {item.due && (
                    <span className={`block text-xs ${item.overdue ? "font-semibold text-red-700" : "text-slate-600"}`}>
                      {t(item.overdue ? "overdue" : "due", { date: f.date(item.due) })}
                    </span>
                  )}
                </span>
                <span aria-hidden="true" className="text-slate-400">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
