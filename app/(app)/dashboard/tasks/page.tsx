import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listDashboardTasks } from "@/lib/dal/read-models/dashboard";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { withQuery } from "@/lib/url";
import { DashboardFilterSchema } from "@/lib/validation/dashboard";
import { readQuery } from "@/lib/validation/query";

/** The tasks behind a dashboard number: exactly those it counted. */
export default async function DashboardTasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("dashboard:view");
  const filter = readQuery(DashboardFilterSchema, await searchParams);
  const [tasks, t, th, f] = await Promise.all([
    orNotFound(listDashboardTasks(filter)),
    getTranslations("dashboard"),
    getTranslations("health.states"),
    getFormatters(),
  ]);
  const { page: _page, ...params } = filter;
  return (
    <>
      <PageHeader
        title={filter.health ? t("drillTitleHealth", { health: th(filter.health) }) : t("drillTitle")}
        description={t("drillCount", { count: tasks.total })}
        actions={
          <Link href={withQuery("/dashboard", { ...params, health: undefined })} className="text-sm text-brand-700 underline">
            {t("back")}
          </Link>
        }
      />
      <Card>
        {tasks.total === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <Table caption={t("drillTitle")}>
            <thead>
              <tr>
                <Th>{t("task")}</Th>
                <Th>{t("unit")}</Th>
                <Th>{t("status")}</Th>
                <Th className="text-right">{t("progress")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tasks.items.map((task) => (
                <tr key={task.id} data-testid="drill-task">
                  <Td label={t("task")} className="sm:min-w-64">
                    <Link href={`/tasks/${task.id}`} className="font-medium text-brand-700 underline">
                      {task.code} · {task.title}
                    </Link>
                    <div className="text-xs text-slate-600">{task.cadreName}</div>
                  </Td>
                  <Td label={t("unit")}>{task.unitName}</Td>
                  <Td label={t("status")}>
                    <Badge>{th(task.health)}</Badge>
                  </Td>
                  <Td label={t("progress")} className="text-right tabular-nums">
                    {f.percent(task.progress)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={tasks.page}
          pageCount={tasks.pageCount}
          total={tasks.total}
          basePath="/dashboard/tasks"
          params={Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string"))}
        />
      </Card>
    </>
  );
}
