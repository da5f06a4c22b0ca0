import "server-only";
import type { Actor } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";

/** The where-clause of units inside the actor's scope: their role's unit and everything below it. */
export function unitInScope(actor: Pick<Actor, "unitPath">) {
  return { path: { startsWith: actor.unitPath } };
}

/**
 * The same scope for raw SQL (search ranks in SQL): `path` is the unit's path column. Written beside the
 * Prisma form so that the two cannot drift apart unnoticed (tests/integration/search.test.ts holds them equal).
 */
export function unitInScopeSql(actor: Pick<Actor, "unitPath">, path: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${path} LIKE ${`${escapeLike(actor.unitPath)}%`}`;
}

/** A value matched literally inside a LIKE pattern (backslash is PostgreSQL's default escape character). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
