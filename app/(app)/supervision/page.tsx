import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
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
  const { page, q } = readQuery(SearchPageQuerySchema, await searchParams);
  const [tasks, inbox, t, tc, ts, f] = await Promise.all([
    getSupervisorHome(page, q),
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
      <SearchForm q={q} placeholder={ts("taskPlaceholder")} />
      <Card>
        {tasks.total === 0 ? (
          <EmptyState>{t("nothing")}</EmptyState>
        ) : (
          <>
            <Table caption={t("title")}>
              <thead>
                <tr>
                  <Th>{tc("code")}</Th>
                  <Th>{tc("task")}</Th>
                  <Th>{t("cadre")}</Th>
                  <Th>{tc("endDate")}</Th>
                  <Th>{tc("lastReport")}</Th>
                  <Th />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {tasks.items.map((task) => (
                  <tr key={task.id} data-testid="supervised-task">
                    <Td label={tc("code")} className="whitespace-nowrap font-mono text-xs">
                      {task.code}
                    </Td>
                    <Td label={tc("task")} className="sm:min-w-64">
                      <Link href={`/tasks/${task.id}`} className="font-medium text-brand-700 underline">
                        {task.title}
                      </Link>
                    </Td>
                    <Td label={t("cadre")}>
                      <div>{task.cadreName}</div>
                      <div className="text-xs text-slate-600">{task.unitName}</div>
                    </Td>
                    <Td label={tc("endDate")}>{f.date(task.endDate)}</Td>
                    <Td label={tc("lastReport")} className="whitespace-nowrap">
                      {task.lastReport ? (
                        <span className="flex flex-wrap items-center gap-1">
                          {tc("quarter", { quarter: task.lastReport.quarter, year: task.lastReport.year })}
                          <StatusBadge entity="report" status={task.lastReport.status} />
                          {task.lastReport.isLate && <Badge tone="danger">{tc("late")}</Badge>}
                        </span>
                      ) : (
                        <span className="text-slate-500">{tc("noReport")}</span>
                      )}
                    </Td>
                    <Td>
                      <StatusBadge entity="task" status={task.status} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination
              page={tasks.page}
              pageCount={tasks.pageCount}
              total={tasks.total}
              basePath="/supervision"
              params={{ q }}
            />
          </>
        )}
      </Card>
    </>
  );
}
