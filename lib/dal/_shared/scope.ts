import "server-only";
import type { Actor } from "@/lib/auth/session";

/** The where-clause of units inside the actor's scope: their role's unit and everything below it. */
export function unitInScope(actor: Pick<Actor, "unitPath">) {
  return { path: { startsWith: actor.unitPath } };
}
