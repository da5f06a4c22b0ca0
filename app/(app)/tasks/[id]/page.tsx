import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { TaskContentSummary } from "@/components/task-summary";
import { Timeline } from "@/components/timeline";
import { HealthBadge } from "@/components/progress";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { ChangeDiff } from "../_components/change-diff";
import { DecideChangeForm, WithdrawChangeForm } from "../_components/task-forms";
import { AnswerExplanationForm, RequestExplanationForm } from "../_components/explanation-forms";
import { requireUser } from "@/lib/auth/session";
import { getTask } from "@/lib/dal/tasks/task";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import { addVietnamDays, quarterKey, vietnamDayString } from "@/lib/domain/quarters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("task"))("title") };
}

/** The request's time, read once (a page render is otherwise pure). */
function currentTime() {
  return new Date();
}

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  // The data layer authorizes: the cadre their own, the supervisor theirs, the committees their scope.
  const task = await orNotFound(getTask(id));
  const [t, f] = await Promise.all([getTranslations("task"), getFormatters()]);
  const now = currentTime();
  const te = await getTranslations("explanations");
  // The reasons the task's state supports, offered to whoever may ask for an explanation.
  const lateQuarters = task.quarters.filter((q) => q.isLate || (q.state === "MISSING" && q.dueDate !== null && q.dueDate < now));
  const causes = [
    ...(task.health.health === "BEHIND" ? (["BEHIND"] as const) : []),
    ...(task.health.health === "OVERDUE" ? (["OVERDUE"] as const) : []),
    ...(lateQuarters.length ? (["LATE_REPORT"] as const) : []),
  ];
  const canRequest = task.actions.includes("requestExplanation") && causes.length > 0;
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
      <PageHeader
        title={`${task.code} · ${task.title}`}
        actions={
          <span className="flex flex-wrap gap-2">
            {task.nextQuarter && (
              <LinkButton href={`/tasks/${task.id}/reports/${task.nextQuarter.year}Q${task.nextQuarter.quarter}`}>
                {t("reportQuarter", task.nextQuarter)}
              </LinkButton>
            )}
            {task.actions.includes("requestChange") && (
              <LinkButton href={`/tasks/${task.id}/change`} variant="secondary">
                {t("requestChange")}
              </LinkButton>
            )}
          </span>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="task-status">
        <StatusBadge entity="task" status={task.status} />
        {task.status === "ASSIGNED" && <HealthBadge verdict={task.health} withReason />}
        <Badge tone="info">{t(`origins.${task.origin}`)}</Badge>
        {task.carriedFrom && (
          <Link href={`/tasks/${task.carriedFrom.id}`} className="text-sm text-brand-700 underline">
            {t("carriedFrom", { code: task.carriedFrom.code })}
          </Link>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {task.carriedFrom && (
            <div className="rounded-md border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950" data-testid="carry-gap">
              <p className="font-semibold">{t("carriedTitle", { code: task.carriedFrom.code })}</p>
              <ul className="mt-1 list-inside list-disc">
                {task.targets.map((x) => (
                  <li key={x.id}>
                    {t("remainingGap", {
                      indicator: x.indicator,
                      reached: x.baseline === null ? "—" : `${f.number(x.baseline, 4)} ${x.unitOfMeasure}`,
                      original: `${f.number(x.originalValue, 4)} ${x.unitOfMeasure}`,
                      gap:
                        x.baseline === null
                          ? "—"
                          : `${f.number(Math.abs(Number(x.targetValue) - Number(x.baseline)), 4)} ${x.unitOfMeasure}`,
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {task.adjustmentNote && (
            <div
              className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
              data-testid="adjustment-note"
            >
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
          <Card title={t("reports")}>
            <DataTable
              caption={t("reports")}
              columns={[
                { id: "quarter", header: t("quarter"), className: "whitespace-nowrap" },
                { id: "due", header: t("dueDate") },
                { id: "state", header: t("reportState") },
                { id: "evidence", header: t("evidence") },
              ]}
              rows={task.quarters.map((q) => ({
                id: `${q.year}Q${q.quarter}`,
                testId: "task-quarter",
                cells: {
                  quarter:
                    q.state === "NOT_STARTED" ? (
                      t("quarterName", { year: q.year, quarter: q.quarter })
                    ) : (
                      <Link
                        href={`/tasks/${task.id}/reports/${q.year}Q${q.quarter}`}
                        className="font-medium text-brand-700 underline"
                      >
                        {t("quarterName", { year: q.year, quarter: q.quarter })}
                      </Link>
                    ),
                  due: q.dueDate ? f.date(q.dueDate) : "",
                  state: (
                    <span className="flex flex-wrap gap-1">
                      {q.state === "NOT_STARTED" || q.state === "MISSING" ? (
                        <Badge tone={q.state === "MISSING" && q.dueDate && q.dueDate < now ? "danger" : "neutral"}>
                          {t(`quarterStates.${q.state}`)}
                        </Badge>
                      ) : (
                        <StatusBadge entity="report" status={q.state} />
                      )}
                      {q.isLate && <Badge tone="danger">{t("late")}</Badge>}
                    </span>
                  ),
                  evidence: (
                    <ul className="space-y-1 text-sm">
                      {q.attachments.map((a) => (
                        <li key={a.id}>
                          <a href={`/api/attachments/${a.id}`} className="text-brand-700 underline" data-testid="evidence-link">
                            {a.fileName}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              }))}
            />
          </Card>
          {(task.explanations.length > 0 || canRequest) && (
            <div id="giai-trinh" className="scroll-mt-4">
              <Card title={te("title")}>
                <ul className="space-y-4">
                  {task.explanations.map((e) => (
                    <li key={e.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="explanation">
                      <div className="flex flex-wrap items-center gap-2">
                        <StatusBadge entity="explanation" status={e.status} />
                        <Badge tone="neutral">
                          {te(`causes.${e.cause}`)}
                          {e.quarter ? ` · ${t("quarterName", e.quarter)}` : ""}
                        </Badge>
                        <span
                          className={e.status !== "ANSWERED" && e.dueDate < now ? "font-semibold text-red-700" : "text-slate-600"}
                        >
                          {te("dueOn", { date: f.date(e.dueDate) })}
                        </span>
                      </div>
                      <p className="mt-1 text-slate-600">
                        {te("requestedBy", { name: e.requestedByName, date: f.date(e.createdAt) })}
                      </p>
                      <p className="mt-2 whitespace-pre-line">{e.message}</p>
                      {(e.remindersSent > 0 || e.escalatedAt) && (
                        <p className="mt-1 text-xs text-slate-600">
                          {e.remindersSent > 0 && te("reminders", { count: e.remindersSent })}
                          {e.escalatedAt && ` · ${te("escalatedOn", { date: f.date(e.escalatedAt) })}`}
                        </p>
                      )}
                      {e.answer && (
                        <div className="mt-3 border-t border-slate-200 pt-3" data-testid="explanation-answer">
                          <p className="font-medium">{te("answeredOn", { date: f.date(e.answeredAt) })}</p>
                          <p className="mt-1 whitespace-pre-line">{e.answer}</p>
                          {e.attachments.length > 0 && (
                            <ul className="mt-1 space-y-1">
                              {e.attachments.map((a) => (
                                <li key={a.id}>
                                  <a href={`/api/attachments/${a.id}`} className="text-brand-700 underline">
                                    {a.fileName}
                                  </a>
                                </li>
                              ))}
                            </ul>
                          )}
                        </div>
                      )}
                      {e.status !== "ANSWERED" && task.actions.includes("answerExplanation") && (
                        <div className="mt-3 border-t border-slate-200 pt-3">
                          <AnswerExplanationForm id={e.id} taskId={task.id} version={e.version} />
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
                {canRequest && (
                  <details className="mt-4">
                    <summary className="cursor-pointer font-medium text-brand-700">{te("request")}</summary>
                    <div className="mt-3">
                      <RequestExplanationForm
                        taskId={task.id}
                        causes={causes}
                        lateQuarters={lateQuarters.map((q) => ({
                          key: quarterKey(q),
                          label: t("quarterName", { year: q.year, quarter: q.quarter }),
                        }))}
                        defaultDue={vietnamDayString(addVietnamDays(now, 7))}
                      />
                    </div>
                  </details>
                )}
              </Card>
            </div>
          )}
          {task.changeRequests.length > 0 && (
            <Card title={t("changeRequests")}>
              <ul className="space-y-4">
                {task.changeRequests.map((c) => (
                  <li key={c.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="change-request">
                    <div className="flex flex-wrap items-center gap-2">
                      <StatusBadge entity="changeRequest" status={c.status} />
                      <span className="text-slate-600">
                        {c.requestedByName} · {f.date(c.createdAt)}
                      </span>
                    </div>
                    <p className="mt-2">{t("changeReason", { reason: c.reason })}</p>
                    <ChangeDiff
                      before={c.before}
                      after={c.after}
                      units={Object.fromEntries(task.targets.map((x) => [x.id, x.unitOfMeasure]))}
                    />
                    {c.decisionNote && (
                      <p className="mt-2">{t("changeDecisionNote", { name: c.decidedByName ?? "", note: c.decisionNote })}</p>
                    )}
                    {c.status === "PENDING" && task.actions.includes("decideChange") && (
                      <div className="mt-3 border-t border-slate-200 pt-3">
                        <DecideChangeForm id={c.id} version={c.version} />
                      </div>
                    )}
                    {c.status === "PENDING" && c.requestedByMe && task.actions.includes("withdrawChange") && (
                      <div className="mt-3 border-t border-slate-200 pt-3">
                        <WithdrawChangeForm id={c.id} version={c.version} />
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-6">
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
