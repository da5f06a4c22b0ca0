import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState, Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { getRegistration, type RegistrationDetail } from "@/lib/dal/registrations";
import { getFormatters } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/page-helpers";
import {
  CommentForm,
  ForwardRegistrationForm,
  ReturnRegistrationForm,
  SubmitRegistrationForm,
  WithdrawTaskForm,
} from "../_components/registration-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registrations"))("title") };
}

export default async function RegistrationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  // The data layer authorizes: a cadre sees only their own, a committee only its scope; others get 403/404.
  const r = await orNotFound(getRegistration(id));
  const [t, tf, tk, tdir, tp, tr, td, tl, f] = await Promise.all([
    getTranslations("registrations"),
    getTranslations("fields"),
    getTranslations("breakthroughKinds"),
    getTranslations("directions"),
    getTranslations("reviewProposals"),
    getTranslations("roles"),
    getTranslations("decision"),
    getTranslations("timeline"),
    getFormatters(),
  ]);
  const canDecide = r.actions.includes("decide");
  const decisionTone = { PENDING: "neutral", APPROVED: "success", APPROVED_ADJUSTED: "warning", REJECTED: "danger" } as const;
  const canEdit = r.actions.includes("edit");
  const comments = (taskId: string | null) => r.comments.filter((c) => c.proposedTaskId === taskId);
  const commentList = (items: RegistrationDetail["comments"]) =>
    items.length === 0 ? (
      <p className="text-sm text-slate-500">{t("noComments")}</p>
    ) : (
      <ul className="space-y-2">
        {items.map((c) => (
          <li key={c.id} className="rounded-md bg-slate-50 p-3 text-sm" data-testid="comment">
            <div className="text-xs text-slate-600">
              <span className="font-semibold text-slate-800">{c.authorName}</span> · {tr(c.authorRole)} ·{" "}
              {f.dateTime(c.createdAt)}
            </div>
            <p className="mt-1 whitespace-pre-line">{c.body}</p>
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <PageHeader
        title={t("detailTitle", { name: r.cadre.fullName })}
        description={`${r.cadre.positionTitle} · ${r.cadre.unitName} · ${r.round.name} · ${t("deadline", { date: f.date(r.round.effectiveDeadline) })}`}
        actions={canEdit ? <LinkButton href={`/registrations/${r.id}/tasks/new`}>{t("addTask")}</LinkButton> : undefined}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="registration-status">
        <StatusBadge entity="registration" status={r.status} />
        {r.revision > 0 && <Badge>{t("revision", { revision: r.revision })}</Badge>}
        {r.isLate && <Badge tone="danger">{t("submittedLate")}</Badge>}
      </div>
      {r.status === "RETURNED" && r.returnedReason && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="returned-reason">
          {t("returnedReason", { reason: r.returnedReason })}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {r.tasks.length === 0 && <EmptyState>{t("noTasks")}</EmptyState>}
          {r.tasks.map((task, i) => (
            <Card
              key={task.id}
              title={
                <span data-testid="proposed-task-title">
                  {i + 1}. {task.title}
                </span>
              }
              actions={
                canDecide && task.decision === "PENDING" ? (
                  <LinkButton href={`/registrations/${r.id}/tasks/${task.id}/decide`}>{td("decide")}</LinkButton>
                ) : canEdit ? (
                  <span className="flex gap-2">
                    <LinkButton href={`/registrations/${r.id}/tasks/${task.id}`} variant="secondary">
                      {t("editTask")}
                    </LinkButton>
                    <WithdrawTaskForm registrationId={r.id} proposedTaskId={task.id} version={r.version} />
                  </span>
                ) : undefined
              }
            >
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-slate-600">{t("field")}</dt>
                  <dd>{tf(task.field)}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("kind")}</dt>
                  <dd>{tk(task.breakthroughKind)}</dd>
                </div>
                <div className="sm:col-span-2">
                  <dt className="text-slate-600">{t("objectives")}</dt>
                  <dd className="whitespace-pre-line">{task.objectives}</dd>
                </div>
                <div className="sm:col-span-2">
                  <dt className="text-slate-600">{t("plan")}</dt>
                  <dd className="whitespace-pre-line">{task.plan}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("expectedProduct")}</dt>
                  <dd>{task.expectedProduct}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("period")}</dt>
                  <dd>
                    {f.date(task.startDate)} – {f.date(task.endDate)}
                  </dd>
                </div>
              </dl>
              <h3 className="mb-2 mt-4 text-sm font-semibold">{t("targets")}</h3>
              <Table caption={t("targets")}>
                <thead>
                  <tr>
                    <Th>{t("indicator")}</Th>
                    <Th className="text-right">{t("baseline")}</Th>
                    <Th className="text-right">{t("targetValue")}</Th>
                    <Th>{t("direction")}</Th>
                    <Th>{t("targetDeadline")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {task.targets.map((x, j) => (
                    <tr key={j} data-testid="proposed-target">
                      <Td label={t("indicator")}>{x.indicator}</Td>
                      <Td label={t("baseline")} className="text-right tabular-nums">
                        {x.baseline !== null ? `${f.number(x.baseline, 4)} ${x.unitOfMeasure}` : ""}
                      </Td>
                      <Td label={t("targetValue")} className="text-right tabular-nums">
                        {f.number(x.targetValue, 4)} {x.unitOfMeasure}
                      </Td>
                      <Td label={t("direction")}>{tdir(x.direction)}</Td>
                      <Td label={t("targetDeadline")}>{f.date(x.deadline)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {task.milestones.length > 0 && (
                <>
                  <h3 className="mb-2 mt-4 text-sm font-semibold">{t("milestones")}</h3>
                  <ul className="list-inside list-disc space-y-1 text-sm">
                    {task.milestones.map((m, j) => (
                      <li key={j}>
                        {f.date(m.dueDate)}: {m.description}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {task.decision !== "PENDING" && (
                <div className="mt-4 space-y-1 rounded-md border border-slate-200 px-3 py-2 text-sm" data-testid="task-decision">
                  <Badge tone={decisionTone[task.decision]}>{td(`decided.${task.decision}`)}</Badge>
                  {task.decisionReason && <p>{td("reasonLabel", { reason: task.decisionReason })}</p>}
                </div>
              )}
              {task.reviewProposal && (
                <p className="mt-4 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
                  {t("reviewProposal")}: <strong>{tp(task.reviewProposal)}</strong>
                  {task.reviewNote ? ` — ${task.reviewNote}` : ""}
                </p>
              )}
              <h3 className="mb-2 mt-4 text-sm font-semibold">{t("comments")}</h3>
              {commentList(comments(task.id))}
              <CommentForm registrationId={r.id} proposedTaskId={task.id} />
            </Card>
          ))}
        </div>
        <div className="space-y-6">
          {r.actions.includes("submit") && (
            <Card title={t("submit")}>
              <SubmitRegistrationForm id={r.id} version={r.version} />
            </Card>
          )}
          {r.actions.includes("forward") && (
            <Card title={t("forwardTitle")}>
              <ForwardRegistrationForm id={r.id} version={r.version} tasks={r.tasks.map((x) => ({ id: x.id, title: x.title }))} />
            </Card>
          )}
          {r.actions.includes("return") && (
            <Card title={t("returnTitle")}>
              <ReturnRegistrationForm id={r.id} version={r.version} />
            </Card>
          )}
          <Card title={t("comments")}>
            {commentList(comments(null))}
            <CommentForm registrationId={r.id} />
          </Card>
          <Card title={tl("title")}>
            {r.timeline.length === 0 ? (
              <p className="text-sm text-slate-500">{tl("none")}</p>
            ) : (
              <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid="timeline">
                {r.timeline.map((e) => (
                  <li key={e.id} className="text-sm" data-testid="timeline-event">
                    <div className="font-medium text-slate-900">
                      {tl.has(`actions.${e.action}`) ? tl(`actions.${e.action}`) : tl("actions.other")}
                    </div>
                    <div className="text-xs text-slate-600">
                      {f.dateTime(e.at)}
                      {e.actorName && ` · ${e.actorName}`}
                      {e.actorRole && ` · ${tr(e.actorRole)}`}
                    </div>
                    {e.reason && <p className="mt-1 text-slate-700">{tl("reason", { reason: e.reason })}</p>}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
