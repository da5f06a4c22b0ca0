import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { clearSignInLimits } from "@/lib/auth/authenticate";
import { MFA_CLEARED } from "@/lib/auth/mfa";
import { hashPassword } from "@/lib/auth/password";
import { requestAddress, spendOrRefuse } from "@/lib/auth/rate-limit";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { passwordProblems } from "@/lib/domain/password-rule";
import type { Role } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  AddRoleInput,
  CreateUserInput,
  ResetMfaInput,
  ResetPasswordInput,
  SetActiveInput,
  SetNationalIdInput,
  UnlinkSsoInput,
  UpdateUserInput,
} from "@/lib/validation/admin";
import { inTransaction } from "@/lib/dal/_shared/transition";
import { audit } from "@/lib/dal/_shared/audit";
import { pageArgs, sortOrder, toPage, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import { listSearchConditions } from "@/lib/dal/_shared/search";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { unitInScopeOrThrow } from "@/lib/dal/admin/access";

// ───────────────────────────── Users ─────────────────────────────

export type UserRow = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  lockedUntil: Date | null;
  mustChangePassword: boolean;
  mfaEnrolled: boolean;
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
    mfaEnrolled: u.mfaEnrolledAt !== null,
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
export function userInScope(actor: Actor): Prisma.UserWhereInput {
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

/** The admin list's sortable columns; by default active accounts first, then by username. */
const USER_SORTS: SortWhitelist<Prisma.UserOrderByWithRelationInput[]> = {
  default: { order: (d) => [{ active: d === "asc" ? "desc" : "asc" }, { username: d }, { id: d }] },
  username: { order: (d) => [{ username: d }, { id: d }] },
  name: { order: (d) => [{ fullName: d }, { id: d }] },
  lastLogin: { order: (d) => [{ lastLoginAt: { sort: d, nulls: "last" } }, { id: d }], firstDir: "desc" },
};

export async function listUsers(query: {
  q?: string;
  active?: "yes" | "no";
  page: number;
  size?: number;
  sort?: string;
  dir?: string;
}): Promise<SortedPage<UserRow>> {
  const actor = await requirePermission("admin:users");
  const db = await getDb();
  const where: Prisma.UserWhereInput = {
    AND: [
      userInScope(actor),
      query.active ? { active: query.active === "yes" } : {},
      ...(await listSearchConditions(db, query.q)),
    ],
  };
  const { orderBy, applied } = sortOrder(USER_SORTS, query, { key: "default", dir: "asc" });
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      include: userInclude,
      orderBy,
      ...pageArgs(query.page, query.size),
    }),
    db.user.count({ where }),
  ]);
  return {
    ...toPage(
      rows.map((u) => toUserRow(u, actor)),
      total,
      query.page,
      query.size,
    ),
    sort: applied,
  };
}

async function writableUserOrThrow(tx: Tx, actor: Actor, id: string) {
  const user = await tx.user.findFirst({ where: { id, ...userWritableBy(actor) }, include: userInclude });
  if (!user) throw new NotFoundError();
  return user;
}

/** An identity at the OpenID provider linked to the account (decision 086). */
export type SsoLinkRow = { id: string; provider: string; subject: string; linkedAt: Date; lastSignInAt: Date | null };

export type UserDetail = UserRow & { writable: boolean; nationalId: string | null; ssoLinks: SsoLinkRow[] };

/** One account; `writable` says whether this admin may change it (see userWritableBy). */
export async function getUser(id: string): Promise<UserDetail> {
  const actor = await requirePermission("admin:users");
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id, ...userInScope(actor) },
    include: {
      ...userInclude,
      ssoLinks: {
        select: { id: true, provider: true, subject: true, linkedAt: true, lastSignInAt: true },
        orderBy: [{ linkedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!user) throw new NotFoundError();
  const writable = id !== actor.userId && (await db.user.count({ where: { id, ...userWritableBy(actor) } })) === 1;
  return { ...toUserRow(user, actor), writable, nationalId: user.nationalId, ssoLinks: user.ssoLinks };
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
  if (input.role === "CADRE" && !input.cadreId) throw new DomainError("cadreRoleNeedsCadre");
  const passwordHash = await hashPassword(input.initialPassword);
  return inTransaction(async (tx) => {
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
  refuseSelf(actor, input.id);
  await inTransaction(async (tx) => {
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
  await inTransaction(async (tx) => {
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
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(async (tx) => {
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

/**
 * Removes a user's second factor (a lost phone): their sessions end and, if their role requires one, they
 * enrol again right after their next sign-in. Never one's own: another administrator must do it.
 */
export async function resetMfa(input: ResetMfaInput): Promise<void> {
  const actor = await requirePermission("admin:users");
  refuseSelf(actor, input.id);
  await inTransaction(async (tx) => {
    const user = await writableUserOrThrow(tx, actor, input.id);
    const updated = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { ...MFA_CLEARED, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ConflictError();
    await tx.rateLimit.deleteMany({ where: { key: `mfaCode:${user.id}` } });
    await audit(tx, actor, { action: "user.mfaReset", entityType: "User", entityId: user.id });
  });
}

export async function addRole(input: AddRoleInput): Promise<void> {
  const actor = await requirePermission("admin:users");
  refuseSelf(actor, input.userId);
  await inTransaction(async (tx) => {
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
  await inTransaction(async (tx) => {
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

/**
 * Sets, corrects or clears the national identity number that a first single sign-on may match
 * (OIDC_MATCH=nationalId). Unique: a number another account holds is refused at the field, also when two
 * saves race (the unique index decides; the loser reads the same refusal). Existing links are not touched:
 * they go by the provider's subject, never by the number (decision 092).
 */
export async function setNationalId(input: SetNationalIdInput): Promise<void> {
  const actor = await requirePermission("admin:users");
  refuseSelf(actor, input.id);
  const taken = () => new DomainError("nationalIdTaken", {}, "nationalId");
  await inTransaction(async (tx) => {
    const user = await writableUserOrThrow(tx, actor, input.id);
    if (input.nationalId && input.nationalId !== user.nationalId) {
      // Any account counts, in scope or not: the number is unique in the whole database.
      const holder = await tx.user.findUnique({ where: { nationalId: input.nationalId }, select: { id: true } });
      if (holder) throw taken();
    }
    const updated = await tx.user
      .updateMany({
        where: { id: user.id, version: input.version },
        data: { nationalId: input.nationalId, version: { increment: 1 } },
      })
      .catch((error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken();
        throw error;
      });
    if (updated.count === 0) throw new ConflictError();
    if (user.nationalId === input.nationalId) return;
    // The number itself is personal data: the audit row says that it changed, and only its last digits.
    const masked = (v: string | null) => (v ? `••••••••${v.slice(-4)}` : null);
    await audit(tx, actor, {
      action: "user.nationalIdSet",
      entityType: "User",
      entityId: user.id,
      data: { before: masked(user.nationalId), after: masked(input.nationalId) },
    });
  });
}

/** The (issuer, subject) of the identity a session was opened through, read from its stored ID token. */
function tokenIdentity(idToken: string): { iss?: unknown; sub?: unknown } {
  try {
    return JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) as { iss?: unknown; sub?: unknown };
  } catch {
    return {};
  }
}

/**
 * Removes an account's link to an identity at the provider (linked to the wrong account, or the cadre has a
 * new one). The next sign-in through the provider matches by the configured claim again, or is refused. The
 * sessions opened through that identity end (whoever holds that identity may not be this account's owner);
 * the account's other sessions go on (decision 092).
 */
export async function unlinkSso(input: UnlinkSsoInput): Promise<void> {
  const actor = await requirePermission("admin:users");
  refuseSelf(actor, input.userId);
  await inTransaction(async (tx) => {
    const user = await writableUserOrThrow(tx, actor, input.userId);
    const link = await tx.ssoLink.findFirst({ where: { id: input.linkId, userId: user.id } });
    if (!link) throw new NotFoundError();
    // Two administrators unlinking at once: the second finds nothing to remove and reads not found.
    const removed = await tx.ssoLink.deleteMany({ where: { id: link.id } });
    if (removed.count === 0) throw new NotFoundError();
    const now = new Date();
    const open = await tx.session.findMany({
      where: { userId: user.id, revokedAt: null, ssoIdToken: { not: null } },
      select: { id: true, ssoIdToken: true },
    });
    const ended = open
      .filter((s) => {
        const claims = tokenIdentity(s.ssoIdToken!);
        const issuer = typeof claims.iss === "string" ? claims.iss.replace(/\/+$/, "") : "";
        return claims.sub === link.subject && issuer === link.provider;
      })
      .map((s) => s.id);
    if (ended.length > 0) await tx.session.updateMany({ where: { id: { in: ended } }, data: { revokedAt: now } });
    await audit(tx, actor, {
      action: "user.ssoUnlinked",
      entityType: "User",
      entityId: user.id,
      data: { provider: link.provider, subject: link.subject, linkedAt: link.linkedAt.toISOString(), sessionsEnded: ended.length },
    });
  });
}
