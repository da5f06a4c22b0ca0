import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { SearchInput } from "@/components/search-form";
import { Button, buttonClass, LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState, KeepTableParams } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { getCycle, listCycleEvaluations, listMissingFromCycle } from "@/lib/dal/evaluations/cycles";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { hasPermission } from "@/lib/permissions";
import { EVALUATION_STATUSES } from "@/lib/validation/kinds";
import { CycleEvaluationQuerySchema, readQuery } from "@/lib/validation/query";
import { AddToCycleForm } from "../../_components/evaluation-forms";

export default async function CyclePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const query = readQuery(CycleEvaluationQuerySchema, await searchParams);
  const [cycle, evaluations] = await Promise.all([orNotFound(getCycle(id)), orNotFound(listCycleEvaluations(id, query))]);
  // Only the committee that opened the cycle adds to it; the standing committee sees the cycle without this.
  const missing =
    cycle.open && hasPermission(user.active?.role, "evaluation:manage") && user.active?.unitId === cycle.assigningBodyId
      ? await listMissingFromCycle(cycle.id)
      : null;
  const [t, tr, te, ts, tc, f] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("ratings"),
    getTranslations("exports"),
    getTranslations("status.evaluation"),
    getTranslations("common"),
    getFormatters(),
  ]);
  const select = "rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm";
  return (
    <>
      <PageHeader
        title={`${
          cycle.kind === "QUARTER"
            ? t("quarterN", { quarter: cycle.quarter, year: cycle.year })
            : cycle.kind === "TERM"
              ? t("termOf", { year: cycle.year })
              : t("yearN", { year: cycle.year })
        } · ${cycle.roundName}`}
        description={[
          cycle.councilRequired
            ? `${t("council")}: ${cycle.members.join(", ")} · ${cycle.criteria.map((c) => `${c.name} ${f.percent(c.weight)}`).join(", ")}`
            : t("noCouncil"),
          cycle.dueDate ? t("dueShown", { date: f.date(cycle.dueDate) }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <>
            {hasPermission(user.active?.role, "export:download") && (
              <a href={`/api/exports/ratings/${cycle.id}`} download className={buttonClass("secondary")}>
                {te("ratingSummary", { year: cycle.year })}
              </a>
            )}
            {hasPermission(user.active?.role, "evaluation:manage") && cycle.kind === "YEAR" && (
              <LinkButton href={`/evaluations/carry-over?roundId=${cycle.roundId}&year=${cycle.year}`} variant="secondary">
                {t("carryTitle")}
              </LinkButton>
            )}
          </>
        }
      />
      <Card>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label={tc("filter")}>
          <SearchInput q={query.q} placeholder={t("searchCadre")} />
          <label className="text-sm">
            <span className="block text-xs font-medium text-slate-600">{t("status")}</span>
            <select name="status" defaultValue={query.status ?? ""} className={select} data-testid="cycle-status-filter">
              <option value="">
                {tc("all")} ({f.number(cycle.total)})
              </option>
              {EVALUATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ts(s)} ({f.number(cycle.counts[s] ?? 0)})
                </option>
              ))}
            </select>
          </label>
          <KeepTableParams sort={query.sort} dir={query.dir} size={query.size} />
          <Button type="submit" variant="secondary">
            {tc("filter")}
          </Button>
        </form>
        {evaluations.total === 0 ? (
          <EmptyState>{tc("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("cadres")}
            sort={evaluations.sort}
            testId="cycle-evaluations"
            columns={[
              { id: "cadre", sortKey: "name", header: t("cadre"), className: "sm:min-w-56", phone: "title" },
              { id: "status", sortKey: "status", header: t("status"), phone: "status" },
              { id: "scoredBy", header: t("scoredBy"), align: "right" },
              { id: "aggregate", sortKey: "score", header: t("aggregate"), align: "right", firstDir: "desc", phone: "figure" },
              { id: "proposed", header: t("proposed") },
              { id: "final", header: t("finalRating") },
              { id: "unit", sortKey: "unit", header: t("unit"), className: "sm:min-w-48" },
            ]}
            rows={evaluations.items.map((e) => ({
              id: e.id,
              testId: "cycle-evaluation",
              cells: {
                cadre: (
                  <Link href={`/evaluations/${e.id}`} className="font-medium text-brand-700 underline">
                    {e.cadreName}
                  </Link>
                ),
                status: <StatusBadge entity="evaluation" status={e.status} />,
                scoredBy: f.number(e.scoredBy),
                aggregate: e.aggregateScore ? f.number(e.aggregateScore, 2) : "",
                proposed: e.proposedRating ? tr(e.proposedRating) : "",
                final: e.finalRating ? tr(e.finalRating) : "",
                unit: e.unitName,
              },
            }))}
          />
        )}
        <Pagination page={evaluations.page} pageCount={evaluations.pageCount} total={evaluations.total} size={evaluations.size} />
      </Card>
      {missing && (
        <Card title={t("missingTitle")} className="mt-6">
          <p className="mb-3 text-sm text-slate-600">{t("missingIntro")}</p>
          {missing.total === 0 ? (
            <p className="text-sm text-slate-700" data-testid="missing-none">
              {t("missingNone")}
            </p>
          ) : (
            <>
              <DataTable
                caption={t("missingTitle")}
                columns={[
                  { id: "task", header: t("task"), className: "sm:min-w-64" },
                  { id: "cadre", header: t("cadre") },
                  { id: "reason", header: t("missingReason") },
                  { id: "add", header: t("addTask"), srOnlyHeader: true },
                ]}
                rows={missing.items.map((task) => ({
                  id: task.id,
                  testId: "missing-task",
                  cells: {
                    task: (
                      <Link href={`/tasks/${task.id}`} className="text-brand-700 underline">
                        {task.code} · {task.title}
                      </Link>
                    ),
                    cadre: (
                      <>
                        {task.cadreName}
                        <div className="text-xs text-slate-600">{task.unitName}</div>
                      </>
                    ),
                    reason: task.evaluation ? t("missingNotAssessed") : t("missingNoEvaluation"),
                    add: (
                      <AddToCycleForm
                        cycleId={cycle.id}
                        taskId={task.id}
                        label={task.evaluation ? t("addTask") : t("addCadre")}
                      />
                    ),
                  },
                }))}
              />
              {missing.total > missing.items.length && (
                <p className="mt-2 text-sm text-slate-600">
                  {t("missingMore", { shown: missing.items.length, total: missing.total })}
                </p>
              )}
            </>
          )}
        </Card>
      )}
    </>
  );
}
