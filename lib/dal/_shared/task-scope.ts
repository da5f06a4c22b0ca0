import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasPermission } from "@/lib/permissions";
import { unitInScope } from "@/lib/dal/_shared/scope";

/**
 * The official tasks a role may see: a cadre their own, a supervisor those they follow, the committees
 * every task of a unit in their scope. Other roles see none.
 */
export function taskScope(actor: Actor): Prisma.TaskWhereInput | null {
  if (hasPermission(actor.role, "task:read")) return { unit: unitInScope(actor) };
  if (hasPermission(actor.role, "task:own")) return actor.cadreId ? { cadreId: actor.cadreId } : null;
  if (hasPermission(actor.role, "task:supervise")) return { supervisorId: actor.userId };
  return null;
}
