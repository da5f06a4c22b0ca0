import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/table";
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
  const [t, tr, tt] = await Promise.all([getTranslations("evaluations"), getTranslations("ratings"), getTranslations("task")]);
  return (
    <>
      <PageHeader
        title={t("recordOf", { name: record.cadre.fullName })}
        description={`${record.cadre.positionTitle} · ${record.cadre.unitName}`}
      />
      {record.years.length === 0 && <EmptyState>{t("none")}</EmptyState>}
      <div className="space-y-6">
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
