import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listEvaluationCycles } from "@/lib/dal/evaluations/cycles";
import { listMyEvaluations } from "@/lib/dal/evaluations/record";
import { getFormatters } from "@/lib/i18n/server";
import { hasPermission } from "@/lib/permissions";
import { readQuery, TableQuerySchema } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("title") };
}

/** Year-end evaluations: the committees' cycles; a cadre's own record of years and ratings. */
export default async function EvaluationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const role = user.active?.role;
  const [t, tr, ts, f] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("ratings"),
    getTranslations("status.evaluation"),
    getFormatters(),
  ]);
  if (hasPermission(role, "evaluation:self") && user.cadreId) {
    const mine = await listMyEvaluations();
    return (
      <>
        <PageHeader
          title={t("myTitle")}
          actions={
            <LinkButton href={`/cadres/${user.cadreId}/record`} variant="secondary">
              {t("record")}
            </LinkButton>
          }
        />
        <Card>
          {mine.length === 0 ? (
            <EmptyState>{t("none")}</EmptyState>
          ) : (
            <DataTable
              caption={t("myTitle")}
              columns={[
                { id: "cycle", header: t("cycle"), phone: "title" },
                { id: "status", header: t("status"), phone: "status" },
                { id: "final", header: t("finalRating"), phone: "figure" },
              ]}
              rows={mine.map((e) => ({
                id: e.id,
                testId: "my-evaluation",
                cells: {
                  cycle: (
                    <Link href={`/evaluations/${e.id}`} className="font-medium text-brand-700 underline">
                      {e.kind === "QUARTER"
                        ? t("quarterN", { quarter: e.quarter, year: e.year })
                        : e.kind === "TERM"
                          ? t("termOf", { year: e.year })
                          : t("yearN", { year: e.year })}{" "}
                      · {e.roundName}
                    </Link>
                  ),
                  status: <StatusBadge entity="evaluation" status={e.status} />,
                  final: e.finalRating ? tr(e.finalRating) : "",
                },
              }))}
            />
          )}
        </Card>
      </>
    );
  }
  if (!hasPermission(role, "evaluation:manage") && !hasPermission(role, "evaluation:decide")) forbidden();
  const cycles = await listEvaluationCycles(readQuery(TableQuerySchema, await searchParams));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          hasPermission(role, "evaluation:manage") ? <LinkButton href="/evaluations/new">{t("openTitle")}</LinkButton> : undefined
        }
      />
      <Card>
        {cycles.total === 0 ? (
          <EmptyState>{t("noCycles")}</EmptyState>
        ) : (
          <DataTable
            caption={t("title")}
            sort={cycles.sort}
            columns={[
              { id: "cycle", sortKey: "period", header: t("cycle"), firstDir: "desc", className: "sm:min-w-64", phone: "title" },
              { id: "round", sortKey: "round", header: t("round") },
              { id: "cadres", header: t("cadres"), align: "right", phone: "figure" },
              { id: "progress", header: t("progress") },
              { id: "due", sortKey: "due", header: t("dueDate"), firstDir: "desc", className: "whitespace-nowrap" },
            ]}
            rows={cycles.items.map((c) => ({
              id: c.id,
              testId: "cycle-row",
              cells: {
                cycle: (
                  <>
                    <Link href={`/evaluations/cycles/${c.id}`} className="font-medium text-brand-700 underline">
                      {c.kind === "QUARTER"
                        ? t("quarterN", { quarter: c.quarter, year: c.year })
                        : c.kind === "TERM"
                          ? t("termOf", { year: c.year })
                          : t("yearN", { year: c.year })}
                    </Link>
                    {!c.councilRequired && <div className="text-xs text-slate-600">{t("noCouncil")}</div>}
                  </>
                ),
                round: c.roundName,
                cadres: f.number(c.total),
                progress: (
                  <span className="text-sm">
                    {Object.entries(c.counts)
                      .map(([status, n]) => `${ts(status)}: ${f.number(n)}`)
                      .join(" · ")}
                  </span>
                ),
                due: c.dueDate ? f.date(c.dueDate) : "",
              },
            }))}
          />
        )}
        <Pagination page={cycles.page} pageCount={cycles.pageCount} total={cycles.total} size={cycles.size} />
      </Card>
    </>
  );
}
