import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { getMyNotifications } from "@/lib/dal/account/notifications";
import { getFormatters } from "@/lib/i18n/server";
import { NotificationQuerySchema, readQuery } from "@/lib/validation/query";
import { markAllReadAction, openNotificationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Every signed-in user has notifications; the data layer returns only the caller's own, a page at a time. */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = readQuery(NotificationQuerySchema, await searchParams);
  const [list, t, tc, f] = await Promise.all([
    getMyNotifications(query),
    getTranslations("notifications"),
    getTranslations("common"),
    getFormatters(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("unread", { count: list.unread })}
        actions={
          list.unread > 0 ? (
            <form action={markAllReadAction}>
              <Button type="submit" variant="secondary">
                {t("markAll")}
              </Button>
            </form>
          ) : undefined
        }
      />
      <Card>
        <FilterForm
          path="/notifications"
          label={tc("filter")}
          fields={[
            {
              kind: "select",
              name: "show",
              label: t("show"),
              value: query.show,
              all: tc("all"),
              options: [{ value: "unread", label: t("onlyUnread") }],
            },
          ]}
          keep={{ sort: query.sort, dir: query.dir, size: query.size }}
        />
        {list.total === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            testId="notifications-table"
            sort={list.sort}
            columns={[
              { id: "kind", sortKey: "kind", header: t("what"), className: "sm:min-w-72", phone: "title" },
              { id: "read", sortKey: "read", header: t("state"), phone: "status" },
              { id: "date", sortKey: "date", firstDir: "desc", header: t("when"), phone: "figure" },
            ]}
            rows={list.items.map((n) => ({
              id: n.id,
              testId: "notification",
              cells: {
                kind: (
                  <form action={openNotificationAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <button
                      type="submit"
                      className={`block text-left text-brand-700 underline hover:text-brand-800 ${n.read ? "" : "font-semibold"}`}
                    >
                      {t.has(`kinds.${n.kind}`) ? t(`kinds.${n.kind}`) : t("other")}
                    </button>
                    {n.detail && <span className="block text-sm text-slate-600">{n.detail}</span>}
                  </form>
                ),
                read: n.read ? (
                  <span className="text-sm text-slate-600">{t("read")}</span>
                ) : (
                  <Badge tone="info">{t("new")}</Badge>
                ),
                date: <span className="whitespace-nowrap">{f.dateTime(n.createdAt)}</span>,
              },
            }))}
          />
        )}
        <Pagination page={list.page} pageCount={list.pageCount} total={list.total} size={list.size} />
      </Card>
    </>
  );
}
