import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
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
  const [tasks, t, th, f, ts] = await Promise.all([
    orNotFound(listDashboardTasks(filter)),
    getTranslations("dashboard"),
    getTranslations("health.states"),
    getFormatters(),
    getTranslations("search"),
  ]);
  const { page: _page, ...params } = filter;
  return (
    <>
      <PageHeader
        title={filter.health ? t("drillTitleHealth", { health: th(filter.health) }) : t("drillTitle")}
        description={t("drillCount", { count: tasks.total })}
        actions={
          <Link
            href={withQuery("/dashboard", { ...params, health: undefined, q: undefined })}
            className="text-sm text-brand-700 underline"
          >
            {t("back")}
          </Link>
        }
      />
      <SearchForm q={filter.q} placeholder={ts("taskPlaceholder")}>
        {(["roundId", "unitId", "field", "health"] as const).map((key) =>
          filter[key] ? <input key={key} type="hidden" name={key} value={filter[key]} /> : null,
        )}
      </SearchForm>
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
                <Th className="text-right">{t("measured")}</Th>
                <Th className="text-right">{t("explanationsColumn")}</Th>
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
                  <Td label={t("measured")} className="text-right tabular-nums">
                    <span data-testid="drill-measured">{task.measured === null ? "–" : `${f.number(task.measured, 1)} %`}</span>
                  </Td>
                  <Td label={t("explanationsColumn")} className="text-right tabular-nums">
                    {f.number(task.explanations)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {tasks.total > 0 && (
          <p className="mt-3 text-xs text-slate-600" data-testid="progress-cap-note">
            {t("progressCapNote")}
          </p>
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
