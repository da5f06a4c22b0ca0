import { hasPermission } from "@/lib/permissions";
import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitInScope } from "@/lib/dal/_shared/scope";

/** The caller in a role that works with registrations: the cadre, the organisation or the standing committee. */
export function requireRegistrationActor(): Promise<Actor> {
  return requirePermission("registration:own", "registration:review", "registration:decide");
}

/** The registrations an actor may see: a cadre their own; a committee those of rounds in its scope. */
export function registrationScope(actor: Actor): Prisma.RegistrationWhereInput {
  if (hasPermission(actor.role, "registration:own")) return { cadreId: actor.cadreId ?? "-" };
  return { round: { assigningBody: unitInScope(actor) } };
}
