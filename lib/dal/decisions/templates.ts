import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BreakthroughKind, TargetDirection, TaskField } from "@/lib/generated/prisma/enums";
import type {
  ArchiveTaskTemplateInput,
  SaveCadreGroupInput,
  SaveTaskTemplateInput,
  TaskTemplateInput,
} from "@/lib/validation/template";
import { audit } from "@/lib/dal/_shared/audit";
import { pageArgs, sortOrder, toPage, type ListParams, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import { inTransaction, updateIfCurrent } from "@/lib/dal/_shared/transition";
import { assignableCadres } from "@/lib/dal/decisions/options";

/**
 * The catalogue of task templates belongs to an assigning body: its standing committee keeps it, and so may
 * the organisation committee preparing the committee's decisions. A template of another body is not found.
 */
export function templatesOf(actor: Pick<Actor, "unitId">) {
  return { ownerUnitId: actor.unitId };
}

export type TemplateTarget = {
  indicator: string;
  unitOfMeasure: string;
  direction: TargetDirection;
  baseline: string | null;
  targetValue: string;
  deadlineMonths: number;
};
export type TemplateMilestone = { description: string; offsetMonths: number };

export type TaskTemplateDto = {
  id: string;
  version: number;
  title: string;
  field: TaskField;
  breakthroughKind: BreakthroughKind;
  objectives: string;
  plan: string;
  expectedProduct: string;
  targets: TemplateTarget[];
  milestones: TemplateMilestone[];
  archived: boolean;
  usedCount: number;
  updatedAt: Date;
};

type TemplateRow = Prisma.TaskTemplateGetPayload<{ include: { _count: { select: { tasks: true } } } }>;

/** The stored JSON was written by this module from a checked input: read back as it was written. */
export function toTemplateDto(t: Omit<TemplateRow, "_count"> & { _count?: { tasks: number } }): TaskTemplateDto {
  return {
    id: t.id,
    version: t.version,
    title: t.title,
    field: t.field,
    breakthroughKind: t.breakthroughKind,
    objectives: t.objectives,
    plan: t.plan,
    expectedProduct: t.expectedProduct,
    targets: t.targets as unknown as TemplateTarget[],
    milestones: t.milestones as unknown as TemplateMilestone[],
    archived: t.archived,
    usedCount: t._count?.tasks ?? 0,
    updatedAt: t.updatedAt,
  };
}

function templateData(input: TaskTemplateInput) {
  return {
    title: input.title,
    field: input.field,
    breakthroughKind: input.breakthroughKind,
    objectives: input.objectives,
    plan: input.plan,
    expectedProduct: input.expectedProduct,
    targets: input.targets.map((t) => ({
      indicator: t.indicator,
      unitOfMeasure: t.unitOfMeasure,
      direction: t.direction,
      baseline: t.baseline,
      targetValue: t.targetValue,
      deadlineMonths: t.deadlineMonths,
    })),
    milestones: input.milestones.map((m) => ({ description: m.description, offsetMonths: m.offsetMonths })),
  };
}

const TEMPLATE_SORTS: SortWhitelist<Prisma.TaskTemplateOrderByWithRelationInput[]> = {
  title: { order: (d) => [{ title: d }, { id: d }] },
  field: { order: (d) => [{ field: d }, { title: "asc" }, { id: "asc" }] },
  updated: { order: (d) => [{ updatedAt: d }, { id: d }], firstDir: "desc" },
};

/** The body's catalogue, by field; archived templates only when asked for. */
export async function listTaskTemplates(
  query: { q?: string; field?: TaskField; archived?: "yes" } & ListParams,
): Promise<SortedPage<TaskTemplateDto>> {
  const actor = await requirePermission("template:manage", "task:assign");
  const db = await getDb();
  const where: Prisma.TaskTemplateWhereInput = {
    ...templatesOf(actor),
    archived: query.archived === "yes",
    ...(query.field ? { field: query.field } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" } } : {}),
  };
  const sort = sortOrder(TEMPLATE_SORTS, query, { key: "field", dir: "asc" });
  const [rows, total] = await Promise.all([
    db.taskTemplate.findMany({
      where,
      include: { _count: { select: { tasks: true } } },
      orderBy: sort.orderBy,
      ...pageArgs(query.page, query.size),
    }),
    db.taskTemplate.count({ where }),
  ]);
  return { ...toPage(rows.map(toTemplateDto), total, query.page, query.size), sort: sort.applied };
}

/** The body's templates in use, for the bulk assignment's choice (a catalogue is tens, not thousands). */
export async function listTemplateOptions(): Promise<TaskTemplateDto[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  const rows = await db.taskTemplate.findMany({
    where: { ...templatesOf(actor), archived: false },
    orderBy: [{ field: "asc" }, { title: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(toTemplateDto);
}

export async function getTaskTemplate(id: string): Promise<TaskTemplateDto> {
  const actor = await requirePermission("template:manage", "task:assign");
  const db = await getDb();
  const t = await db.taskTemplate.findFirst({
    where: { id, ...templatesOf(actor) },
    include: { _count: { select: { tasks: true } } },
  });
  if (!t) throw new NotFoundError();
  return toTemplateDto(t);
}

/**
 * Creates a template, or saves an edit of one at the version the page was loaded at: of two people editing
 * the same template, the second to save reads a conflict rather than overwriting the first.
 */
export async function saveTaskTemplate(input: SaveTaskTemplateInput): Promise<{ id: string; version: number }> {
  const actor = await requirePermission("template:manage");
  const data = templateData(input.template);
  return inTransaction(async (tx) => {
    if (!input.id) {
      const created = await tx.taskTemplate.create({
        data: { ...data, ownerUnitId: actor.unitId, createdById: actor.userId },
      });
      await audit(tx, actor, { action: "taskTemplate.create", entityType: "TaskTemplate", entityId: created.id });
      return { id: created.id, version: created.version };
    }
    const current = await ownTemplate(tx, actor, input.id);
    if (input.version === undefined) throw new DomainError("badInput");
    await updateIfCurrent(tx, "taskTemplate", { id: current.id, version: input.version, archived: false }, data);
    await audit(tx, actor, {
      action: "taskTemplate.update",
      entityType: "TaskTemplate",
      entityId: current.id,
      data: { fromVersion: input.version },
    });
    return { id: current.id, version: input.version + 1 };
  });
}

async function ownTemplate(tx: Tx, actor: Actor, id: string) {
  const t = await tx.taskTemplate.findFirst({ where: { id, ...templatesOf(actor) } });
  if (!t) throw new NotFoundError();
  return t;
}

/**
 * Takes a template out of the catalogue, or puts it back. Templates are archived, never deleted: the tasks
 * assigned from one keep pointing at it.
 */
export async function archiveTaskTemplate(input: ArchiveTaskTemplateInput): Promise<{ id: string }> {
  const actor = await requirePermission("template:manage");
  const archived = input.archived === "yes";
  return inTransaction(async (tx) => {
    const current = await ownTemplate(tx, actor, input.id);
    await updateIfCurrent(tx, "taskTemplate", { id: current.id, version: input.version, archived: !archived }, { archived });
    await audit(tx, actor, {
      action: archived ? "taskTemplate.archive" : "taskTemplate.restore",
      entityType: "TaskTemplate",
      entityId: current.id,
    });
    return { id: current.id };
  });
}

// ───────────────────────────── Saved groups of cadres ─────────────────────────────

export type CadreGroupDto = { id: string; name: string; size: number };

/** The body's saved groups of cadres, by name. */
export async function listCadreGroups(): Promise<CadreGroupDto[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  const rows = await db.savedCadreGroup.findMany({
    where: { ownerUnitId: actor.unitId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
  return rows.map((g) => ({ id: g.id, name: g.name, size: g.cadreIds.length }));
}

/**
 * Saves the cadres picked for a bulk assignment under a name, to pick them again next time; saving under a
 * name already used replaces that group's list. Only cadres the body may assign to are kept.
 */
export async function saveCadreGroup(input: SaveCadreGroupInput): Promise<{ id: string }> {
  const actor = await requirePermission("task:assign");
  return inTransaction(async (tx) => {
    const ids = [...new Set(input.cadreIds)];
    const count = await tx.cadre.count({ where: { id: { in: ids }, ...assignableCadres(actor) } });
    if (count !== ids.length) throw new NotFoundError();
    const group = await tx.savedCadreGroup.upsert({
      where: { ownerUnitId_name: { ownerUnitId: actor.unitId, name: input.name } },
      create: { ownerUnitId: actor.unitId, name: input.name, cadreIds: ids, createdById: actor.userId },
      update: { cadreIds: ids },
    });
    await audit(tx, actor, {
      action: "cadreGroup.save",
      entityType: "SavedCadreGroup",
      entityId: group.id,
      data: { size: ids.length },
    });
    return { id: group.id };
  });
}
