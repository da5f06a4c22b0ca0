import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import type { CadreGroup } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CreateCadreInput, SetActiveInput, UpdateCadreInput } from "@/lib/validation/admin";
import { inTransaction } from "@/lib/dal/_shared/transition";
import { audit } from "@/lib/dal/_shared/audit";
import { pageArgs, sortOrder, toPage, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { listSearchConditions } from "@/lib/dal/_shared/search";
import { unitInScopeOrThrow } from "@/lib/dal/admin/access";

// ───────────────────────────── Cadres ─────────────────────────────

export type CadreRow = {
  id: string;
  fullName: string;
  positionTitle: string;
  unitId: string;
  unitName: string;
  managedById: string;
  managedByName: string;
  group: CadreGroup;
  active: boolean;
  version: number;
  username: string | null;
};

const cadreInclude = {
  unit: { select: { name: true } },
  managedBy: { select: { name: true } },
  user: { select: { username: true } },
} as const;

function toCadreRow(c: Prisma.CadreGetPayload<{ include: typeof cadreInclude }>): CadreRow {
  return {
    id: c.id,
    fullName: c.fullName,
    positionTitle: c.positionTitle,
    unitId: c.unitId,
    unitName: c.unit.name,
    managedById: c.managedById,
    managedByName: c.managedBy.name,
    group: c.group,
    active: c.active,
    version: c.version,
    username: c.user?.username ?? null,
  };
}

/** The admin list's sortable columns; by default active cadres first, then by name. */
const CADRE_SORTS: SortWhitelist<Prisma.CadreOrderByWithRelationInput[]> = {
  default: { order: (d) => [{ active: d === "asc" ? "desc" : "asc" }, { fullName: d }, { id: d }] },
  name: { order: (d) => [{ fullName: d }, { id: d }] },
  unit: { order: (d) => [{ unit: { name: d } }, { fullName: "asc" }, { id: "asc" }] },
  group: { order: (d) => [{ group: d }, { fullName: "asc" }, { id: "asc" }] },
  account: { order: (d) => [{ user: { username: d } }, { fullName: "asc" }, { id: "asc" }] },
};

export async function listCadres(query: {
  q?: string;
  unitId?: string;
  page: number;
  size?: number;
  sort?: string;
  dir?: string;
}): Promise<SortedPage<CadreRow>> {
  const actor = await requirePermission("admin:cadres");
  const db = await getDb();
  const where: Prisma.CadreWhereInput = {
    unit: query.unitId ? { ...unitInScope(actor), id: query.unitId } : unitInScope(actor),
    AND: await listSearchConditions(db, query.q),
  };
  const { orderBy, applied } = sortOrder(CADRE_SORTS, query, { key: "default", dir: "asc" });
  const [rows, total] = await Promise.all([
    db.cadre.findMany({
      where,
      include: cadreInclude,
      orderBy,
      ...pageArgs(query.page, query.size),
    }),
    db.cadre.count({ where }),
  ]);
  return { ...toPage(rows.map(toCadreRow), total, query.page, query.size), sort: applied };
}

/** One cadre; `writable` says whether this admin may change them (see cadreWritableBy). */
export async function getCadre(id: string): Promise<CadreRow & { writable: boolean }> {
  const actor = await requirePermission("admin:cadres");
  const db = await getDb();
  const c = await db.cadre.findFirst({ where: { id, unit: unitInScope(actor) }, include: cadreInclude });
  if (!c) throw new NotFoundError();
  const writable = (await db.cadre.count({ where: { id, ...cadreWritableBy(actor) } })) === 1;
  return { ...toCadreRow(c), writable };
}

/** A cadre is managed by an assigning body at or above their unit, within the admin's scope. */
async function checkCadrePlacement(tx: Tx, actor: Actor, unitId: string, managedById: string) {
  const unit = await unitInScopeOrThrow(tx, actor, unitId);
  const body = await unitInScopeOrThrow(tx, actor, managedById);
  if (!body.isAssigningBody) throw new DomainError("notAssigningBody");
  if (!unit.path.startsWith(body.path)) throw new DomainError("managingBodyNotAbove");
  if (!unit.active) throw new DomainError("unitInactive");
}

export async function createCadre(input: CreateCadreInput): Promise<{ id: string }> {
  const actor = await requirePermission("admin:cadres");
  return inTransaction(async (tx) => {
    await checkCadrePlacement(tx, actor, input.unitId, input.managedById);
    const cadre = await tx.cadre.create({ data: input });
    await audit(tx, actor, {
      action: "cadre.create",
      entityType: "Cadre",
      entityId: cadre.id,
      data: { fullName: input.fullName },
    });
    return { id: cadre.id };
  });
}

/**
 * A cadre an administrator may change: working in their scope and managed by a body in their scope. A
 * commune administrator sees the commune secretary (who works there) but may not change a cadre the
 * province manages.
 */
function cadreWritableBy(actor: Actor): Prisma.CadreWhereInput {
  return { unit: unitInScope(actor), managedBy: unitInScope(actor) };
}

export async function updateCadre(input: UpdateCadreInput): Promise<void> {
  const actor = await requirePermission("admin:cadres");
  await inTransaction(async (tx) => {
    const before = await tx.cadre.findFirst({ where: { id: input.id, ...cadreWritableBy(actor) } });
    if (!before) throw new NotFoundError();
    await checkCadrePlacement(tx, actor, input.unitId, input.managedById);
    const { id, version, ...data } = input;
    const updated = await tx.cadre.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) throw new ConflictError();
    await audit(tx, actor, {
      action: "cadre.update",
      entityType: "Cadre",
      entityId: id,
      data: {
        before: {
          fullName: before.fullName,
          positionTitle: before.positionTitle,
          unitId: before.unitId,
          managedById: before.managedById,
          group: before.group,
        },
        after: data,
      },
    });
  });
}

export async function setCadreActive(input: SetActiveInput): Promise<void> {
  const actor = await requirePermission("admin:cadres");
  await inTransaction(async (tx) => {
    const cadre = await tx.cadre.findFirst({ where: { id: input.id, ...cadreWritableBy(actor) }, include: { unit: true } });
    if (!cadre) throw new NotFoundError();
    if (input.active && !cadre.unit.active) throw new DomainError("unitInactive");
    const updated = await tx.cadre.updateMany({
      where: { id: cadre.id, version: input.version },
      data: { active: input.active, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    await audit(tx, actor, {
      action: input.active ? "cadre.activate" : "cadre.deactivate",
      entityType: "Cadre",
      entityId: cadre.id,
      fromState: cadre.active ? "ACTIVE" : "INACTIVE",
      toState: input.active ? "ACTIVE" : "INACTIVE",
    });
  });
}

/** Active cadres in scope without an account yet (and the one already linked), for the user form. */
export async function listLinkableCadres(currentUserId?: string): Promise<{ id: string; fullName: string; unitName: string }[]> {
  const actor = await requirePermission("admin:users");
  const db = await getDb();
  const cadres = await db.cadre.findMany({
    where: {
      active: true,
      unit: unitInScope(actor),
      OR: [{ user: null }, ...(currentUserId ? [{ user: { id: currentUserId } }] : [])],
    },
    select: { id: true, fullName: true, unit: { select: { name: true } } },
    orderBy: { fullName: "asc" },
    take: 1000,
  });
  return cadres.map((c) => ({ id: c.id, fullName: c.fullName, unitName: c.unit.name }));
}
