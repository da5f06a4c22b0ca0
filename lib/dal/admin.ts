import "server-only";
import { randomUUID } from "node:crypto";
import { requirePermission, requireUser, type Actor } from "@/lib/auth/session";
import { clearSignInLimits } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { requestAddress, spendOrRefuse } from "@/lib/auth/rate-limit";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { passwordProblems } from "@/lib/domain/password-rule";
import type { Role } from "@/lib/domain/roles";
import type { CadreGroup, UnitKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasPermission } from "@/lib/permissions";
import type {
  AddRoleInput,
  CreateCadreInput,
  CreateUnitInput,
  CreateUserInput,
  ResetPasswordInput,
  SetActiveInput,
  UpdateCadreInput,
  UpdateUnitInput,
  UpdateUserInput,
} from "@/lib/validation/admin";
import { audit } from "./audit";
import { pageArgs, toPage, type Page } from "./pagination";
import { unitInScope } from "./scope";

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

export type UnitOption = { id: string; name: string; depth: number; isAssigningBody: boolean };

/** Active units in scope for pickers, in tree order. */
export async function listUnitOptions(): Promise<UnitOption[]> {
  const actor = await requireAnyAdmin();
  const db = await getDb();
  const units = await db.unit.findMany({
    where: { ...unitInScope(actor), active: true },
    select: { id: true, name: true, depth: true, parentId: true, isAssigningBody: true },
  });
  return sortAsTree(units).map(({ id, name, depth, isAssigningBody }) => ({ id, name, depth, isAssigningBody }));
}

const ADMIN_PERMISSIONS = ["admin:units", "admin:cadres", "admin:users"] as const;

/** Any of the administration permissions (pickers and the overview serve all three screens). */
async function requireAnyAdmin(): Promise<Actor> {
  const user = await requireUser();
  const role = user.active?.role;
  if (!user.active || !ADMIN_PERMISSIONS.some((p) => hasPermission(role, p))) throw new ForbiddenError();
  return {
    userId: user.id,
    role: user.active.role,
    unitId: user.active.unitId,
    unitPath: user.active.unitPath,
    cadreId: user.cadreId,
  };
}

/**
 * Tree writes are rare and must not interleave: a unit created under a parent while that parent is being
 * moved would keep the old path and fall out of every scope. One transaction-level lock serialises them.
 */
async function lockUnitTree(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('unit-tree'))`;
}

async function unitInScopeOrThrow(tx: Tx, actor: Actor, unitId: string) {
  const unit = await tx.unit.findFirst({ where: { id: unitId, ...unitInScope(actor) } });
  if (!unit) throw new NotFoundError();
  return unit;
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
  const db = await getDb();
  return db.$transaction(async (tx) => {
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
  const db = await getDb();
  await db.$transaction(async (tx) => {
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
  const db = await getDb();
  await db.$transaction(async (tx) => {
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

function uniqueCode(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("codeTaken");
  throw error;
}

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

export async function listCadres(query: { q?: string; unitId?: string; page: number }): Promise<Page<CadreRow>> {
  const actor = await requirePermission("admin:cadres");
  const db = await getDb();
  const where: Prisma.CadreWhereInput = {
    unit: query.unitId ? { ...unitInScope(actor), id: query.unitId } : unitInScope(actor),
    ...(query.q
      ? {
          OR: [
            { fullName: { contains: query.q, mode: "insensitive" } },
            { positionTitle: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.cadre.findMany({
      where,
      include: cadreInclude,
      orderBy: [{ active: "desc" }, { fullName: "asc" }],
      ...pageArgs(query.page),
    }),
    db.cadre.count({ where }),
  ]);
  return toPage(rows.map(toCadreRow), total, query.page);
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
  const db = await getDb();
  return db.$transaction(async (tx) => {
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
  const db = await getDb();
  await db.$transaction(async (tx) => {
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
  const db = await getDb();
  await db.$transaction(async (tx) => {
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

// ───────────────────────────── Users ─────────────────────────────

export type UserRow = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  lockedUntil: Date | null;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  version: number;
  cadreId: string | null;
  cadreName: string | null;
  memberships: { id: string; role: Role; unitId: string; unitName: string }[];
};

const userInclude = {
  cadre: { select: { fullName: true } },
  memberships: { include: { unit: { select: { name: true, path: true } } }, orderBy: { createdAt: "asc" } },
} as const;

function toUserRow(u: Prisma.UserGetPayload<{ include: typeof userInclude }>, actor: Actor): UserRow {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    active: u.active,
    lockedUntil: u.lockedUntil,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt,
    version: u.version,
    cadreId: u.cadreId,
    cadreName: u.cadre?.fullName ?? null,
    // Roles held elsewhere are not this administrator's business (nor are those units' names).
    memberships: u.memberships
      .filter((m) => m.unit.path.startsWith(actor.unitPath))
      .map((m) => ({ id: m.id, role: m.role, unitId: m.unitId, unitName: m.unit.name })),
  };
}

/** A user the admin may see: one of their roles, or their cadre, sits in the admin's unit subtree. */
function userInScope(actor: Actor): Prisma.UserWhereInput {
  return { OR: [{ memberships: { some: { unit: unitInScope(actor) } } }, { cadre: { unit: unitInScope(actor) } }] };
}

/**
 * A user the admin may change: everything the account can reach lies in the admin's subtree. Otherwise a
 * commune administrator could reset the password of someone who also holds a provincial role.
 */
function userWritableBy(actor: Actor): Prisma.UserWhereInput {
  return {
    AND: [
      userInScope(actor),
      { memberships: { none: { unit: { NOT: unitInScope(actor) } } } },
      { OR: [{ cadreId: null }, { cadre: { unit: unitInScope(actor) } }] },
    ],
  };
}

/** Administrators manage other people's access; their own goes through another administrator. */
function refuseSelf(actor: Actor, userId: string) {
  if (userId === actor.userId) throw new DomainError("cannotChangeOwnAccess");
}

export async function listUsers(query: { q?: string; page: number }): Promise<Page<UserRow>> {
  const actor = await requirePermission("admin:users");
  const db = await getDb();
  const where: Prisma.UserWhereInput = {
    AND: [
      userInScope(actor),
      query.q
        ? {
            OR: [
              { username: { contains: query.q, mode: "insensitive" } },
              { fullName: { contains: query.q, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      include: userInclude,
      orderBy: [{ active: "desc" }, { username: "asc" }],
      ...pageArgs(query.page),
    }),
    db.user.count({ where }),
  ]);
  return toPage(
    rows.map((u) => toUserRow(u, actor)),
    total,
    query.page,
  );
}

async function writableUserOrThrow(tx: Tx, actor: Actor, id: string) {
  const user = await tx.user.findFirst({ where: { id, ...userWritableBy(actor) }, include: userInclude });
  if (!user) throw new NotFoundError();
  return user;
}

export type UserDetail = UserRow & { writable: boolean };

/** One account; `writable` says whether this admin may change it (see userWritableBy). */
export async function getUser(id: string): Promise<UserDetail> {
  const actor = await requirePermission("admin:users");
  const db = await getDb();
  const user = await db.user.findFirst({ where: { id, ...userInScope(actor) }, include: userInclude });
  if (!user) throw new NotFoundError();
  const writable = id !== actor.userId && (await db.user.count({ where: { id, ...userWritableBy(actor) } })) === 1;
  return { ...toUserRow(user, actor), writable };
}

async function checkLinkableCadre(tx: Tx, actor: Actor, cadreId: string | null, userId?: string) {
  if (!cadreId) return;
  const cadre = await tx.cadre.findFirst({ where: { id: cadreId, unit: unitInScope(actor) }, include: { user: true } });
  if (!cadre) throw new NotFoundError();
  if (cadre.user && cadre.user.id !== userId) throw new DomainError("cadreHasAccount");
}

/** A new account starts with an initial password that must be changed at the first sign-in. */
export async function createUser(input: CreateUserInput): Promise<{ id: string }> {
  const actor = await requirePermission("admin:users");
  const db = await getDb();
  if (input.role === "CADRE" && !input.cadreId) throw new DomainError("cadreRoleNeedsCadre");
  const passwordHash = await hashPassword(input.initialPassword);
  return db.$transaction(async (tx) => {
    await unitInScopeOrThrow(tx, actor, input.roleUnitId);
    await checkLinkableCadre(tx, actor, input.cadreId);
    const user = await tx.user
      .create({
        data: {
          username: input.username,
          fullName: input.fullName,
          email: input.email,
          cadreId: input.cadreId,
          passwordHash,
          mustChangePassword: true,
          memberships: { create: { role: input.role, unitId: input.roleUnitId } },
        },
      })
      .catch((error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          // Two requests linking the same cadre at once collide on cadreId; anything else is the username.
          throw new DomainError(JSON.stringify(error.meta ?? {}).includes("cadreId") ? "cadreHasAccount" : "usernameTaken");
        }
        throw error;
      });
    await audit(tx, actor, {
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      data: { username: input.username, role: input.role, unitId: input.roleUnitId },
    });
    return { id: user.id };
  });
}

export async function updateUser(input: UpdateUserInput): Promise<void> {
  const actor = await requirePermission("admin:users");
  const db = await getDb();
  refuseSelf(actor, input.id);
  await db.$transaction(async (tx) => {
    const before = await writableUserOrThrow(tx, actor, input.id);
    await checkLinkableCadre(tx, actor, input.cadreId, input.id);
    if (!input.cadreId && before.memberships.some((m) => m.role === "CADRE")) throw new DomainError("cadreRoleNeedsCadre");
    const updated = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: { fullName: input.fullName, email: input.email, cadreId: input.cadreId, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    await audit(tx, actor, {
      action: "user.update",
      entityType: "User",
      entityId: input.id,
      data: {
        before: { fullName: before.fullName, email: before.email, cadreId: before.cadreId },
        after: { fullName: input.fullName, email: input.email, cadreId: input.cadreId },
      },
    });
  });
}

/** Deactivating ends the user's sessions at their next request. An admin cannot lock themselves out. */
export async function setUserActive(input: SetActiveInput): Promise<void> {
  const actor = await requirePermission("admin:users");
  refuseSelf(actor, input.id);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await writableUserOrThrow(tx, actor, input.id);
    const updated = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { active: input.active, version: { increment: 1 }, ...(input.active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    if (updated.count === 0) throw new ConflictError();
    await audit(tx, actor, {
      action: input.active ? "user.activate" : "user.deactivate",
      entityType: "User",
      entityId: user.id,
      fromState: user.active ? "ACTIVE" : "INACTIVE",
      toState: input.active ? "ACTIVE" : "INACTIVE",
    });
  });
}

/** Sets a new initial password: the user's sessions end, the lock clears, and they must change it. */
export async function resetPassword(input: ResetPasswordInput): Promise<void> {
  const actor = await requirePermission("admin:users");
  refuseSelf(actor, input.id);
  await spendOrRefuse("passwordChange", await requestAddress(), {
    action: "user.resetPasswordRefused",
    actorId: actor.userId,
    actorRole: actor.role,
    entityType: "User",
    entityId: input.id,
    data: { reason: "rateLimited" },
  });
  const db = await getDb();
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const user = await writableUserOrThrow(tx, actor, input.id);
    if (passwordProblems(input.newPassword, user).includes("passwordContainsName")) {
      throw new DomainError("passwordContainsName");
    }
    // The sign-in counters of this name go too: the user starts afresh with the new password.
    await clearSignInLimits(tx, user.username);
    const updated = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: {
        passwordHash,
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new ConflictError();
    await audit(tx, actor, { action: "user.resetPassword", entityType: "User", entityId: user.id });
  });
}

export async function addRole(input: AddRoleInput): Promise<void> {
  const actor = await requirePermission("admin:users");
  refuseSelf(actor, input.userId);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await writableUserOrThrow(tx, actor, input.userId);
    await unitInScopeOrThrow(tx, actor, input.unitId);
    if (input.role === "CADRE" && !user.cadreId) throw new DomainError("cadreRoleNeedsCadre");
    if (user.memberships.some((m) => m.role === input.role && m.unitId === input.unitId)) throw new DomainError("roleExists");
    const membership = await tx.roleMembership.create({ data: { userId: user.id, role: input.role, unitId: input.unitId } });
    await audit(tx, actor, {
      action: "user.addRole",
      entityType: "User",
      entityId: user.id,
      data: { membershipId: membership.id, role: input.role, unitId: input.unitId },
    });
  });
}

export async function removeRole(membershipId: string): Promise<void> {
  const actor = await requirePermission("admin:users");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const membership = await tx.roleMembership.findFirst({
      where: { id: membershipId, unit: unitInScope(actor), user: userWritableBy(actor) },
    });
    if (!membership) throw new NotFoundError();
    refuseSelf(actor, membership.userId);
    await tx.roleMembership.delete({ where: { id: membership.id } });
    await audit(tx, actor, {
      action: "user.removeRole",
      entityType: "User",
      entityId: membership.userId,
      data: { role: membership.role, unitId: membership.unitId },
    });
  });
}

export async function getAdminOverview(): Promise<{ units: number; cadres: number; users: number; lockedUsers: number }> {
  const actor = await requireAnyAdmin();
  const db = await getDb();
  const now = new Date();
  const [units, cadres, users, lockedUsers] = await Promise.all([
    db.unit.count({ where: { ...unitInScope(actor), active: true } }),
    db.cadre.count({ where: { active: true, unit: unitInScope(actor) } }),
    db.user.count({ where: { active: true, ...userInScope(actor) } }),
    db.user.count({ where: { lockedUntil: { gt: now }, ...userInScope(actor) } }),
  ]);
  return { units, cadres, users, lockedUsers };
}
