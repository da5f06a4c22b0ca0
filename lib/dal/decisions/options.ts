import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { pageArgs, sortOrder, toPage, type ListParams, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { listSearchConditions } from "@/lib/dal/_shared/search";

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

/** Units that may cooperate on a task: the active units in the standing committee's scope, with their parents (for the tree). */
export async function listCooperatingUnitOptions(): Promise<{ id: string; name: string; parentId: string | null }[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  return db.unit.findMany({
    where: { ...unitInScope(actor), active: true },
    select: { id: true, name: true, parentId: true },
    orderBy: { name: "asc" },
  });
}

/** The cadres a standing committee may assign to directly: active, and managed by its own body. */
export function assignableCadres(actor: Actor) {
  return { active: true, managedById: actor.unitId, unit: unitInScope(actor) };
}

export type AssignableCadre = { id: string; fullName: string; positionTitle: string; unitId: string; unitName: string };

/** The assignable cadres' sortable columns. */
const ASSIGNABLE_SORTS: SortWhitelist<Prisma.CadreOrderByWithRelationInput[]> = {
  name: { order: (d) => [{ fullName: d }, { id: d }] },
  position: { order: (d) => [{ positionTitle: d }, { fullName: "asc" }, { id: "asc" }] },
  unit: { order: (d) => [{ unit: { name: d } }, { fullName: "asc" }, { id: "asc" }] },
};

export async function listAssignableCadres(query: { q?: string } & ListParams): Promise<SortedPage<AssignableCadre>> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  const where = {
    ...assignableCadres(actor),
    AND: await listSearchConditions(db, query.q),
  };
  const [rows, total] = await Promise.all([
    db.cadre.findMany({
      where,
      include: { unit: { select: { name: true } } },
      orderBy: sortOrder(ASSIGNABLE_SORTS, query, { key: "name", dir: "asc" }).orderBy,
      ...pageArgs(query.page, query.size),
    }),
    db.cadre.count({ where }),
  ]);
  const page = toPage(
    rows.map((c) => ({
      id: c.id,
      fullName: c.fullName,
      positionTitle: c.positionTitle,
      unitId: c.unitId,
      unitName: c.unit.name,
    })),
    total,
    query.page,
    query.size,
  );
  return { ...page, sort: sortOrder(ASSIGNABLE_SORTS, query, { key: "name", dir: "asc" }).applied };
}

export async function getAssignableCadre(id: string): Promise<AssignableCadre> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  const c = await db.cadre.findFirst({
    where: { id, ...assignableCadres(actor) },
    include: { unit: { select: { name: true } } },
  });
  if (!c) throw new NotFoundError();
  return { id: c.id, fullName: c.fullName, positionTitle: c.positionTitle, unitId: c.unitId, unitName: c.unit.name };
}

/** Rounds of the committee's own body that have started (open or closed), newest first. */
export async function listAssignmentRounds(): Promise<{ id: string; name: string; startYear: number; endYear: number }[]> {
  const actor = await requirePermission("task:assign");
  const db = await getDb();
  return db.round.findMany({
    where: { assigningBodyId: actor.unitId, status: { in: ["OPEN", "CLOSED"] } },
    select: { id: true, name: true, startYear: true, endYear: true },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
}
