import "server-only";
import { randomUUID } from "node:crypto";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CreateUnitInput, SetActiveInput, UpdateUnitInput } from "@/lib/validation/admin";
import type { UnitListQuery } from "@/lib/validation/query";
import { inTransaction } from "@/lib/dal/_shared/transition";
import { pageArgs, sortOrder, toPage, type ListParams, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import { audit } from "@/lib/dal/_shared/audit";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { requireAnyAdmin, lockUnitTree, unitInScopeOrThrow, uniqueCode } from "@/lib/dal/admin/access";

// ───────────────────────────── Units ─────────────────────────────

export type UnitRow = {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  depth: number;
  isAssigningBody: boolean;
  active: boolean;
  version: number;
  cadreCount: number;
};

/** The unit tree in the admin's scope, in tree order (parents before children). */
export async function listUnits(): Promise<UnitRow[]> {
  const actor = await requirePermission("admin:units");
  const db = await getDb();
  const units = await db.unit.findMany({
    where: unitInScope(actor),
    include: { _count: { select: { cadres: { where: { active: true } } } } },
  });
  return sortAsTree(units).map(toUnitRow);
}

/**
 * The admin list's sortable columns. "tree" is the materialised path: parents before their children, so the
 * indented list reads as the tree; the others sort flat.
 */
const UNIT_SORTS: SortWhitelist<Prisma.UnitOrderByWithRelationInput[]> = {
  tree: { order: (d) => [{ path: d }] },
  name: { order: (d) => [{ name: d }, { id: d }] },
  code: { order: (d) => [{ code: d }, { id: d }] },
  kind: { order: (d) => [{ kind: d }, { name: "asc" }, { id: "asc" }] },
  cadres: { order: (d) => [{ cadres: { _count: d } }, { name: "asc" }, { id: "asc" }], firstDir: "desc" },
};

/** The units in the admin's scope a page at a time, sorted in SQL and filtered by kind and by active or not. */
export async function listUnitPage(
  query: ListParams & Pick<Partial<UnitListQuery>, "kind" | "active">,
): Promise<SortedPage<UnitRow>> {
  const actor = await requirePermission("admin:units");
  const db = await getDb();
  const where: Prisma.UnitWhereInput = {
    ...unitInScope(actor),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.active ? { active: query.active === "yes" } : {}),
  };
  const { orderBy, applied } = sortOrder(UNIT_SORTS, query, { key: "tree", dir: "asc" });
  const [units, total] = await Promise.all([
    db.unit.findMany({
      where,
      orderBy,
      include: { _count: { select: { cadres: { where: { active: true } } } } },
      ...pageArgs(query.page, query.size),
    }),
    db.unit.count({ where }),
  ]);
  return { ...toPage(units.map(toUnitRow), total, query.page, query.size), sort: applied };
}

function toUnitRow(u: Prisma.UnitGetPayload<{ include: { _count: { select: { cadres: true } } } }>): UnitRow {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentId: u.parentId,
    depth: u.depth,
    isAssigningBody: u.isAssigningBody,
    active: u.active,
    version: u.version,
    cadreCount: u._count.cadres,
  };
}

/** Depth-first order with siblings by name, so an indented list reads as the tree. */
function sortAsTree<T extends { id: string; parentId: string | null; name: string }>(units: T[]): T[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, T[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: T[] = [];
  const visit = (parent: string | null) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, "vi"))) {
      out.push(u);
      visit(u.id);
    }
  };
  visit(null);
  return out;
}

export type UnitOption = { id: string; name: string; depth: number; parentId: string | null; isAssigningBody: boolean };

/** Active units in scope for pickers, in tree order. */
export async function listUnitOptions(): Promise<UnitOption[]> {
  const actor = await requireAnyAdmin();
  const db = await getDb();
  const units = await db.unit.findMany({
    where: { ...unitInScope(actor), active: true },
    select: { id: true, name: true, depth: true, parentId: true, isAssigningBody: true },
  });
  return sortAsTree(units).map(({ id, name, depth, parentId, isAssigningBody }) => ({
    id,
    name,
    depth,
    parentId,
    isAssigningBody,
  }));
}

export async function getUnit(id: string): Promise<UnitRow> {
  const actor = await requirePermission("admin:units");
  const db = await getDb();
  const u = await db.unit.findFirst({
    where: { id, ...unitInScope(actor) },
    include: { _count: { select: { cadres: { where: { active: true } } } } },
  });
  if (!u) throw new NotFoundError();
  return toUnitRow(u);
}

export async function createUnit(input: CreateUnitInput): Promise<{ id: string }> {
  const actor = await requirePermission("admin:units");
  return inTransaction(async (tx) => {
    await lockUnitTree(tx);
    const parent = await unitInScopeOrThrow(tx, actor, input.parentId);
    if (!parent.active) throw new DomainError("parentInactive");
    const id = randomUUID();
    await tx.unit
      .create({
        data: {
          id,
          code: input.code,
          name: input.name,
          kind: input.kind,
          parentId: parent.id,
          path: `${parent.path}${id}/`,
          depth: parent.depth + 1,
          isAssigningBody: input.isAssigningBody,
        },
      })
      .catch(uniqueCode);
    await audit(tx, actor, {
      action: "unit.create",
      entityType: "Unit",
      entityId: id,
      data: { code: input.code, name: input.name },
    });
    return { id };
  });
}

/** Saves a unit; a new parent moves its whole subtree (paths rewritten in the same transaction). */
export async function updateUnit(input: UpdateUnitInput): Promise<void> {
  const actor = await requirePermission("admin:units");
  await inTransaction(async (tx) => {
    await lockUnitTree(tx);
    const unit = await unitInScopeOrThrow(tx, actor, input.id);
    const moving = input.parentId !== undefined && unit.parentId !== input.parentId;
    if (unit.isAssigningBody && !input.isAssigningBody) {
      const [cadres, rounds] = await Promise.all([
        tx.cadre.count({ where: { managedById: unit.id, active: true } }),
        tx.round.count({ where: { assigningBodyId: unit.id } }),
      ]);
      if (cadres || rounds) throw new DomainError("assigningBodyInUse", { cadres, rounds });
    }
    if (unit.id === actor.unitId && moving) throw new DomainError("cannotMoveScopeRoot");
    let path = unit.path;
    let depth = unit.depth;
    if (moving) {
      const parent = await unitInScopeOrThrow(tx, actor, input.parentId!);
      if (parent.path.startsWith(unit.path)) throw new DomainError("unitCycle");
      if (!parent.active) throw new DomainError("parentInactive");
      path = `${parent.path}${unit.id}/`;
      depth = parent.depth + 1;
    }
    const updated = await tx.unit
      .updateMany({
        where: { id: unit.id, version: input.version },
        data: {
          code: input.code,
          name: input.name,
          kind: input.kind,
          isAssigningBody: input.isAssigningBody,
          parentId: moving ? input.parentId : undefined,
          path,
          depth,
          version: { increment: 1 },
        },
      })
      .catch(uniqueCode);
    if (updated.count === 0) throw new ConflictError();
    if (moving) {
      await tx.$executeRaw`
        UPDATE "Unit"
        SET path = ${path} || substr(path, ${unit.path.length + 1}), depth = depth + ${depth - unit.depth}
        WHERE path LIKE ${unit.path + "%"} AND id <> ${unit.id}`;
      // Every cadre below must still be managed by a body at or above their unit.
      const [row] = await tx.$queryRaw<{ stranded: number }[]>`
        SELECT count(*)::int AS stranded
        FROM "Cadre" c JOIN "Unit" u ON u.id = c."unitId" JOIN "Unit" m ON m.id = c."managedById"
        WHERE c.active AND u.path LIKE ${path + "%"} AND u.path NOT LIKE m.path || '%'`;
      if (row?.stranded) throw new DomainError("moveStrandsCadres", { cadres: row.stranded });
    }
    await audit(tx, actor, {
      action: moving ? "unit.move" : "unit.update",
      entityType: "Unit",
      entityId: unit.id,
      data: {
        before: { code: unit.code, name: unit.name, parentId: unit.parentId },
        after: { code: input.code, name: input.name, parentId: input.parentId ?? unit.parentId },
      },
    });
  });
}

/** Deactivates or reactivates a unit. A unit still holding active cadres or active sub-units stays active. */
export async function setUnitActive(input: SetActiveInput): Promise<void> {
  const actor = await requirePermission("admin:units");
  await inTransaction(async (tx) => {
    const unit = await unitInScopeOrThrow(tx, actor, input.id);
    if (!input.active) {
      if (unit.id === actor.unitId) throw new DomainError("cannotDeactivateScopeRoot");
      const [cadres, children] = await Promise.all([
        tx.cadre.count({ where: { unitId: unit.id, active: true } }),
        tx.unit.count({ where: { parentId: unit.id, active: true } }),
      ]);
      if (cadres || children) throw new DomainError("unitNotEmpty", { cadres, children });
    } else if (unit.parentId) {
      const parent = await tx.unit.findUnique({ where: { id: unit.parentId } });
      if (parent && !parent.active) throw new DomainError("parentInactive");
    }
    const updated = await tx.unit.updateMany({
      where: { id: unit.id, version: input.version },
      data: { active: input.active, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    await audit(tx, actor, {
      action: input.active ? "unit.activate" : "unit.deactivate",
      entityType: "Unit",
      entityId: unit.id,
      fromState: unit.active ? "ACTIVE" : "INACTIVE",
      toState: input.active ? "ACTIVE" : "INACTIVE",
    });
  });
}
