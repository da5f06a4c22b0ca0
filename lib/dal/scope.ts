import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

/** The where-clause of units inside the actor's scope: their role's unit and everything below it. */
export function unitInScope(actor: Pick<Actor, "unitPath">) {
  return { path: { startsWith: actor.unitPath } };
}

/** Ids of the units in the actor's scope (one query; a province has a few hundred units). */
export async function unitIdsInScope(actor: Pick<Actor, "unitPath">): Promise<string[]> {
  const db = await getDb();
  const units = await db.unit.findMany({ where: unitInScope(actor), select: { id: true } });
  return units.map((u) => u.id);
}
