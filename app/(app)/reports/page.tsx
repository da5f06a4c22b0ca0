import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { listQuarterReports, missingReportsByUnit } from "@/lib/dal/reports/quarter-lists";
import { dueQuarter } from "@/lib/domain/quarters";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { hasPermission } from "@/lib/permissions";
import { QuarterFilterSchema } from "@/lib/validation/report";
import { SearchInput } from "@/components/search-form";
import { TASK_FIELDS } from "@/lib/validation/registration";
import { readQuery } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("listTitle") };
}

/** The request's time, read once. */
function currentQuarterDue() {
  return dueQuarter(new Date());
}

/** A quarter's reports for those who follow them: supervisors, the standing and organisation committees. */
export default async function QuarterReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const filter = readQuery(QuarterFilterSchema, await searchParams);
  const quarter = filter.year && filter.quarter ? { year: filter.year, quarter: filter.quarter } : currentQuarterDue();
  const committee = hasPermission(user.active?.role, "task:read");
  const [rows, missing, t, ts, tt, tf, f] = await Promise.all([
    orNotFound(listQuarterReports({ ...filter, ...quarter })),
    committee ? missingReportsByUnit(quarter) : Promise.resolve([]),
    getTranslations("reports"),
    getTranslations("search"),
    getTranslations("task"),
    getTranslations("fields"),
    getFormatters(),
  ]);
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <>
      <PageHeader title={t("listTitle")} description={t("listIntro", quarter)} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label={t("filters")}>
        <SearchInput q={filter.q} placeholder={ts("taskPlaceholder")} />
        <label className="text-sm">
          {t("year")}
          <input name="year" type="number" defaultValue={quarter.year} className={`${select} ml-1 w-24`} />
        </label>
        <label className="text-sm">
          {t("quarterLabel")}
          <select name="quarter" defaultValue={quarter.quarter} className={`${select} ml-1`}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("fieldLabel")}
          <select name="field" defaultValue={filter.field ?? ""} className={`${select} ml-1 max-w-56`}>
            <option value="">{t("all")}</option>
            {TASK_FIELDS.map((x) => (
              <option key={x} value={x}>
                {tf(x)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("statusLabel")}
          <select name="status" defaultValue={filter.status ?? ""} className={`${select} ml-1`}>
            <option value="">{t("all")}</option>
            {(["NOT_SUBMITTED", "SUBMITTED", "LATE", "RESPONDED"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`filterStates.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {filter.unitId && <input type="hidden" name="unitId" value={filter.unitId} />}
        <KeepTableParams sort={filter.sort} dir={filter.dir} size={filter.size} />
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      <div className="space-y-6">
        {committee && missing.length > 0 && (
          <Card title={t("missingTitle", quarter)}>
            <DataTable
              caption={t("missingTitle", quarter)}
              columns={[
                { id: "unit", header: t("unit"), phone: "title" },
                { id: "tasks", header: t("tasks"), align: "right" },
                { id: "submitted", header: t("submittedCount"), align: "right" },
                { id: "missing", header: t("missingCount"), align: "right", phone: "figure", className: "font-semibold" },
              ]}
              rows={missing.slice(0, 15).map((u) => ({
                id: u.unitId,
                testId: "missing-unit",
                cells: {
                  unit: (
                    <Link
                      href={`/reports?${new URLSearchParams({ year: String(quarter.year), quarter: String(quarter.quarter), unitId: u.unitId, status: "NOT_SUBMITTED" })}`}
                      className="text-brand-700 underline"
                    >
                      {u.unitName}
                    </Link>
                  ),
                  tasks: f.number(u.tasks),
                  submitted: f.number(u.submitted),
                  missing: f.number(u.missing),
                },
              }))}
            />
          </Card>
        )}
        <Card title={t("reportsOf", quarter)}>
          {rows.total === 0 ? (
            <EmptyState>{t("none")}</EmptyState>
          ) : (
            <DataTable
              caption={t("reportsOf", quarter)}
              sort={rows.sort}
              columns={[
                { id: "task", sortKey: "task", header: tt("title"), className: "sm:min-w-64", phone: "title" },
                { id: "cadre", sortKey: "cadre", header: tt("cadre") },
                { id: "unit", sortKey: "unit", header: t("unit") },
                { id: "status", header: t("statusLabel"), phone: "status" },
                { id: "trend", header: t("trend") },
              ]}
              rows={rows.items.map((r) => ({
                id: r.taskId,
                testId: "quarter-report",
                cells: {
                  task: (
                    <Link
                      href={`/tasks/${r.taskId}/reports/${quarter.year}Q${quarter.quarter}`}
                      className="font-medium text-brand-700 underline"
                    >
                      {r.code} · {r.title}
                    </Link>
                  ),
                  cadre: r.cadreName,
                  unit: r.unitName,
                  status: (
                    <span className="flex flex-wrap gap-1">
                      {r.report ? <StatusBadge entity="report" status={r.report.status} /> : <Badge>{t("notWritten")}</Badge>}
                      {r.late && <Badge tone="danger">{tt("late")}</Badge>}
                    </span>
                  ),
                  trend: (
                    <ul className="space-y-1 text-xs">
                      {r.targets.map((x, i) => (
                        <li key={i}>
                          <span className="text-slate-600">{x.indicator}:</span>{" "}
                          {x.byQuarter.map((v, q) => (v === null ? "–" : `Q${q + 1} ${f.number(v, 4)}`)).join(" · ")} /{" "}
                          {f.number(x.targetValue, 4)} {x.unitOfMeasure}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              }))}
            />
          )}
          <Pagination page={rows.page} pageCount={rows.pageCount} total={rows.total} size={rows.size} />
        </Card>
      </div>
    </>
  );
}
