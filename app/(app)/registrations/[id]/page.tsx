import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { TaskContentSummary } from "@/components/task-summary";
import { Timeline } from "@/components/timeline";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/session";
import { getRegistration, type RegistrationDetail } from "@/lib/dal/registrations/registration";
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
  const [t, tp, tr, td, f] = await Promise.all([
    getTranslations("registrations"),
    getTranslations("reviewProposals"),
    getTranslations("roles"),
    getTranslations("decision"),
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
        actions={
          canEdit ? (
            <LinkButton href={`/registrations/${r.id}/tasks/new`}>{t("addTask")}</LinkButton>
          ) : canDecide ? (
            <LinkButton href={`/registrations/${r.id}/supplement`}>{td("supplement")}</LinkButton>
          ) : undefined
        }
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
              <TaskContentSummary task={task} />
              {task.decision !== "PENDING" && (
                <div className="mt-4 space-y-1 rounded-md border border-slate-200 px-3 py-2 text-sm" data-testid="task-decision">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={decisionTone[task.decision]}>{td(`decided.${task.decision}`)}</Badge>
                    {task.supplemented && <Badge tone="info">{td("supplemented")}</Badge>}
                  </div>
                  {task.decisionReason && <p>{td("reasonLabel", { reason: task.decisionReason })}</p>}
                  {task.assigned && (
                    <p>
                      <Link href={`/tasks/${task.assigned.id}`} className="font-medium text-brand-700 underline">
                        {td("openTask", { code: task.assigned.code })}
                      </Link>
                    </p>
                  )}
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
          <Timeline events={r.timeline} />
        </div>
      </div>
    </>
  );
}
