import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { nextState, registrationLifecycle } from "@/lib/domain/lifecycle";
import { withinPeriod } from "@/lib/domain/registration";
import type { TaskOrigin } from "@/lib/generated/prisma/enums";
import type {
  AssignmentInput,
  DecideProposedTaskInput,
  DirectAssignmentInput,
  SupplementTaskInput,
} from "@/lib/validation/decision";
import type { ProposedTaskInput } from "@/lib/validation/registration";
import { audit } from "@/lib/dal/_shared/audit";
import { taskContentRows, toTargetValues } from "@/lib/dal/_shared/task-rows";
import { notify } from "@/lib/dal/_shared/notify";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { inTransaction, transition, updateIfCurrent } from "@/lib/dal/_shared/transition";
import { assignableCadres } from "@/lib/dal/decisions/options";
import { lockTaskSequence } from "@/lib/dal/_shared/task-codes";

const roundAndCadre = {
  round: { include: { assigningBody: { select: { code: true } } } },
  cadre: { include: { unit: true, user: { select: { id: true } } } },
} as const;

async function checkAssignment(tx: Tx, cadreUnitPath: string, assignment: AssignmentInput, actor: Actor) {
  const supervisor = await tx.roleMembership.findFirst({
    where: { userId: assignment.supervisorId, role: "SUPERVISOR", user: { active: true } },
    include: { unit: true },
    orderBy: { unit: { depth: "asc" } },
  });
  if (!supervisor || !cadreUnitPath.startsWith(supervisor.unit.path)) throw new DomainError("supervisorNotAbove");
  if (assignment.cooperatingUnitIds.length) {
    const units = await tx.unit.count({
      where: { id: { in: assignment.cooperatingUnitIds }, ...unitInScope(actor), active: true },
    });
    if (units !== assignment.cooperatingUnitIds.length) throw new NotFoundError();
  }
}

type AssignOptions = {
  round: { id: string; startYear: number; endYear: number; assigningBody: { code: string } };
  cadre: { id: string; unitId: string; unit: { path: string } };
  origin: TaskOrigin;
  content: ProposedTaskInput;
  assignment: AssignmentInput;
  registrationId?: string;
  proposedTaskId?: string;
  adjustmentNote?: string | null;
  reason?: string | null;
  /** A task assigned from the catalogue, in a batch ("giao hàng loạt"): lib/dal/decisions/bulk.ts. */
  templateId?: string;
  bulkAssignmentId?: string;
};

/**
 * Official assignment, whatever its origin: checks the supervisor, the cooperating units and that every
 * date lies in the round's period, creates the task (its code runs per round: 2027-TU-001) with its
 * targets and milestones, audits it and tells the supervisor.
 */
export async function assign(tx: Tx, actor: Actor, options: AssignOptions) {
  const { round, cadre, content, assignment } = options;
  await checkAssignment(tx, cadre.unit.path, assignment, actor);
  const dates = [
    content.startDate,
    content.endDate,
    ...content.targets.map((t) => t.deadline),
    ...content.milestones.map((m) => m.dueDate),
  ];
  if (dates.some((d) => !withinPeriod(d, round)))
    throw new DomainError("outsideRoundPeriod", { start: round.startYear, end: round.endYear });
  const sequence = (await lockTaskSequence(tx, round.id)) + 1;
  const code = `${round.startYear}-${round.assigningBody.code}-${String(sequence).padStart(3, "0")}`;
  const { fields, ...rows } = taskContentRows(content);
  const task = await tx.task.create({
    data: {
      ...fields,
      code,
      roundId: round.id,
      cadreId: cadre.id,
      unitId: cadre.unitId,
      origin: options.origin,
      registrationId: options.registrationId ?? null,
      proposedTaskId: options.proposedTaskId ?? null,
      decisionNumber: assignment.decisionNumber,
      decisionDate: assignment.decisionDate,
      supervisorId: assignment.supervisorId,
      assignedById: actor.userId,
      adjustmentNote: options.adjustmentNote ?? null,
      templateId: options.templateId ?? null,
      bulkAssignmentId: options.bulkAssignmentId ?? null,
      cooperatingUnits: { connect: assignment.cooperatingUnitIds.map((id) => ({ id })) },
      targets: { create: rows.targets },
      milestones: { create: rows.milestones },
    },
  });
  await audit(tx, actor, {
    action: "task.assign",
    entityType: "Task",
    entityId: task.id,
    toState: "ASSIGNED",
    reason: options.reason ?? null,
    data: {
      decisionNumber: assignment.decisionNumber,
      origin: options.origin,
      proposedTaskId: options.proposedTaskId ?? null,
      ...(options.bulkAssignmentId ? { bulkAssignmentId: options.bulkAssignmentId, templateId: options.templateId ?? null } : {}),
    },
  });
  await notify(
    tx,
    [assignment.supervisorId],
    "task.supervise",
    { taskCode: task.code, taskTitle: task.title },
    `/tasks/${task.id}`,
  );
  return task;
}

/** A proposed task as its stored content, in the shape the editor and the task creation use. */
async function proposedContent(tx: Tx, proposedTaskId: string): Promise<ProposedTaskInput> {
  const p = await tx.proposedTask.findUniqueOrThrow({
    where: { id: proposedTaskId },
    include: { targets: { orderBy: { position: "asc" } }, milestones: { orderBy: { position: "asc" } } },
  });
  return {
    title: p.title,
    field: p.field,
    breakthroughKind: p.breakthroughKind,
    objectives: p.objectives,
    plan: p.plan,
    expectedProduct: p.expectedProduct,
    startDate: p.startDate,
    endDate: p.endDate,
    targets: p.targets.map(toTargetValues),
    milestones: p.milestones.map((m) => ({ description: m.description, dueDate: m.dueDate })),
  };
}

/**
 * The standing committee's decision on one proposed task of a forwarded registration: approve as
 * proposed, approve with adjustments (the adjusted content and its reason are recorded and shown to the
 * cadre), or reject with a reason. Approving creates the official task. When every task is decided the
 * registration is decided. All of it in one transaction, with its audit rows and notifications.
 */
export async function decideProposedTask(input: DecideProposedTaskInput): Promise<{ taskId: string | null }> {
  const actor = await requirePermission("registration:decide");
  return inTransaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { id: input.registrationId, round: { assigningBodyId: actor.unitId } },
      include: roundAndCadre,
    });
    if (!registration) throw new NotFoundError();
    if (registration.version !== input.version) throw new ConflictError();
    // Deciding a task is part of the registration's "decide" move: only a forwarded one can be decided.
    nextState(registrationLifecycle, registration.status, "decide", actor.role);
    const proposed = await tx.proposedTask.findFirst({
      where: { id: input.proposedTaskId, registrationId: registration.id, withdrawn: false },
    });
    if (!proposed) throw new NotFoundError();
    if (proposed.decision !== "PENDING") throw new DomainError("alreadyDecided");
    const othersPending = await tx.proposedTask.count({
      where: { registrationId: registration.id, withdrawn: false, decision: "PENDING", id: { not: proposed.id } },
    });

    // The registration moves (or, with tasks still pending, its version does) before anything is written:
    // of two deciders on the same page one gets past here and the other reads a conflict. The count above
    // cannot be stale once this succeeds, since every decision moves the same version.
    if (othersPending === 0)
      await transition(tx, actor, {
        lifecycle: registrationLifecycle,
        record: registration,
        action: "decide",
        version: input.version,
        data: { decidedAt: new Date() },
      });
    else await updateIfCurrent(tx, "registration", { id: registration.id, version: input.version, status: registration.status });

    const decision = ({ APPROVE: "APPROVED", ADJUST: "APPROVED_ADJUSTED", REJECT: "REJECTED" } as const)[input.decision];
    await updateIfCurrent(
      tx,
      "proposedTask",
      { id: proposed.id, version: proposed.version, decision: "PENDING" },
      { decision, decisionReason: input.reason, decidedById: actor.userId, decidedAt: new Date() },
    );
    let taskId: string | null = null;
    if (input.decision !== "REJECT") {
      const content = input.decision === "ADJUST" ? input.adjusted : await proposedContent(tx, proposed.id);
      const task = await assign(tx, actor, {
        round: registration.round,
        cadre: registration.cadre,
        origin: "REGISTRATION",
        content,
        assignment: input.assignment,
        registrationId: registration.id,
        proposedTaskId: proposed.id,
        adjustmentNote: input.decision === "ADJUST" ? input.reason : null,
        reason: input.reason,
      });
      taskId = task.id;
    }
    await audit(tx, actor, {
      action: "proposedTask.decide",
      entityType: "ProposedTask",
      entityId: proposed.id,
      fromState: "PENDING",
      toState: input.decision,
      reason: input.reason,
    });
    if (registration.cadre.user) {
      const kind = (
        { APPROVE: "registration.approved", ADJUST: "registration.adjusted", REJECT: "registration.rejected" } as const
      )[input.decision];
      await notify(tx, [registration.cadre.user.id], kind, { taskTitle: proposed.title }, `/registrations/${registration.id}`);
    }
    return { taskId };
  });
}

/**
 * The standing committee adds a task the cadre did not propose to a forwarded registration. It is
 * recorded as a supplemented proposed task, already approved, and assigned at once.
 */
export async function supplementTask(input: SupplementTaskInput): Promise<{ taskId: string }> {
  const actor = await requirePermission("registration:decide");
  return inTransaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { id: input.registrationId, round: { assigningBodyId: actor.unitId } },
      include: roundAndCadre,
    });
    if (!registration) throw new NotFoundError();
    if (registration.version !== input.version) throw new ConflictError();
    nextState(registrationLifecycle, registration.status, "decide", actor.role);
    // A step of the registration's decision: its version moves first, so a repeated click adds nothing twice.
    await updateIfCurrent(tx, "registration", { id: registration.id, version: input.version, status: registration.status });
    const last = await tx.proposedTask.aggregate({ where: { registrationId: registration.id }, _max: { position: true } });
    const { fields, ...rows } = taskContentRows(input.task);
    const proposed = await tx.proposedTask.create({
      data: {
        ...fields,
        registrationId: registration.id,
        position: (last._max.position ?? 0) + 1,
        supplemented: true,
        decision: "APPROVED",
        decisionReason: input.reason,
        decidedById: actor.userId,
        decidedAt: new Date(),
        targets: { create: rows.targets },
        milestones: { create: rows.milestones },
      },
    });
    const task = await assign(tx, actor, {
      round: registration.round,
      cadre: registration.cadre,
      origin: "SUPPLEMENTED",
      content: input.task,
      assignment: input.assignment,
      registrationId: registration.id,
      proposedTaskId: proposed.id,
      reason: input.reason,
    });
    await audit(tx, actor, {
      action: "proposedTask.supplement",
      entityType: "ProposedTask",
      entityId: proposed.id,
      toState: "APPROVED",
      reason: input.reason,
    });
    if (registration.cadre.user)
      await notify(
        tx,
        [registration.cadre.user.id],
        "task.assigned",
        { taskTitle: task.title, taskCode: task.code },
        `/tasks/${task.id}`,
      );
    return { taskId: task.id };
  });
}

/** Assigns a task straight to a cadre the committee's body manages, in one of its started rounds. */
export async function assignTaskDirectly(input: DirectAssignmentInput): Promise<{ taskId: string }> {
  const actor = await requirePermission("task:assign");
  return inTransaction(async (tx) => {
    const cadre = await tx.cadre.findFirst({
      where: { id: input.cadreId, ...assignableCadres(actor) },
      include: { unit: true, user: { select: { id: true } } },
    });
    if (!cadre) throw new NotFoundError();
    const round = await tx.round.findFirst({
      where: { id: input.roundId, assigningBodyId: actor.unitId, status: { in: ["OPEN", "CLOSED"] } },
      include: { assigningBody: { select: { code: true } } },
    });
    if (!round) throw new NotFoundError();
    const task = await assign(tx, actor, {
      round,
      cadre,
      origin: "DIRECT",
      content: input.task,
      assignment: input.assignment,
      reason: input.reason,
    });
    if (cadre.user)
      await notify(tx, [cadre.user.id], "task.assigned", { taskTitle: task.title, taskCode: task.code }, `/tasks/${task.id}`);
    return { taskId: task.id };
  });
}
