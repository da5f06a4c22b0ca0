import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HealthStateBadge, ProgressBar } from "@/components/progress";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { getPublicTask } from "@/lib/dal/read-models/publication";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { TargetResults } from "../../_components/target-results";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("title") };
}

/** One task of a published round, as its row in the list shows it; a phone's compact row opens it. */
export default async function PublicTaskPage({ params }: { params: Promise<{ id: string; code: string }> }) {
  const { id, code } = await params;
  const [{ round, task }, t, tf, ts, f] = await Promise.all([
    orNotFound(getPublicTask(id, decodeURIComponent(code))),
    getTranslations("transparency"),
    getTranslations("fields"),
    getTranslations("status.task"),
    getFormatters(),
  ]);
  const item = (label: string, value: React.ReactNode) => (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{value}</dd>
    </div>
  );
  return (
    <>
      <PageHeader title={task.title} description={`${task.code} · ${round.name}`} />
      <nav className="mb-4" aria-label={t("views")}>
        <Link href={`/transparency/${round.id}`} className="text-sm text-brand-700 underline">
          {t("backToRound")}
        </Link>
      </nav>
      <Card>
        <dl className="divide-y divide-slate-100" data-testid="public-task-detail">
          {item(t("cadre"), `${task.cadreName}, ${task.positionTitle}`)}
          {item(t("unit"), task.unitName)}
          {item(t("field"), tf(task.field))}
          {item(t("decisionColumn"), task.decisionNumber)}
          {item(t("period"), `${f.date(task.startDate)} – ${f.date(task.endDate)}`)}
          {item(
            t("status"),
            <span className="flex flex-wrap items-center gap-2">
              {task.health ? <HealthStateBadge health={task.health} /> : <Badge>{ts(task.status)}</Badge>}
              {task.health && task.status !== "ASSIGNED" && <span className="text-xs text-slate-600">{ts(task.status)}</span>}
            </span>,
          )}
          {item(t("progress"), <ProgressBar percent={task.progress} reached={task.health === "COMPLETED"} />)}
          {item(t("results"), <TargetResults targets={task.targets} />)}
        </dl>
      </Card>
    </>
  );
}
