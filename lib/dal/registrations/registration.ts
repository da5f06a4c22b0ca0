import { hasPermission } from "@/lib/permissions";
import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { allowedActions, nextState, registrationLifecycle } from "@/lib/domain/lifecycle";
import { effectiveDeadline, SubmissionRefusedError, submissionProblems } from "@/lib/domain/registration";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  BreakthroughKind,
  ProposedTaskDecision,
  RegistrationStatus,
  ReviewProposal,
  Role,
  RoundStatus,
  TargetDirection,
  TaskField,
} from "@/lib/generated/prisma/enums";
import type { SaveProposedTaskInput } from "@/lib/validation/registration";
import { audit, readTimeline, type TimelineEvent } from "@/lib/dal/_shared/audit";
import { usersWithRoleAt } from "@/lib/dal/_shared/notify";
import { inTransaction, transition, updateIfCurrent } from "@/lib/dal/_shared/transition";
import { requireRegistrationActor, registrationScope } from "@/lib/dal/registrations/access";
import { taskContentRows, toTargetValues } from "@/lib/dal/_shared/task-rows";

async function myCadre(tx: Tx, actor: Actor) {
  if (!actor.cadreId) throw new DomainError("noCadreRecord");
  const cadre = await tx.cadre.findUnique({ where: { id: actor.cadreId } });
  if (!cadre || !cadre.active) throw new DomainError("noCadreRecord");
  return cadre;
}

// ───────────────────────────── The cadre ─────────────────────────────

export type OpenRound = {
  id: string;
  name: string;
  assigningBodyName: string;
  registrationDeadline: Date;
  effectiveDeadline: Date;
  minTasksPerCadre: number;
  maxTasksPerCadre: number;
  registration: { id: string; status: RegistrationStatus; taskCount: number } | null;
};

/** Open rounds that concern this cadre (their managing body, their group), with their registration if any. */
export async function listMyOpenRounds(): Promise<OpenRound[]> {
  const actor = await requirePermission("registration:own");
  const db = await getDb();
  const cadre = await myCadre(db, actor);
  const rounds = await db.round.findMany({
    where: {
      status: "OPEN",
      assigningBodyId: cadre.managedById,
      OR: [{ cadreGroups: { isEmpty: true } }, { cadreGroups: { has: cadre.group } }],
    },
    orderBy: { registrationDeadline: "asc" },
    include: {
      assigningBody: { select: { name: true } },
      registrations: {
        where: { cadreId: cadre.id },
        include: { _count: { select: { proposedTasks: { where: { withdrawn: false } } } } },
      },
      extensions: { where: { cadreId: cadre.id }, orderBy: { until: "desc" }, take: 1 },
    },
  });
  return rounds.map((r) => ({
    id: r.id,
    name: r.name,
    assigningBodyName: r.assigningBody.name,
    registrationDeadline: r.registrationDeadline,
    effectiveDeadline: effectiveDeadline(r, r.extensions[0]?.until ?? null),
    minTasksPerCadre: r.minTasksPerCadre,
    maxTasksPerCadre: r.maxTasksPerCadre,
    registration: r.registrations[0]
      ? { id: r.registrations[0].id, status: r.registrations[0].status, taskCount: r.registrations[0]._count.proposedTasks }
      : null,
  }));
}

/** Opens (or reopens: a double click creates nothing twice) the cadre's registration in an open round. */
export async function startRegistration(roundId: string): Promise<{ id: string }> {
  const actor = await requirePermission("registration:own");
  return inTransaction(async (tx) => {
    const cadre = await myCadre(tx, actor);
    const round = await tx.round.findFirst({
      where: {
        id: roundId,
        assigningBodyId: cadre.managedById,
        OR: [{ cadreGroups: { isEmpty: true } }, { cadreGroups: { has: cadre.group } }],
      },
    });
    if (!round) throw new NotFoundError();
    if (round.status !== "OPEN") throw new DomainError("roundNotOpen");
    const existing = await tx.registration.findUnique({ where: { roundId_cadreId: { roundId, cadreId: cadre.id } } });
    if (existing) return { id: existing.id };
    const created = await tx.registration.create({ data: { roundId, cadreId: cadre.id } });
    await audit(tx, actor, { action: "registration.create", entityType: "Registration", entityId: created.id, toState: "DRAFT" });
    return { id: created.id };
  });
}

async function editableRegistration(tx: Tx, actor: Actor, registrationId: string, version: number) {
  const registration = await tx.registration.findFirst({
    where: { id: registrationId, ...registrationScope(actor) },
    include: { round: true },
  });
  if (!registration) throw new NotFoundError();
  nextState(registrationLifecycle, registration.status, "edit", actor.role);
  if (registration.round.status !== "OPEN") throw new DomainError("roundNotOpen");
  // Each save moves the version on, so two tabs editing one registration cannot overwrite each other.
  await updateIfCurrent(tx, "registration", { id: registration.id, version, status: registration.status });
  return registration;
}

/** Adds or replaces one proposed task of a draft (or returned) registration, targets and milestones included. */
export async function saveProposedTask(input: SaveProposedTaskInput): Promise<{ proposedTaskId: string }> {
  const actor = await requirePermission("registration:own");
  return inTransaction(async (tx) => {
    const registration = await editableRegistration(tx, actor, input.registrationId, input.version);
    const { fields, ...rows } = taskContentRows(input.task);
    let proposedTaskId = input.proposedTaskId;
    if (proposedTaskId) {
      const existing = await tx.proposedTask.findFirst({
        where: { id: proposedTaskId, registrationId: registration.id, withdrawn: false },
      });
      if (!existing) throw new NotFoundError();
      await updateIfCurrent(tx, "proposedTask", { id: existing.id, version: existing.version, withdrawn: false }, fields);
      // The draft's targets are rewritten whole; every submitted revision is kept in its snapshot.
      await tx.target.deleteMany({ where: { proposedTaskId: existing.id } });
      await tx.milestone.deleteMany({ where: { proposedTaskId: existing.id } });
      await tx.target.createMany({ data: rows.targets.map((t) => ({ ...t, proposedTaskId: existing.id })) });
      await tx.milestone.createMany({ data: rows.milestones.map((m) => ({ ...m, proposedTaskId: existing.id })) });
    } else {
      const position = (await tx.proposedTask.count({ where: { registrationId: registration.id } })) + 1;
      const created = await tx.proposedTask.create({
        data: {
          ...fields,
          registrationId: registration.id,
          position,
          targets: { create: rows.targets },
          milestones: { create: rows.milestones },
        },
      });
      proposedTaskId = created.id;
    }
    await audit(tx, actor, {
      action: input.proposedTaskId ? "proposedTask.update" : "proposedTask.create",
      entityType: "ProposedTask",
      entityId: proposedTaskId,
      data: { registrationId: registration.id, title: fields.title },
    });
    return { proposedTaskId };
  });
}

/** Takes a proposed task out of a draft; it is kept, marked withdrawn, never deleted. */
export async function withdrawProposedTask(input: {
  registrationId: string;
  proposedTaskId: string;
  version: number;
}): Promise<void> {
  const actor = await requirePermission("registration:own");
  await inTransaction(async (tx) => {
    const registration = await editableRegistration(tx, actor, input.registrationId, input.version);
    const updated = await tx.proposedTask.updateMany({
      where: { id: input.proposedTaskId, registrationId: registration.id, withdrawn: false },
      data: { withdrawn: true, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new NotFoundError();
    await audit(tx, actor, {
      action: "proposedTask.withdraw",
      entityType: "ProposedTask",
      entityId: input.proposedTaskId,
      data: { registrationId: registration.id },
    });
  });
}

/**
 * Submits the registration for review. Every rule is checked at once (deadline or the cadre's
 * extension, number of tasks, a measurable target per task, dates in the round's period); the submitted
 * revision is kept as a snapshot; the organisation committee of the assigning body is told.
 */
export async function submitRegistration(input: { id: string; version: number }): Promise<void> {
  const actor = await requireRegistrationActor();
  await inTransaction(async (tx) => {
    const registration = await tx.registration.findFirst({
      where: { id: input.id, ...registrationScope(actor) },
      include: {
        round: true,
        cadre: { select: { fullName: true } },
        proposedTasks: {
          where: { withdrawn: false },
          include: { targets: true, milestones: true },
          orderBy: { position: "asc" },
        },
      },
    });
    if (!registration) throw new NotFoundError();
    if (registration.version !== input.version) throw new ConflictError();
    // Refused before the rules below are read out to the cadre: the lifecycle decides first.
    nextState(registrationLifecycle, registration.status, "submit", actor.role);
    const now = new Date();
    const extension = await tx.registrationExtension.findFirst({
      where: { roundId: registration.roundId, cadreId: registration.cadreId },
      orderBy: { until: "desc" },
    });
    const problems = submissionProblems(registration.round, registration.proposedTasks, now, extension?.until ?? null);
    if (problems.length) throw new SubmissionRefusedError(problems);
    const revision = registration.revision + 1;
    await transition(tx, actor, {
      lifecycle: registrationLifecycle,
      record: registration,
      action: "submit",
      version: input.version,
      data: {
        revision,
        submittedAt: now,
        isLate: now > registration.round.registrationDeadline,
        returnedReason: null,
      },
      auditData: { revision },
      notify: [
        {
          to: await usersWithRoleAt(tx, "ORG_COMMITTEE", registration.round.assigningBodyId),
          kind: "registration.submitted",
          params: { cadreName: registration.cadre.fullName, roundName: registration.round.name },
          href: `/registrations/${registration.id}`,
        },
      ],
    });
    await tx.registrationSnapshot.create({
      data: {
        registrationId: registration.id,
        revision,
        data: JSON.parse(JSON.stringify(registration.proposedTasks)) as Prisma.InputJsonValue,
      },
    });
  });
}

export type RegistrationDetail = {
  id: string;
  version: number;
  status: RegistrationStatus;
  revision: number;
  submittedAt: Date | null;
  isLate: boolean;
  returnedReason: string | null;
  cadre: { id: string; fullName: string; positionTitle: string; unitId: string; unitName: string };
  round: {
    id: string;
    name: string;
    status: RoundStatus;
    startYear: number;
    endYear: number;
    registrationDeadline: Date;
    effectiveDeadline: Date;
    minTasksPerCadre: number;
    maxTasksPerCadre: number;
  };
  tasks: {
    id: string;
    position: number;
    title: string;
    field: TaskField;
    breakthroughKind: BreakthroughKind;
    objectives: string;
    plan: string;
    expectedProduct: string;
    startDate: Date;
    endDate: Date;
    reviewProposal: ReviewProposal | null;
    reviewNote: string | null;
    decision: ProposedTaskDecision;
    decisionReason: string | null;
    /** Added by the standing committee itself, not proposed by the cadre. */
    supplemented: boolean;
    /** The official task assigned from it. */
    assigned: { id: string; code: string } | null;
    targets: {
      indicator: string;
      unitOfMeasure: string;
      baseline: string | null;
      targetValue: string;
      direction: TargetDirection;
      deadline: Date;
    }[];
    milestones: { description: string; dueDate: Date }[];
  }[];
  comments: {
    id: string;
    authorName: string;
    authorRole: Role;
    body: string;
    createdAt: Date;
    proposedTaskId: string | null;
    parentId: string | null;
  }[];
  /** The audit trail of the registration, its tasks and the tasks assigned from it. */
  timeline: TimelineEvent[];
  /** What the caller's role may do now (the server checks again on every action). */
  actions: string[];
};

/** One registration, if the caller may see it; otherwise not found. */
export async function getRegistration(id: string): Promise<RegistrationDetail> {
  const actor = await requireRegistrationActor();
  const db = await getDb();
  const r = await db.registration.findFirst({
    where: { id, ...registrationScope(actor) },
    include: {
      round: true,
      cadre: { include: { unit: { select: { name: true } } } },
      proposedTasks: {
        where: { withdrawn: false },
        orderBy: { position: "asc" },
        include: { targets: { orderBy: { position: "asc" } }, milestones: { orderBy: { position: "asc" } } },
      },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { fullName: true } } } },
    },
  });
  if (!r) throw new NotFoundError();
  const proposedTaskComments = await db.comment.findMany({
    where: { proposedTask: { registrationId: r.id } },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { fullName: true } } },
  });
  const extensions = await db.registrationExtension.findMany({
    where: { roundId: r.roundId, cadreId: r.cadreId },
    orderBy: { until: "desc" },
  });
  const extension = extensions[0];
  const assignedTasks = await db.task.findMany({
    where: { registrationId: r.id },
    select: { id: true, code: true, proposedTaskId: true },
  });
  const assignedFrom = new Map(assignedTasks.map((t) => [t.proposedTaskId, t]));
  const timeline = await readTimeline(db, {
    Registration: [r.id],
    RegistrationExtension: extensions.map((x) => x.id),
    ProposedTask: r.proposedTasks.map((t) => t.id),
    Task: assignedTasks.map((t) => t.id),
  });
  // The organisation committee acts on its own body's rounds; a committee above only looks.
  const ownsRound = hasPermission(actor.role, "registration:own") || r.round.assigningBodyId === actor.unitId;
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    revision: r.revision,
    submittedAt: r.submittedAt,
    isLate: r.isLate,
    returnedReason: r.returnedReason,
    cadre: {
      id: r.cadre.id,
      fullName: r.cadre.fullName,
      positionTitle: r.cadre.positionTitle,
      unitId: r.cadre.unitId,
      unitName: r.cadre.unit.name,
    },
    round: {
      id: r.round.id,
      name: r.round.name,
      status: r.round.status,
      startYear: r.round.startYear,
      endYear: r.round.endYear,
      registrationDeadline: r.round.registrationDeadline,
      effectiveDeadline: effectiveDeadline(r.round, extension?.until ?? null),
      minTasksPerCadre: r.round.minTasksPerCadre,
      maxTasksPerCadre: r.round.maxTasksPerCadre,
    },
    tasks: r.proposedTasks.map((t) => ({
      id: t.id,
      position: t.position,
      title: t.title,
      field: t.field,
      breakthroughKind: t.breakthroughKind,
      objectives: t.objectives,
      plan: t.plan,
      expectedProduct: t.expectedProduct,
      startDate: t.startDate,
      endDate: t.endDate,
      reviewProposal: t.reviewProposal,
      reviewNote: t.reviewNote,
      decision: t.decision,
      decisionReason: t.decisionReason,
      supplemented: t.supplemented,
      assigned: assignedFrom.get(t.id) ?? null,
      targets: t.targets.map(toTargetValues),
      milestones: t.milestones.map((m) => ({ description: m.description, dueDate: m.dueDate })),
    })),
    comments: [...r.comments, ...proposedTaskComments]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((c) => ({
        id: c.id,
        authorName: c.author.fullName,
        authorRole: c.authorRole,
        body: c.body,
        createdAt: c.createdAt,
        proposedTaskId: c.proposedTaskId,
        parentId: c.parentId,
      })),
    timeline,
    actions: ownsRound ? allowedActions(registrationLifecycle, r.status, actor.role) : [],
  };
}
