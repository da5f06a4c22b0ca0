import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { TaskContentSummary } from "@/components/task-summary";
import { Timeline } from "@/components/timeline";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getTask } from "@/lib/dal/tasks";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("task"))("title") };
}

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  // The data layer authorizes: the cadre their own, the supervisor theirs, the committees their scope.
  const task = await orNotFound(getTask(id));
  const [t, f] = await Promise.all([getTranslations("task"), getFormatters()]);
  const info: [string, React.ReactNode][] = [
    [t("cadre"), `${task.cadre.fullName} · ${task.cadre.positionTitle} · ${task.cadre.unitName}`],
    [t("round"), task.round.name],
    [t("decision"), t("decisionRef", { number: task.decisionNumber, date: f.date(task.decisionDate) })],
    [t("supervisor"), task.supervisorName],
    [t("cooperatingUnits"), task.cooperatingUnits.length ? task.cooperatingUnits.join(", ") : t("none")],
    [t("assignedBy"), `${task.assignedByName} · ${f.date(task.assignedAt)}`],
  ];
  return (
    <>
      <PageHeader title={`${task.code} · ${task.title}`} />
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="task-status">
        <StatusBadge entity="task" status={task.status} />
        <Badge tone="info">{t(`origins.${task.origin}`)}</Badge>
        {task.carriedFrom && (
          <Link href={`/tasks/${task.carriedFrom.id}`} className="text-sm text-brand-700 underline">
            {t("carriedFrom", { code: task.carriedFrom.code })}
          </Link>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {task.adjustmentNote && (
            <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" data-testid="adjustment-note">
              <p className="font-semibold">{t("adjustedTitle")}</p>
              <p className="mt-1 whitespace-pre-line">{task.adjustmentNote}</p>
              {task.proposal && (
                <details className="mt-2">
                  <summary className="cursor-pointer font-medium">{t("proposalSummary")}</summary>
                  <p className="mt-2">
                    <strong>{task.proposal.title}</strong> · {f.date(task.proposal.startDate)} – {f.date(task.proposal.endDate)}
                  </p>
                  <ul className="mt-1 list-inside list-disc">
                    {task.proposal.targets.map((x, i) => (
                      <li key={i}>
                        {x.indicator}: {f.number(x.targetValue, 4)} {x.unitOfMeasure}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          )}
          <Card title={t("content")}>
            <TaskContentSummary task={task} />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t("assignment")}>
            <dl className="space-y-2 text-sm" data-testid="task-assignment">
              {info.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="font-medium text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
            {task.registrationId && (
              <p className="mt-3 text-sm">
                <Link href={`/registrations/${task.registrationId}`} className="text-brand-700 underline">
                  {t("openRegistration")}
                </Link>
              </p>
            )}
          </Card>
          <Timeline events={task.timeline} />
        </div>
      </div>
    </>
  );
}
