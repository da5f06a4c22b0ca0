import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { getCadreRecord } from "@/lib/dal/evaluations/record";
import { orNotFound } from "@/lib/page-helpers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations"))("recordTitle") };
}

/** A cadre's whole term on one page: each year's tasks and the rating decided for it. */
export default async function CadreRecordPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const record = await orNotFound(getCadreRecord(id));
  const [t, tr, tt, ts] = await Promise.all([
    getTranslations("evaluations"),
    getTranslations("ratings"),
    getTranslations("task"),
    getTranslations("status.evaluation"),
  ]);
  return (
    <>
      <PageHeader
        title={t("recordOf", { name: record.cadre.fullName })}
        description={`${record.cadre.positionTitle} · ${record.cadre.unitName}`}
      />
      {record.years.length === 0 && record.terms.length === 0 && <EmptyState>{t("none")}</EmptyState>}
      <div className="space-y-6">
        {record.terms.length > 0 && (
          <Card title={t("recordTerms")}>
            <ul className="space-y-2 text-sm">
              {record.terms.map((term) => (
                <li key={term.evaluationId} className="flex flex-wrap items-center gap-2" data-testid="record-term">
                  <Link href={`/evaluations/${term.evaluationId}`} className="text-brand-700 underline">
                    {t("termN", { start: term.startYear, end: term.year })} · {term.roundName}
                  </Link>
                  {term.finalRating ? <Badge tone="success">{tr(term.finalRating)}</Badge> : <Badge>{ts(term.status)}</Badge>}
                </li>
              ))}
            </ul>
          </Card>
        )}
        {record.years.map((y) => (
          <Card
            key={y.year}
            title={t("yearN", { year: y.year })}
            actions={
              y.rating ? (
                <Link href={`/evaluations/${y.rating.evaluationId}`} data-testid="year-rating">
                  <Badge tone="success">{tr(y.rating.value)}</Badge>
                </Link>
              ) : (
                <Badge>{t("notDecided")}</Badge>
              )
            }
          >
            {y.quarters.length > 0 && (
              <div className="mb-4">
                <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("recordQuarters")}</h3>
                <ul className="grid gap-2 sm:grid-cols-4">
                  {y.quarters.map((q) => (
                    <li
                      key={q.evaluationId}
                      className="rounded-md border border-slate-200 p-2 text-sm"
                      data-testid="record-quarter"
                    >
                      <Link href={`/evaluations/${q.evaluationId}`} className="font-medium text-brand-700 underline">
                        {t("quarterN", { quarter: q.quarter, year: q.year })}
                      </Link>
                      <div className="mt-1">
                        {q.finalRating ? <Badge tone="success">{tr(q.finalRating)}</Badge> : <Badge>{ts(q.status)}</Badge>}
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <ul className="space-y-2 text-sm">
              {y.tasks.map((task) => (
                <li key={task.id} className="flex flex-wrap items-center gap-2" data-testid="record-task">
                  <Link href={`/tasks/${task.id}`} className="text-brand-700 underline">
                    {task.code} · {task.title}
                  </Link>
                  <StatusBadge entity="task" status={task.status} />
                  {task.carriedFromCode && (
                    <span className="text-xs text-slate-600">{tt("carriedFrom", { code: task.carriedFromCode })}</span>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
