import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { nextState, registrationLifecycle } from "@/lib/domain/lifecycle";
import type { TaskOrigin } from "@/lib/generated/prisma/enums";
import type { AssignmentInput, DecideProposedTaskInput } from "@/lib/validation/decision";
import type { ProposedTaskInput } from "@/lib/validation/registration";
import { audit } from "./audit";
import { toTargetValues } from "./registrations";
import { notify } from "./notifications";
import { unitInScope } from "./scope";

/** Supervisors who may follow a task of a cadre in this unit: SUPERVISOR role at a unit at or above it. */
export async function listSupervisorOptions(cadreUnitId: string): Promise<{ id: string; fullName: string; unitName: string }[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  const unit = await db.unit.findFirst({ where: { id: cadreUnitId, ...unitInScope(actor) } });
  if (!unit) throw new NotFoundError();
  const ancestors = unit.path.split("/").filter(Boolean);
  const memberships = await db.roleMembership.findMany({
    where: { role: "SUPERVISOR", unitId: { in: ancestors }, user: { active: true } },
    include: { user: { select: { id: true, fullName: true } }, unit: { select: { name: true } } },
    orderBy: { user: { fullName: "asc" } },
  });
  return memberships.map((m) => ({ id: m.user.id, fullName: m.user.fullName, unitName: m.unit.name }));
}

/** Units that may cooperate on a task: the active units in the standing committee's scope. */
export async function listCooperatingUnitOptions(): Promise<{ id: string; name: string }[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  return db.unit.findMany({
    where: { ...unitInScope(actor), active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

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

/** Creates the official task with its targets and milestones; the code runs per round: 2027-TU-001. */
async function createTask(
  tx: Tx,
  actor: Actor,
  options: {
    roundId: string;
    cadre: { id: string; unitId: string };
    origin: TaskOrigin;
    content: ProposedTaskInput;
    assignment: AssignmentInput;
    registrationId?: string;
    proposedTaskId?: string;
    adjustmentNote?: string | null;
  },
) {
  const round = await tx.round.findUniqueOrThrow({
    where: { id: options.roundId },
    include: { assigningBody: { select: { code: true } } },
  });
  const sequence = (await tx.task.count({ where: { roundId: round.id } })) + 1;
  const code = `${round.startYear}-${round.assigningBody.code}-${String(sequence).padStart(3, "0")}`;
  const { targets, milestones, ...fields } = options.content;
  return tx.task.create({
    data: {
      ...fields,
      code,
      roundId: round.id,
      cadreId: options.cadre.id,
      unitId: options.cadre.unitId,
      origin: options.origin,
      registrationId: options.registrationId ?? null,
      proposedTaskId: options.proposedTaskId ?? null,
      decisionNumber: options.assignment.decisionNumber,
      decisionDate: options.assignment.decisionDate,
      supervisorId: options.assignment.supervisorId,
      assignedById: actor.userId,
      adjustmentNote: options.adjustmentNote ?? null,
      cooperatingUnits: { connect: options.assignment.cooperatingUnitIds.map((id) => ({ id })) },
      targets: {
        create: targets.map((t, i) => ({
          position: i + 1,
          indicator: t.indicator,
          unitOfMeasure: t.unitOfMeasure,
          baseline: t.baseline,
          originalValue: t.targetValue,
          targetValue: t.targetValue,
          direction: t.direction,
          deadline: t.deadline,
        })),
      },
      milestones: { create: milestones.map((m, i) => ({ position: i + 1, description: m.description, dueDate: m.dueDate })) },
    },
  });
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
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { id: input.registrationId, round: { assigningBodyId: actor.unitId } },
      include: { round: true, cadre: { include: { unit: true, user: { select: { id: true } } } } },
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

    let taskId: string | null = null;
    if (input.decision === "REJECT") {
      await tx.proposedTask.update({
        where: { id: proposed.id },
        data: { decision: "REJECTED", decisionReason: input.reason, decidedById: actor.userId, decidedAt: new Date() },
      });
    } else {
      await checkAssignment(tx, registration.cadre.unit.path, input.assignment, actor);
      const content = input.decision === "ADJUST" ? input.adjusted : await proposedContent(tx, proposed.id);
      const task = await createTask(tx, actor, {
        roundId: registration.roundId,
        cadre: registration.cadre,
        origin: "REGISTRATION",
        content,
        assignment: input.assignment,
        registrationId: registration.id,
        proposedTaskId: proposed.id,
        adjustmentNote: input.decision === "ADJUST" ? input.reason : null,
      });
      taskId = task.id;
      await tx.proposedTask.update({
        where: { id: proposed.id },
        data: {
          decision: input.decision === "ADJUST" ? "APPROVED_ADJUSTED" : "APPROVED",
          decisionReason: input.reason,
          decidedById: actor.userId,
          decidedAt: new Date(),
        },
      });
      await audit(tx, actor, {
        action: "task.assign",
        entityType: "Task",
        entityId: task.id,
        toState: "ASSIGNED",
        reason: input.reason,
        data: { decisionNumber: input.assignment.decisionNumber, proposedTaskId: proposed.id },
      });
      await notify(
        tx,
        [input.assignment.supervisorId],
        "task.supervise",
        { taskCode: task.code, taskTitle: task.title },
        `/tasks/${task.id}`,
      );
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
      const kind = { APPROVE: "registration.approved", ADJUST: "registration.adjusted", REJECT: "registration.rejected" }[
        input.decision
      ];
      await notify(tx, [registration.cadre.user.id], kind, { taskTitle: proposed.title }, `/registrations/${registration.id}`);
    }

    const pending = await tx.proposedTask.count({
      where: { registrationId: registration.id, withdrawn: false, decision: "PENDING" },
    });
    const updated = await tx.registration.updateMany({
      where: { id: registration.id, version: input.version },
      data: { version: { increment: 1 }, ...(pending === 0 ? { status: "DECIDED", decidedAt: new Date() } : {}) },
    });
    if (updated.count === 0) throw new ConflictError();
    if (pending === 0) {
      await audit(tx, actor, {
        action: "registration.decide",
        entityType: "Registration",
        entityId: registration.id,
        fromState: registration.status,
        toState: "DECIDED",
      });
    }
    return { taskId };
  });
}
