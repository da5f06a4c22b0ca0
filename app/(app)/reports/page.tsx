import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { listQuarterReports, missingReportsByUnit } from "@/lib/dal/reports/quarter-lists";
import { dueQuarter } from "@/lib/domain/quarters";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { hasPermission } from "@/lib/permissions";
import { QuarterFilterSchema } from "@/lib/validation/report";
import { FilterForm } from "@/components/ui/filter-form";
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
  return (
    <>
      <PageHeader title={t("listTitle")} description={t("listIntro", quarter)} />
      <FilterForm
        path="/reports"
        label={t("filters")}
        search={{ q: filter.q, placeholder: ts("taskPlaceholder") }}
        active={!!(filter.q || filter.year || filter.quarter || filter.field || filter.status || filter.unitId)}
        fields={[
          { kind: "number", name: "year", label: t("year"), value: quarter.year, min: 2000, max: 2100 },
          {
            kind: "select",
            name: "quarter",
            label: t("quarterLabel"),
            value: String(quarter.quarter),
            options: [1, 2, 3, 4].map((q) => ({ value: String(q), label: String(q) })),
          },
          {
            kind: "select",
            name: "field",
            label: t("fieldLabel"),
            value: filter.field,
            all: t("all"),
            options: TASK_FIELDS.map((x) => ({ value: x, label: tf(x) })),
          },
          {
            kind: "select",
            name: "status",
            label: t("statusLabel"),
            value: filter.status,
            all: t("all"),
            options: (["NOT_SUBMITTED", "SUBMITTED", "LATE", "RESPONDED"] as const).map((x) => ({
              value: x,
              label: t(`filterStates.${x}`),
            })),
          },
        ]}
        hidden={{ unitId: filter.unitId }}
        keep={{ sort: filter.sort, dir: filter.dir, size: filter.size }}
      />
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
