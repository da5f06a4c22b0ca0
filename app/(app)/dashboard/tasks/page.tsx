import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
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
  const { page: _page, size: _size, sort: _sort, dir: _dir, ...params } = filter;
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
        <KeepTableParams sort={filter.sort} dir={filter.dir} size={filter.size} />
      </SearchForm>
      <Card>
        {tasks.total === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <DataTable
            caption={t("drillTitle")}
            sort={tasks.sort}
            columns={[
              { id: "task", sortKey: "task", header: t("task"), className: "sm:min-w-64", phone: "title" },
              { id: "unit", sortKey: "unit", header: t("unit") },
              { id: "status", sortKey: "status", header: t("status"), phone: "status" },
              { id: "progress", sortKey: "progress", header: t("progress"), align: "right", phone: "figure" },
              { id: "measured", sortKey: "measured", header: t("measured"), align: "right", firstDir: "desc" },
              { id: "explanations", header: t("explanationsColumn"), align: "right" },
            ]}
            rows={tasks.items.map((task) => ({
              id: task.id,
              testId: "drill-task",
              cells: {
                task: (
                  <>
                    <Link href={`/tasks/${task.id}`} className="font-medium text-brand-700 underline">
                      {task.code} · {task.title}
                    </Link>
                    <div className="text-xs text-slate-600">{task.cadreName}</div>
                  </>
                ),
                unit: task.unitName,
                status: <Badge>{th(task.health)}</Badge>,
                progress: f.percent(task.progress),
                measured: (
                  <span data-testid="drill-measured">{task.measured === null ? "–" : `${f.number(task.measured, 1)} %`}</span>
                ),
                explanations: f.number(task.explanations),
              },
            }))}
          />
        )}
        {tasks.total > 0 && (
          <p className="mt-3 text-xs text-slate-600" data-testid="progress-cap-note">
            {t("progressCapNote")}
          </p>
        )}
        <Pagination page={tasks.page} pageCount={tasks.pageCount} total={tasks.total} size={tasks.size} />
      </Card>
    </>
  );
}
