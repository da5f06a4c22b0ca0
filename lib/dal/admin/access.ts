import "server-only";
import { requireUser, type Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasPermission } from "@/lib/permissions";
import { unitInScope } from "@/lib/dal/_shared/scope";

const ADMIN_PERMISSIONS = ["admin:units", "admin:cadres", "admin:users"] as const;

/** Any of the administration permissions (pickers and the overview serve all three screens). */
export async function requireAnyAdmin(): Promise<Actor> {
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
export async function lockUnitTree(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('unit-tree'))`;
}

export async function unitInScopeOrThrow(tx: Tx, actor: Actor, unitId: string) {
  const unit = await tx.unit.findFirst({ where: { id: unitId, ...unitInScope(actor) } });
  if (!unit) throw new NotFoundError();
  return unit;
}

export function uniqueCode(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("codeTaken");
  throw error;
}
