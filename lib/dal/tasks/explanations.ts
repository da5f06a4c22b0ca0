import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { MAX_EVIDENCE_FILES } from "@/lib/domain/evidence";
import { explanationLifecycle } from "@/lib/domain/lifecycle";
import { endOfVietnamDay, quarterKey } from "@/lib/domain/quarters";
import type { AnswerExplanationInput, RequestExplanationInput } from "@/lib/validation/explanation";
import { audit } from "@/lib/dal/_shared/audit";
import { notify, usersWithRoleAt } from "@/lib/dal/_shared/notify";
import { inTransaction, transition } from "@/lib/dal/_shared/transition";
import { getTask, type TaskDetail } from "@/lib/dal/tasks/task";

/**
 * Whether the task is in the state the request names: behind its schedule, past its end without its targets
 * reached, or with that quarter's report missing after its deadline or sent in late. Null when it is.
 */
function causeRefusal(task: TaskDetail, input: RequestExplanationInput, now: Date): string | null {
  if (task.status !== "ASSIGNED") return "explanationNotWarranted";
  if (input.cause === "BEHIND") return task.health.health === "BEHIND" ? null : "explanationNotWarranted";
  if (input.cause === "OVERDUE") return task.health.health === "OVERDUE" ? null : "explanationNotWarranted";
  const q = input.quarter;
  const quarter = q && task.quarters.find((x) => x.year === q.year && x.quarter === q.quarter);
  if (!quarter) return "explanationNotWarranted";
  const missing = quarter.state !== "SUBMITTED" && quarter.state !== "RESPONDED";
  const late = quarter.isLate || (missing && quarter.dueDate !== null && quarter.dueDate < now);
  return late ? null : "explanationNotWarranted";
}

/**
 * The organisation committee or the standing committee (a task in its scope) or the task's supervisor asks
 * the cadre to explain why the task lags, by a due date (the end of that day in Vietnam). One request waits
 * for its answer per task: a second (a double submit, two committees at once) is a conflict. The cadre is
 * told; the request and its later moves show on the task's timeline.
 */
export async function requestExplanation(input: RequestExplanationInput): Promise<{ id: string; taskId: string }> {
  const actor = await requirePermission("explanation:request");
  // Authorizes like the task page: the committees their unit subtree, the supervisor the tasks they follow.
  const task = await getTask(input.taskId);
  const now = new Date();
  const refusal = causeRefusal(task, input, now);
  if (refusal) throw new DomainError(refusal);
  const dueDate = endOfVietnamDay(input.dueDate);
  if (dueDate < now) throw new DomainError("explanationDueInPast");
  const quarter = input.cause === "LATE_REPORT" ? input.quarter! : null;
  return inTransaction(async (tx) => {
    const created = await tx.explanationRequest.create({
      data: {
        taskId: task.id,
        cause: input.cause,
        reportYear: quarter?.year ?? null,
        reportQuarter: quarter?.quarter ?? null,
        message: input.message,
        dueDate,
        requestedById: actor.userId,
        requestedRole: actor.role,
        openTaskId: task.id,
      },
    });
    await audit(tx, actor, {
      action: "explanation.request",
      entityType: "ExplanationRequest",
      entityId: created.id,
      toState: "OPEN",
      reason: input.message,
      data: {
        taskId: task.id,
        cause: input.cause,
        dueDate: dueDate.toISOString(),
        quarter: quarter ? quarterKey(quarter) : null,
      },
    });
    const cadreUser = await tx.user.findFirst({ where: { cadreId: task.cadre.id, active: true }, select: { id: true } });
    if (cadreUser)
      await notify(
        tx,
        [cadreUser.id],
        "explanation.requested",
        { taskCode: task.code, taskTitle: task.title },
        explanationHref(task.id),
      );
    return { id: created.id, taskId: task.id };
  });
}

/** Where a task's explanation requests are read and answered. */
export function explanationHref(taskId: string): string {
  return `/tasks/${taskId}#giai-trinh`;
}

/**
 * The cadre answers a request about their own task, before or after it escalated, linking the evidence files
 * they staged for that task (by id; files reach the server only through POST /api/evidence, decision 091). Of
 * two answers sent at once one is recorded and the other is a conflict. The one who asked is told, and the
 * standing committee too when the request had reached it.
 */
export async function answerExplanation(input: AnswerExplanationInput): Promise<void> {
  const actor = await requirePermission("explanation:answer");
  await inTransaction(async (tx) => {
    const request = await tx.explanationRequest.findFirst({
      where: { id: input.id, taskId: input.taskId, task: { cadreId: actor.cadreId ?? "-" } },
      include: { task: { select: { id: true, code: true, title: true, round: { select: { assigningBodyId: true } } } } },
    });
    if (!request) throw new NotFoundError();
    const staged = [...new Set(input.evidenceIds)];
    if (staged.length > MAX_EVIDENCE_FILES) throw new DomainError("tooManyFiles", { max: MAX_EVIDENCE_FILES });
    const escalated = request.status === "ESCALATED";
    const standing = escalated ? await usersWithRoleAt(tx, "STANDING_COMMITTEE", request.task.round.assigningBodyId) : [];
    // The answer first: of two answers racing, the second waits here and reads as a conflict.
    await transition(tx, actor, {
      lifecycle: explanationLifecycle,
      record: request,
      action: "answer",
      version: input.version,
      data: { answer: input.answer, answeredAt: new Date(), answeredById: actor.userId, openTaskId: null },
      reason: input.answer,
      auditData: { taskId: request.taskId, files: staged.length },
      notify: [
        {
          to: [request.requestedById, ...standing],
          kind: "explanation.answered",
          params: { taskCode: request.task.code, taskTitle: request.task.title },
          href: explanationHref(request.taskId),
        },
      ],
    });
    if (staged.length) {
      // Only the caller's own files staged for this task and not yet linked (to a report or an answer): anyone
      // else's id, another task's or a linked one reads as not found and the whole answer is undone.
      const linked = await tx.attachment.updateMany({
        where: {
          id: { in: staged },
          taskId: request.taskId,
          uploadedById: actor.userId,
          reportId: null,
          explanationId: null,
          pendingSince: { not: null },
        },
        data: { explanationId: request.id, pendingSince: null },
      });
      if (linked.count !== staged.length) throw new NotFoundError();
    }
  });
}
