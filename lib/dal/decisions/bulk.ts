import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { targetDirectionProblem } from "@/lib/domain/targets";
import { dateInPeriod } from "@/lib/domain/templates";
import { roundPeriod } from "@/lib/domain/registration";
import { startOfVietnamDay } from "@/lib/domain/quarters";
import type { BulkCandidatesQuery } from "@/lib/validation/query";
import type { BulkAssignmentInput } from "@/lib/validation/template";
import type { ProposedTaskInput } from "@/lib/validation/registration";
import { audit } from "@/lib/dal/_shared/audit";
import { notify } from "@/lib/dal/_shared/notify";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { inTransaction } from "@/lib/dal/_shared/transition";
import { assign } from "@/lib/dal/decisions/assign";
import { assignableCadres, type AssignableCadre } from "@/lib/dal/decisions/options";
import { templatesOf, toTemplateDto, type TaskTemplateDto } from "@/lib/dal/decisions/templates";

export type BulkAssignmentResult = { bulkAssignmentId: string; taskIds: string[]; created: boolean };

/** The most cadres one pick brings into the grid. */
export const MAX_CANDIDATES = 500;

/**
 * The cadres a bulk assignment may go to, picked by unit (its whole subtree), by words of their position, or
 * from a saved group: always only those the committee's body manages. An unknown or foreign unit or group is
 * not found.
 */
export async function listBulkCandidates(query: BulkCandidatesQuery): Promise<AssignableCadre[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  const where = { ...assignableCadres(actor), AND: [] as object[] };
  if (query.unitId) {
    const unit = await db.unit.findFirst({ where: { id: query.unitId, ...unitInScope(actor) } });
    if (!unit) throw new NotFoundError();
    where.AND.push({ unit: { path: { startsWith: unit.path } } });
  }
  if (query.position) where.AND.push({ positionTitle: { contains: query.position, mode: "insensitive" } });
  if (query.groupId) {
    const group = await db.savedCadreGroup.findFirst({ where: { id: query.groupId, ownerUnitId: actor.unitId } });
    if (!group) throw new NotFoundError();
    where.AND.push({ id: { in: group.cadreIds } });
  }
  const rows = await db.cadre.findMany({
    where,
    include: { unit: { select: { name: true } } },
    orderBy: [{ unit: { path: "asc" } }, { fullName: "asc" }, { id: "asc" }],
    take: MAX_CANDIDATES,
  });
  return rows.map((c) => ({
    id: c.id,
    fullName: c.fullName,
    positionTitle: c.positionTitle,
    unitId: c.unitId,
    unitName: c.unit.name,
  }));
}

/** Supervisors a batch may name: SUPERVISOR role at the body's unit, above it or within it. */
export async function listBulkSupervisorOptions(): Promise<{ id: string; fullName: string; unitName: string }[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  const ancestors = actor.unitPath.split("/").filter(Boolean);
  const memberships = await db.roleMembership.findMany({
    where: { role: "SUPERVISOR", user: { active: true }, OR: [{ unitId: { in: ancestors } }, { unit: unitInScope(actor) }] },
    include: { user: { select: { id: true, fullName: true } }, unit: { select: { name: true, depth: true } } },
    orderBy: [{ unit: { depth: "asc" } }, { user: { fullName: "asc" } }],
    take: 200,
  });
  const seen = new Set<string>();
  return memberships
    .filter((m) => !seen.has(m.user.id) && seen.add(m.user.id))
    .map((m) => ({ id: m.user.id, fullName: m.user.fullName, unitName: m.unit.name }));
}

/** One cadre's task as the template writes it for the round, with that cadre's baselines and targets. */
export function taskFromTemplate(
  template: Pick<
    TaskTemplateDto,
    "title" | "field" | "breakthroughKind" | "objectives" | "plan" | "expectedProduct" | "targets" | "milestones"
  >,
  round: { startYear: number; endYear: number },
  values: { baseline: string | null; targetValue: string }[],
): ProposedTaskInput {
  const period = roundPeriod(round);
  return {
    title: template.title,
    field: template.field,
    breakthroughKind: template.breakthroughKind,
    objectives: template.objectives,
    plan: template.plan,
    expectedProduct: template.expectedProduct,
    startDate: period.start,
    endDate: startOfVietnamDay(period.end),
    targets: template.targets.map((t, i) => ({
      indicator: t.indicator,
      unitOfMeasure: t.unitOfMeasure,
      direction: t.direction,
      baseline: values[i]!.baseline,
      targetValue: values[i]!.targetValue,
      deadline: dateInPeriod(round, t.deadlineMonths),
    })),
    milestones: template.milestones.map((m) => ({ description: m.description, dueDate: dateInPeriod(round, m.offsetMonths) })),
  };
}

async function findBatch(actor: Actor, key: string): Promise<BulkAssignmentResult | null> {
  const db = await getDb();
  const batch = await db.bulkAssignment.findFirst({
    where: { idempotencyKey: key, createdById: actor.userId },
    include: { tasks: { select: { id: true }, orderBy: { code: "asc" } } },
  });
  return batch ? { bulkAssignmentId: batch.id, taskIds: batch.tasks.map((t) => t.id), created: false } : null;
}

/**
 * "Giao hàng loạt": one template assigned to many cadres under one decision (number and date), in one
 * transaction. Each row becomes that cadre's own task, coded in the round's sequence, over the round's
 * period, its milestones and deadlines placed by the template's month offsets, with the row's baselines
 * and targets and its supervisor (the batch's default when the row names none); one audit row per task,
 * the supervisor and the cadre told. All or nothing: one refused row (a cadre out of the body's scope, a
 * target against its direction, a supervisor not above the cadre) writes nothing and names the row.
 *
 * Idempotent: the batch's key is written first and is unique, so a double click or a retry with the same
 * key waits for the first and then returns what it created, creating nothing twice. An importer calls this
 * with the rows it read (one per cadre, values in the template's target order).
 */
export async function bulkAssignTemplate(input: BulkAssignmentInput): Promise<BulkAssignmentResult> {
  const actor = await requirePermission("task:assign");
  const done = await findBatch(actor, input.idempotencyKey);
  if (done) return done;
  try {
    return await inTransaction(async (tx) => {
      const batchTemplate = await tx.taskTemplate.findFirst({
        where: { id: input.templateId, ...templatesOf(actor), archived: false },
      });
      if (!batchTemplate) throw new NotFoundError();
      if (batchTemplate.version !== input.templateVersion) throw new ConflictError();
      const template = toTemplateDto(batchTemplate);
      const round = await tx.round.findFirst({
        where: { id: input.roundId, assigningBodyId: actor.unitId, status: { in: ["OPEN", "CLOSED"] } },
        include: { assigningBody: { select: { code: true } } },
      });
      if (!round) throw new NotFoundError();

      // The key first: a twin submit blocks here until this transaction ends, then finds the batch.
      const batch = await tx.bulkAssignment.create({
        data: {
          idempotencyKey: input.idempotencyKey,
          templateId: template.id,
          roundId: round.id,
          decisionNumber: input.decisionNumber,
          decisionDate: input.decisionDate,
          createdById: actor.userId,
        },
      });

      const ids = input.rows.map((r) => r.cadreId);
      if (new Set(ids).size !== ids.length) throw new DomainError("bulkDuplicateCadre");
      const cadres = await tx.cadre.findMany({
        where: { id: { in: ids }, ...assignableCadres(actor) },
        include: { unit: true, user: { select: { id: true } } },
      });
      if (cadres.length !== ids.length) throw new NotFoundError();
      const byId = new Map(cadres.map((c) => [c.id, c]));

      const supervisorIds = [...new Set(input.rows.map((r) => r.supervisorId ?? input.defaultSupervisorId))];
      const memberships = await tx.roleMembership.findMany({
        where: { userId: { in: supervisorIds }, role: "SUPERVISOR", user: { active: true } },
        include: { unit: { select: { path: true } } },
      });

      // Every row is checked before anything is created, so the message names the first bad row.
      input.rows.forEach((row, i) => {
        const cadre = byId.get(row.cadreId)!;
        const params = { row: i + 1, name: cadre.fullName };
        if (row.targets.length !== template.targets.length) throw new DomainError("bulkRowTargets", params);
        template.targets.forEach((t, j) => {
          const v = row.targets[j]!;
          const problem = targetDirectionProblem({ baseline: v.baseline, target: v.targetValue, direction: t.direction });
          if (problem) throw new DomainError("bulkRowTarget", { ...params, indicator: t.indicator });
        });
        const supervisorId = row.supervisorId ?? input.defaultSupervisorId;
        const above = memberships.some((m) => m.userId === supervisorId && cadre.unit.path.startsWith(m.unit.path));
        if (!above) throw new DomainError("bulkRowSupervisor", params);
      });

      const taskIds: string[] = [];
      for (const row of input.rows) {
        const cadre = byId.get(row.cadreId)!;
        const task = await assign(tx, actor, {
          round,
          cadre,
          origin: "DIRECT",
          content: taskFromTemplate(template, round, row.targets),
          assignment: {
            decisionNumber: input.decisionNumber,
            decisionDate: input.decisionDate,
            supervisorId: row.supervisorId ?? input.defaultSupervisorId,
            cooperatingUnitIds: [],
          },
          templateId: template.id,
          bulkAssignmentId: batch.id,
        });
        if (cadre.user)
          await notify(tx, [cadre.user.id], "task.assigned", { taskTitle: task.title, taskCode: task.code }, `/tasks/${task.id}`);
        taskIds.push(task.id);
      }
      await audit(tx, actor, {
        action: "bulkAssignment.create",
        entityType: "BulkAssignment",
        entityId: batch.id,
        data: { templateId: template.id, decisionNumber: input.decisionNumber, tasks: taskIds.length },
      });
      return { bulkAssignmentId: batch.id, taskIds, created: true };
    });
  } catch (error) {
    // The twin that lost the race for the key: what the first created is the answer to both.
    if (error instanceof ConflictError) {
      const twin = await findBatch(actor, input.idempotencyKey);
      if (twin) return twin;
    }
    throw error;
  }
}

export type BulkAssignmentSummary = {
  id: string;
  decisionNumber: string;
  decisionDate: Date;
  templateTitle: string;
  tasks: { id: string; code: string; cadreName: string; unitName: string }[];
};

/** A batch the body assigned, with its tasks, for the page shown after the assignment. */
export async function getBulkAssignment(id: string): Promise<BulkAssignmentSummary> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  const batch = await db.bulkAssignment.findFirst({
    where: { id, template: templatesOf(actor) },
    include: {
      template: { select: { title: true } },
      tasks: {
        select: { id: true, code: true, cadre: { select: { fullName: true } }, unit: { select: { name: true } } },
        orderBy: { code: "asc" },
      },
    },
  });
  if (!batch) throw new NotFoundError();
  return {
    id: batch.id,
    decisionNumber: batch.decisionNumber,
    decisionDate: batch.decisionDate,
    templateTitle: batch.template.title,
    tasks: batch.tasks.map((t) => ({ id: t.id, code: t.code, cadreName: t.cadre.fullName, unitName: t.unit.name })),
  };
}

/** The units in the committee's scope, for picking cadres by unit (the picker shows them as their tree). */
export async function listBulkUnitOptions(): Promise<{ id: string; name: string; parentId: string | null }[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  return db.unit.findMany({
    where: { ...unitInScope(actor), active: true },
    select: { id: true, name: true, parentId: true },
    orderBy: { path: "asc" },
  });
}
