import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/table";
import { getMyNotifications } from "@/lib/dal/account/notifications";
import { getFormatters } from "@/lib/i18n/server";
import { markAllReadAction, openNotificationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Every signed-in user has notifications; the data layer returns only the caller's own. */
export default async function NotificationsPage() {
  const [{ items, unread }, t, f] = await Promise.all([getMyNotifications(), getTranslations("notifications"), getFormatters()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("unread", { count: unread })}
        actions={
          unread > 0 ? (
            <form action={markAllReadAction}>
              <Button type="submit" variant="secondary">
                {t("markAll")}
              </Button>
            </form>
          ) : undefined
        }
      />
      <Card>
        {items.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {items.map((n) => (
              <li key={n.id} data-testid="notification">
                <form action={openNotificationAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button
                    type="submit"
                    className={`flex w-full items-start gap-3 px-2 py-3 text-left hover:bg-slate-50 ${n.read ? "text-slate-600" : ""}`}
                  >
                    <span className="min-w-0 flex-1">
                      <span className={`block text-sm ${n.read ? "" : "font-semibold text-slate-900"}`}>
                        {t.has(`kinds.${n.kind}`) ? t(`kinds.${n.kind}`) : t("other")}
                      </span>
                      {n.detail && <span className="block truncate text-sm text-slate-600">{n.detail}</span>}
                      <span className="block text-xs text-slate-500">{f.dateTime(n.createdAt)}</span>
                    </span>
                    {!n.read && <Badge tone="info">{t("new")}</Badge>}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
