import "server-only";
import type { Actor } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasPermission } from "@/lib/permissions";
import { unitInScope, unitInScopeSql } from "@/lib/dal/_shared/scope";

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

/**
 * `taskScope` for raw SQL over the alias `t` of "Task", by the same rules (tests/integration/search.test.ts
 * holds the two equal for every role); null where the role sees no task.
 */
export function taskScopeSql(actor: Actor, t: Prisma.Sql = Prisma.sql`t`): Prisma.Sql | null {
  if (hasPermission(actor.role, "task:read")) {
    return Prisma.sql`${t}."unitId" IN (SELECT su.id FROM "Unit" su WHERE ${unitInScopeSql(actor, Prisma.sql`su.path`)})`;
  }
  if (hasPermission(actor.role, "task:own")) return actor.cadreId ? Prisma.sql`${t}."cadreId" = ${actor.cadreId}` : null;
  if (hasPermission(actor.role, "task:supervise")) return Prisma.sql`${t}."supervisorId" = ${actor.userId}`;
  return null;
}
