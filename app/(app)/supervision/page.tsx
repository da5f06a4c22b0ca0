import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
import { requirePagePermission } from "@/lib/auth/session";
import { getSupervisorHome } from "@/lib/dal/read-models/home";
import { Inbox } from "@/components/inbox";
import { getMyInbox } from "@/lib/dal/read-models/inbox";
import { getFormatters } from "@/lib/i18n/server";
import { readQuery, SearchPageQuerySchema } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home.supervisor"))("title") };
}

export default async function SupervisionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("task:supervise");
  const { page, q, ...list } = readQuery(SearchPageQuerySchema, await searchParams);
  const [tasks, inbox, t, tc, ts, f] = await Promise.all([
    getSupervisorHome(page, { q, ...list }),
    getMyInbox(),
    getTranslations("home.supervisor"),
    getTranslations("home.cadre"),
    getTranslations("search"),
    getFormatters(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <Inbox items={inbox} />
      <SearchForm path="/supervision" q={q} placeholder={ts("taskPlaceholder")}>
        <KeepTableParams {...list} />
      </SearchForm>
      <Card>
        {tasks.total === 0 ? (
          <EmptyState>{t("nothing")}</EmptyState>
        ) : (
          <>
            <DataTable
              caption={t("title")}
              sort={tasks.sort}
              columns={[
                { id: "code", sortKey: "task", header: tc("code"), className: "whitespace-nowrap font-mono text-xs" },
                { id: "title", sortKey: "title", header: tc("task"), className: "sm:min-w-64", phone: "title" },
                { id: "cadre", sortKey: "cadre", header: t("cadre") },
                { id: "endDate", sortKey: "endDate", header: tc("endDate"), firstDir: "desc" },
                { id: "lastReport", header: tc("lastReport"), className: "whitespace-nowrap", phone: "figure" },
                { id: "status", sortKey: "status", header: t("status"), phone: "status" },
              ]}
              rows={tasks.items.map((task) => ({
                id: task.id,
                testId: "supervised-task",
                cells: {
                  code: task.code,
                  title: (
                    <Link href={`/tasks/${task.id}`} className="font-medium text-brand-700 underline">
                      {task.title}
                    </Link>
                  ),
                  cadre: (
                    <>
                      <div>{task.cadreName}</div>
                      <div className="text-xs text-slate-600">{task.unitName}</div>
                    </>
                  ),
                  endDate: f.date(task.endDate),
                  lastReport: task.lastReport ? (
                    <span className="flex flex-wrap items-center justify-end gap-1 sm:justify-start">
                      {tc("quarter", { quarter: task.lastReport.quarter, year: task.lastReport.year })}
                      <StatusBadge entity="report" status={task.lastReport.status} />
                      {task.lastReport.isLate && <Badge tone="danger">{tc("late")}</Badge>}
                    </span>
                  ) : (
                    <span className="text-slate-500">{tc("noReport")}</span>
                  ),
                  status: <StatusBadge entity="task" status={task.status} />,
                },
              }))}
            />
            <Pagination page={tasks.page} pageCount={tasks.pageCount} total={tasks.total} size={tasks.size} />
          </>
        )}
      </Card>
    </>
  );
}
