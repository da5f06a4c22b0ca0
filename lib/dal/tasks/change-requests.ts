import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { changeRequestLifecycle } from "@/lib/domain/lifecycle";
import { withinPeriod } from "@/lib/domain/registration";
import { targetDirectionProblem } from "@/lib/domain/targets";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeRequestInput, DecideChangeRequestInput, WithdrawChangeRequestInput } from "@/lib/validation/report";
import { audit } from "@/lib/dal/_shared/audit";
import { notify, usersWithRoleAt } from "@/lib/dal/_shared/notify";
import { inTransaction, transition } from "@/lib/dal/_shared/transition";
import { taskScope } from "@/lib/dal/_shared/task-scope";

/** A version of a task's adjustable content, as kept in a change request's `before` and `after`. */
export type TaskVersion = {
  title: string;
  endDate: string;
  targets: { targetId: string; indicator: string; unitOfMeasure: string; targetValue: string; deadline: string }[];
};

/**
 * The cadre (for their own task) or the organisation committee (for a task in its scope) asks to change a
 * task's wording, end date, target values or deadlines, with a reason. One request waits at a time; the
 * standing committee of the round's body is told.
 */
export async function requestChange(input: ChangeRequestInput): Promise<{ id: string }> {
  const actor = await requirePermission("changeRequest:request");
  const scope = taskScope(actor);
  if (!scope) throw new NotFoundError();
  return inTransaction(async (tx) => {
    const task = await tx.task.findFirst({
      where: { AND: [{ id: input.taskId, status: "ASSIGNED" }, scope] },
      include: { targets: { orderBy: { position: "asc" } }, round: true },
    });
    if (!task) throw new NotFoundError();
    // Serialise requests on the task: two at once would both see none pending.
    await tx.$executeRaw`SELECT id FROM "Task" WHERE id = ${task.id} FOR UPDATE`;
    if (await tx.changeRequest.count({ where: { taskId: task.id, status: "PENDING" } })) throw new DomainError("changePending");
    const byId = new Map(task.targets.map((t) => [t.id, t]));
    if (input.targets.some((t) => !byId.has(t.targetId))) throw new NotFoundError();
    // The form sends the baseline and direction for its own check; the stored ones are what count.
    for (const asked of input.targets) {
      const stored = byId.get(asked.targetId)!;
      const problem = targetDirectionProblem({
        baseline: stored.baseline?.toFixed() ?? null,
        target: asked.targetValue,
        direction: stored.direction,
      });
      if (problem) throw new DomainError(problem, { indicator: stored.indicator });
    }
    if (![input.endDate, ...input.targets.map((t) => t.deadline)].every((d) => withinPeriod(d, task.round)))
      throw new DomainError("outsideRoundPeriod", { start: task.round.startYear, end: task.round.endYear });
    const before: TaskVersion = {
      title: task.title,
      endDate: task.endDate.toISOString(),
      targets: task.targets.map((t) => ({
        targetId: t.id,
        indicator: t.indicator,
        unitOfMeasure: t.unitOfMeasure,
        targetValue: t.targetValue.toString(),
        deadline: t.deadline.toISOString(),
      })),
    };
    const after: TaskVersion = {
      title: input.title,
      endDate: input.endDate.toISOString(),
      targets: before.targets.map((t) => {
        const asked = input.targets.find((x) => x.targetId === t.targetId);
        return asked
          ? { ...t, targetValue: new Prisma.Decimal(asked.targetValue).toString(), deadline: asked.deadline.toISOString() }
          : t;
      }),
    };
    if (JSON.stringify(before) === JSON.stringify(after)) throw new DomainError("nothingChanged");
    const request = await tx.changeRequest.create({
      data: { taskId: task.id, requestedById: actor.userId, reason: input.reason, before, after },
    });
    await audit(tx, actor, {
      action: "changeRequest.submit",
      entityType: "ChangeRequest",
      entityId: request.id,
      toState: "PENDING",
      reason: input.reason,
      data: { taskId: task.id },
    });
    await notify(
      tx,
      await usersWithRoleAt(tx, "STANDING_COMMITTEE", task.round.assigningBodyId),
      "changeRequest.submitted",
      { taskCode: task.code, taskTitle: task.title },
      `/tasks/${task.id}`,
    );
    return { id: request.id };
  });
}

/**
 * The standing committee of the round's body approves or rejects a pending change. Approving applies it: the
 * task's wording and end date, each target's current value and deadline; the original value, the baseline and
 * the actuals stay as they were, and the request keeps both versions.
 */
export async function decideChangeRequest(input: DecideChangeRequestInput): Promise<void> {
  const actor = await requirePermission("changeRequest:decide");
  await inTransaction(async (tx) => {
    const request = await tx.changeRequest.findFirst({
      where: { id: input.id, task: { round: { assigningBodyId: actor.unitId } } },
      include: { task: true },
    });
    if (!request) throw new NotFoundError();
    // The request moves first: of two deciders only one gets past here, so the task is changed once.
    await transition(tx, actor, {
      lifecycle: changeRequestLifecycle,
      record: request,
      action: input.decision,
      version: input.version,
      data: { decidedById: actor.userId, decidedAt: new Date(), decisionNote: input.note },
      reason: input.note,
      notify: [
        {
          to: [request.requestedById],
          kind: input.decision === "approve" ? "changeRequest.approved" : "changeRequest.rejected",
          params: { taskCode: request.task.code, taskTitle: request.task.title },
          href: `/tasks/${request.taskId}`,
        },
      ],
    });
    if (input.decision === "approve") {
      const after = request.after as unknown as TaskVersion;
      const updated = await tx.task.updateMany({
        where: { id: request.taskId, status: "ASSIGNED" },
        data: { title: after.title, endDate: new Date(after.endDate), version: { increment: 1 } },
      });
      if (updated.count === 0) throw new DomainError("transitionNotAllowed");
      for (const t of after.targets)
        await tx.target.update({
          where: { id: t.targetId, taskId: request.taskId },
          data: { targetValue: t.targetValue, deadline: new Date(t.deadline) },
        });
      await audit(tx, actor, {
        action: "task.adjust",
        entityType: "Task",
        entityId: request.taskId,
        reason: request.reason,
        data: { changeRequestId: request.id },
      });
    }
  });
}

/**
 * The one who asked (the cadre for their own task, or the organisation committee for a task in its scope)
 * takes back a change still waiting; the request is kept, marked withdrawn, and a new one may be made.
 */
export async function withdrawChangeRequest(input: WithdrawChangeRequestInput): Promise<void> {
  const actor = await requirePermission("changeRequest:request");
  const scope = taskScope(actor);
  if (!scope) throw new NotFoundError();
  await inTransaction(async (tx) => {
    const request = await tx.changeRequest.findFirst({ where: { id: input.id, requestedById: actor.userId, task: scope } });
    if (!request) throw new NotFoundError();
    await transition(tx, actor, {
      lifecycle: changeRequestLifecycle,
      record: request,
      action: "withdraw",
      version: input.version,
      auditData: { taskId: request.taskId },
    });
  });
}
