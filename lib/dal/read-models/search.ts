import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationStatus, ReportStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { SEARCH_KINDS, type SearchKind } from "@/lib/domain/search-text";
import { hasPermission, SEARCH_PERMISSIONS } from "@/lib/permissions";
import { PAGE_SIZE, toPage, type Page } from "@/lib/dal/_shared/pagination";
import { unitInScopeSql } from "@/lib/dal/_shared/scope";
import { searchMatchSql, searchRankSql, searchTerms, type SearchMode, type SearchTerms } from "@/lib/dal/_shared/search";
import { taskScopeSql } from "@/lib/dal/_shared/task-scope";

/*
 * The global search (/search, decision 067): tasks, cadres, units, registrations and reports, each only within
 * what the caller may see (the same scopes as every other read, in their SQL form), ranked, insensitive to
 * case, accents and Unicode form.
 */

export { SEARCH_KINDS, type SearchKind };

export type SearchHit =
  | { kind: "task"; id: string; href: string; code: string; title: string; cadreName: string; status: TaskStatus }
  | { kind: "cadre"; id: string; href: string; fullName: string; positionTitle: string; unitName: string }
  | { kind: "unit"; id: string; href: string; name: string; code: string }
  | { kind: "registration"; id: string; href: string; cadreName: string; roundName: string; status: RegistrationStatus }
  | {
      kind: "report";
      id: string;
      href: string;
      code: string;
      title: string;
      year: number;
      quarter: number;
      status: ReportStatus;
    };

export type SearchGroup = { kind: SearchKind } & Page<SearchHit>;

export type SearchResult = {
  /** The query's words as the database folded them (for highlighting); empty when nothing was searched. */
  words: string[];
  /** The typed query was too short (or held no letter or digit) to search with. */
  tooShort: boolean;
  groups: SearchGroup[];
};

/** Results of each kind on the overview; a kind's own page shows PAGE_SIZE at a time. */
export const SEARCH_GROUP_SIZE = 5;

/** The kinds a role may find: those it can open. */
export function searchKinds(actor: Actor): SearchKind[] {
  const can = (...permissions: Parameters<typeof hasPermission>[1][]) => permissions.some((p) => hasPermission(actor.role, p));
  return SEARCH_KINDS.filter((kind) => {
    switch (kind) {
      case "task":
      case "report":
        return taskScopeSql(actor) !== null;
      case "cadre":
        return can("task:read", "admin:cadres") || (can("task:own") && actor.cadreId !== null);
      case "unit":
        return can("task:read", "admin:units");
      case "registration":
        return can("registration:own", "registration:review", "registration:decide");
    }
  });
}

export async function search(query: { q?: string; kind?: SearchKind; page: number }): Promise<SearchResult> {
  const actor = await requirePermission(...SEARCH_PERMISSIONS);
  const db = await getDb();
  const terms = await searchTerms(db, query.q);
  const kinds = searchKinds(actor).filter((k) => !query.kind || k === query.kind);
  if (!terms) return { words: [], tooShort: Boolean(query.q), groups: [] };
  const size = query.kind ? PAGE_SIZE : SEARCH_GROUP_SIZE;
  const page = query.kind ? query.page : 1;
  const groups = await Promise.all(
    kinds.map(async (kind): Promise<SearchGroup> => {
      const window = { take: size, skip: (page - 1) * size };
      let found = await FINDERS[kind](db, actor, terms, window, "words");
      // Nothing of this kind has every word: look for what is merely similar (a letter typed wrong).
      if (found.total === 0) found = await FINDERS[kind](db, actor, terms, window, "similar");
      return { kind, ...toPage(found.hits, found.total, page, size) };
    }),
  );
  return { words: terms.words, tooShort: false, groups };
}

type Window = { take: number; skip: number };
type Finder = (
  db: Db,
  actor: Actor,
  terms: SearchTerms,
  window: Window,
  mode: SearchMode,
) => Promise<{ hits: SearchHit[]; total: number }>;

/** count(*) OVER () costs nothing more: ranking already reads every match. */
type Counted = { total: bigint };
const totalOf = (rows: Counted[]) => Number(rows[0]?.total ?? 0);

const findTasks: Finder = async (db, actor, terms, w, mode) => {
  const scope = taskScopeSql(actor);
  if (!scope) return { hits: [], total: 0 };
  const column = Prisma.sql`t."searchText"`;
  const rank = searchRankSql(terms, column);
  const rows = await db.$queryRaw<
    ({ id: string; code: string; title: string; cadreName: string; status: TaskStatus } & Counted)[]
  >`
    SELECT t.id, t.code, t.title, c."fullName" AS "cadreName", t.status, count(*) OVER () AS total
    FROM "Task" t JOIN "Cadre" c ON c.id = t."cadreId"
    WHERE ${searchMatchSql(terms, column, mode)} AND ${scope}
    ORDER BY ${rank.tier}, ${rank.similarity} DESC, t.code DESC, t.id
    LIMIT ${w.take} OFFSET ${w.skip}`;
  return {
    total: totalOf(rows),
    hits: rows.map((r) => ({
      kind: "task",
      id: r.id,
      href: `/tasks/${r.id}`,
      code: r.code,
      title: r.title,
      cadreName: r.cadreName,
      status: r.status,
    })),
  };
};

const findCadres: Finder = async (db, actor, terms, w, mode) => {
  const isAdmin = hasPermission(actor.role, "admin:cadres");
  const scope =
    isAdmin || hasPermission(actor.role, "task:read")
      ? unitInScopeSql(actor, Prisma.sql`u.path`)
      : Prisma.sql`c.id = ${actor.cadreId ?? "-"}`;
  const column = Prisma.sql`c."searchText"`;
  const rank = searchRankSql(terms, column);
  const rows = await db.$queryRaw<({ id: string; fullName: string; positionTitle: string; unitName: string } & Counted)[]>`
    SELECT c.id, c."fullName", c."positionTitle", u.name AS "unitName", count(*) OVER () AS total
    FROM "Cadre" c JOIN "Unit" u ON u.id = c."unitId"
    WHERE ${searchMatchSql(terms, column, mode)} AND ${scope}
    ORDER BY ${rank.tier}, ${rank.similarity} DESC, c."fullName", c.id
    LIMIT ${w.take} OFFSET ${w.skip}`;
  return {
    total: totalOf(rows),
    hits: rows.map((r) => ({
      kind: "cadre",
      id: r.id,
      href: isAdmin ? `/admin/cadres/${r.id}` : `/cadres/${r.id}`,
      fullName: r.fullName,
      positionTitle: r.positionTitle,
      unitName: r.unitName,
    })),
  };
};

const findUnits: Finder = async (db, actor, terms, w, mode) => {
  const isAdmin = hasPermission(actor.role, "admin:units");
  const column = Prisma.sql`u."searchText"`;
  const rank = searchRankSql(terms, column);
  const rows = await db.$queryRaw<({ id: string; name: string; code: string } & Counted)[]>`
    SELECT u.id, u.name, u.code, count(*) OVER () AS total
    FROM "Unit" u
    WHERE ${searchMatchSql(terms, column, mode)} AND ${unitInScopeSql(actor, Prisma.sql`u.path`)}
    ORDER BY ${rank.tier}, ${rank.similarity} DESC, u.name, u.id
    LIMIT ${w.take} OFFSET ${w.skip}`;
  return {
    total: totalOf(rows),
    hits: rows.map((r) => ({
      kind: "unit",
      id: r.id,
      // A committee opens the unit's tasks on the dashboard; the administrator, the unit itself.
      href: isAdmin ? `/admin/units/${r.id}` : `/dashboard/tasks?unitId=${encodeURIComponent(r.id)}`,
      name: r.name,
      code: r.code,
    })),
  };
};

/** Registrations, found by their cadre's name or the title of a task they propose. */
const findRegistrations: Finder = async (db, actor, terms, w, mode) => {
  // As registrationScope: a cadre their own; a committee those of rounds in its scope, once sent in.
  const scope = hasPermission(actor.role, "registration:own")
    ? Prisma.sql`r."cadreId" = ${actor.cadreId ?? "-"}`
    : Prisma.sql`r.status <> 'DRAFT' AND ro."assigningBodyId" IN (SELECT su.id FROM "Unit" su WHERE ${unitInScopeSql(actor, Prisma.sql`su.path`)})`;
  const column = Prisma.sql`c."searchText"`;
  const rank = searchRankSql(terms, column);
  const rows = await db.$queryRaw<({ id: string; cadreName: string; roundName: string; status: RegistrationStatus } & Counted)[]>`
    SELECT r.id, c."fullName" AS "cadreName", ro.name AS "roundName", r.status, count(*) OVER () AS total
    FROM "Registration" r JOIN "Cadre" c ON c.id = r."cadreId" JOIN "Round" ro ON ro.id = r."roundId"
    WHERE ${scope} AND (
      r."cadreId" IN (SELECT mc.id FROM "Cadre" mc WHERE ${searchMatchSql(terms, Prisma.sql`mc."searchText"`, mode)})
      OR r.id IN (SELECT p."registrationId" FROM "ProposedTask" p
                  WHERE NOT p.withdrawn AND ${searchMatchSql(terms, Prisma.sql`p."searchText"`, mode)}))
    ORDER BY (CASE WHEN ${searchMatchSql(terms, column, mode)} THEN ${rank.tier} ELSE 4 END), ${rank.similarity} DESC,
      ro."startYear" DESC, c."fullName", r.id
    LIMIT ${w.take} OFFSET ${w.skip}`;
  return {
    total: totalOf(rows),
    hits: rows.map((r) => ({
      kind: "registration",
      id: r.id,
      href: `/registrations/${r.id}`,
      cadreName: r.cadreName,
      roundName: r.roundName,
      status: r.status,
    })),
  };
};

/** Quarterly reports, found by their task's code and title; another's draft is never shown. */
const findReports: Finder = async (db, actor, terms, w, mode) => {
  const scope = taskScopeSql(actor);
  if (!scope) return { hits: [], total: 0 };
  const drafts = hasPermission(actor.role, "report:own") ? Prisma.empty : Prisma.sql`AND qr.status <> 'DRAFT'`;
  const column = Prisma.sql`t."searchText"`;
  const rank = searchRankSql(terms, column);
  const rows = await db.$queryRaw<
    ({ id: string; taskId: string; code: string; title: string; year: number; quarter: number; status: ReportStatus } & Counted)[]
  >`
    SELECT qr.id, t.id AS "taskId", t.code, t.title, qr.year, qr.quarter, qr.status, count(*) OVER () AS total
    FROM "QuarterlyReport" qr JOIN "Task" t ON t.id = qr."taskId"
    WHERE ${searchMatchSql(terms, column, mode)} AND ${scope} ${drafts}
    ORDER BY ${rank.tier}, ${rank.similarity} DESC, qr.year DESC, qr.quarter DESC, t.code DESC, qr.id
    LIMIT ${w.take} OFFSET ${w.skip}`;
  return {
    total: totalOf(rows),
    hits: rows.map((r) => ({
      kind: "report",
      id: r.id,
      href: `/tasks/${r.taskId}/reports/${r.year}Q${r.quarter}`,
      code: r.code,
      title: r.title,
      year: r.year,
      quarter: r.quarter,
      status: r.status,
    })),
  };
};

const FINDERS: Record<SearchKind, Finder> = {
  task: findTasks,
  cadre: findCadres,
  unit: findUnits,
  registration: findRegistrations,
  report: findReports,
};
