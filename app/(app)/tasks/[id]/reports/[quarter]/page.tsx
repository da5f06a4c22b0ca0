import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { ProgressBar } from "@/components/progress";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getReportPage } from "@/lib/dal/reports/report";
import { targetProgress } from "@/lib/domain/progress";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { ReportForm } from "../../../_components/report-form";
import { RespondReportForm } from "../../../_components/task-forms";
import { readQuery, ReportPathSchema } from "@/lib/validation/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportPage({ params }: { params: Promise<{ id: string; quarter: string }> }) {
  await requireUser();
  const { id, quarter } = readQuery(ReportPathSchema, await params);
  if (!quarter) notFound();
  const page = await orNotFound(getReportPage(id, quarter));
  const [t, tt, f] = await Promise.all([getTranslations("reports"), getTranslations("task"), getFormatters()]);
  const { task, report } = page;
  const editing = page.actions.includes("edit");
  const progressOf = (target: (typeof task.targets)[number], value: string) =>
    targetProgress(
      {
        baseline: target.baseline === null ? null : Number(target.baseline),
        target: Number(target.targetValue),
        direction: target.direction,
      },
      Number(value),
    );

  return (
    <>
      <PageHeader
        title={t("pageTitle", quarter)}
        description={`${task.code} · ${task.title} · ${task.cadreName}`}
        actions={
          <Link href={`/tasks/${task.id}`} className="text-sm text-brand-700 underline">
            {t("backToTask")}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="report-status">
        {report ? <StatusBadge entity="report" status={report.status} /> : <Badge>{t("notWritten")}</Badge>}
        {report?.isLate && <Badge tone="danger">{tt("late")}</Badge>}
        {page.dueDate && <span className="text-sm text-slate-600">{t("due", { date: f.date(page.dueDate) })}</span>}
      </div>
      {page.refusal && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          {t(`refusals.${page.refusal}`)}
        </p>
      )}
      {report?.status === "RETURNED" && report.response && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="returned-reason">
          {t("returnedBecause", { reason: report.response })}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {editing ? (
            <Card title={t("write")}>
              <ReportForm
                taskId={task.id}
                year={quarter.year}
                quarter={quarter.quarter}
                version={report?.version}
                attachedCount={report?.attachments.length ?? 0}
                targets={task.targets.map((x) => ({
                  id: x.id,
                  indicator: x.indicator,
                  unitOfMeasure: x.unitOfMeasure,
                  hint: [
                    t("targetHint", {
                      baseline: x.baseline === null ? "—" : f.number(x.baseline, 4),
                      target: f.number(x.targetValue, 4),
                    }),
                    x.previous
                      ? t("previousHint", {
                          value: f.number(x.previous.actualValue, 4),
                          quarter: x.previous.quarter,
                          year: x.previous.year,
                        })
                      : "",
                  ]
                    .filter(Boolean)
                    .join(" · "),
                }))}
                values={{
                  results: report?.results ?? "",
                  selfProgress: report?.selfProgress?.toString() ?? "",
                  difficulties: report?.difficulties ?? "",
                  proposals: report?.proposals ?? "",
                  actuals: report ? Object.fromEntries(Object.entries(report.actuals).map(([k, v]) => [k, f.number(v, 4)])) : {},
                }}
              />
            </Card>
          ) : report ? (
            <Card title={t("content")}>
              <dl className="space-y-3 text-sm" data-testid="report-content">
                <div>
                  <dt className="text-slate-600">{t("results")}</dt>
                  <dd className="whitespace-pre-line">{report.results}</dd>
                </div>
                {task.targets.map((x) =>
                  report.actuals[x.id] !== undefined ? (
                    <div key={x.id} data-testid="report-actual">
                      <dt className="text-slate-600">{x.indicator}</dt>
                      <dd>
                        {f.number(report.actuals[x.id]!, 4)} {x.unitOfMeasure} / {f.number(x.targetValue, 4)} {x.unitOfMeasure}
                        <ProgressBar {...progressOf(x, report.actuals[x.id]!)} />
                      </dd>
                    </div>
                  ) : null,
                )}
                {report.selfProgress !== null && (
                  <div>
                    <dt className="text-slate-600">{t("selfProgress")}</dt>
                    <dd>{f.percent(report.selfProgress)}</dd>
                  </div>
                )}
                {report.difficulties && (
                  <div>
                    <dt className="text-slate-600">{t("difficulties")}</dt>
                    <dd className="whitespace-pre-line">{report.difficulties}</dd>
                  </div>
                )}
                {report.proposals && (
                  <div>
                    <dt className="text-slate-600">{t("proposals")}</dt>
                    <dd className="whitespace-pre-line">{report.proposals}</dd>
                  </div>
                )}
              </dl>
            </Card>
          ) : (
            <Card>
              <p className="text-sm text-slate-600">{t("notWritten")}</p>
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {report && report.attachments.length > 0 && (
            <Card title={t("evidence")}>
              <ul className="space-y-1 text-sm">
                {report.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/api/attachments/${a.id}`} className="text-brand-700 underline" data-testid="evidence-link">
                      {a.fileName}
                    </a>{" "}
                    <span className="text-slate-500">({f.number(a.sizeBytes / 1024, 0)} KB)</span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {report?.response && report.status !== "RETURNED" && (
            <Card title={t("responseTitle")}>
              <div className="space-y-2 text-sm" data-testid="report-response">
                <p className="whitespace-pre-line">{report.response}</p>
                <p className="text-xs text-slate-600">
                  {report.respondedByName} · {report.respondedAt ? f.dateTime(report.respondedAt) : ""}
                </p>
                {report.proposalAnswer && (
                  <p className="rounded-md bg-sky-50 px-3 py-2 text-sky-900" data-testid="proposal-answer">
                    {t("proposalAnswered", { answer: report.proposalAnswer })}
                  </p>
                )}
              </div>
            </Card>
          )}
          {report && page.actions.includes("respond") && (
            <Card title={t("respondTitle")}>
              <RespondReportForm reportId={report.id} version={report.version} canReturn={page.actions.includes("return")} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
