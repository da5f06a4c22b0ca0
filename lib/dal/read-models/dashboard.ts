import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { vietnamYear } from "@/lib/domain/quarters";
import { dashboardAggregates, dashboardTaskPage, type DashboardTaskRow } from "@/lib/db/dashboard-queries";
import { ratingsByPeriod, type PeriodRatings } from "@/lib/db/rating-queries";
import { scopeKey, VersionedCache, versionKey } from "@/lib/db/versioned-cache";

export type { PeriodRatings };
import type { TaskHealth } from "@/lib/domain/progress";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Rating, TaskField } from "@/lib/generated/prisma/enums";
import {
  pageArgs,
  sortOrder,
  toPage,
  type ListParams,
  type SortDir,
  type SortedPage,
  type SortWhitelist,
} from "@/lib/dal/_shared/pagination";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { listSearchSql, listSearchWords } from "@/lib/dal/_shared/search";

export type DashboardFilter = { roundId?: string; unitId?: string; field?: TaskField };

export const HEALTHS: TaskHealth[] = ["ON_TRACK", "AT_RISK", "BEHIND", "COMPLETED", "OVERDUE"];

export type Dashboard = {
  rounds: { id: string; name: string }[];
  /** The units one may filter by, for the unit tree picker. */
  units: { id: string; name: string; parentId: string | null; depth: number }[];
  round: { id: string; name: string; startYear: number; endYear: number } | null;
  totals: { tasks: number; targets: number; reachedTargets: number; averagePercent: number | null };
  byHealth: { health: TaskHealth; count: number }[];
  byUnit: { unitId: string; unitName: string; tasks: number; completed: number; completionRate: number }[];
  byField: { field: string; tasks: number }[];
  registration: { cadres: number; registered: number; late: number };
  reportsByQuarter: { year: number; quarter: number; due: number; submitted: number; late: number }[];
  ratings: { rating: Rating; count: number }[];
  /** The round's year-end evaluations, whose rating summaries can be downloaded. */
  cycles: { id: string; year: number }[];
  /** Ratings per quarter, year and term evaluated, with how many cadres met each condition. */
  ratingsByPeriod: PeriodRatings[];
  /** Explanation requests not yet answered, and of them those past their due date (escalated ones included). */
  explanations: { unanswered: number; overdue: number };
};

/**
 * The round (given, else the default one) and the unit subtree a dashboard or an export covers; NotFound outside
 * scope. By default, the committee's own round whose latest quarterly reports came due: a year's fourth-quarter
 * reports fall due in January, when the next year's round has nothing due yet, and that quarter's figures and
 * sheet are what the committee needs then (decision 062).
 */
export async function resolveScope(actor: Actor, filter: DashboardFilter, now = new Date()) {
  const db = await getDb();
  const rounds = await db.round.findMany({
    where: { assigningBody: unitInScope(actor), status: { not: "DRAFT" } },
    select: { id: true, name: true, startYear: true, endYear: true, assigningBodyId: true },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
  // By default the committee's own body's round for this year, else its latest, else any round in scope.
  const thisYear = vietnamYear(now);
  const own = rounds.filter((r) => r.assigningBodyId === actor.unitId);
  const lastDue = filter.roundId
    ? null
    : await db.reportDeadline.findFirst({
        where: { roundId: { in: own.map((r) => r.id) }, dueDate: { lt: now } },
        orderBy: [{ dueDate: "desc" }, { year: "desc" }, { quarter: "desc" }],
        select: { roundId: true },
      });
  const round = filter.roundId
    ? rounds.find((r) => r.id === filter.roundId)
    : (own.find((r) => r.id === lastDue?.roundId) ??
      own.find((r) => r.startYear <= thisYear && r.endYear >= thisYear) ??
      own[0] ??
      rounds[0]);
  if (filter.roundId && !round) throw new NotFoundError();
  let unitPath: string | null = null;
  if (filter.unitId) {
    const unit = await db.unit.findFirst({ where: { id: filter.unitId, ...unitInScope(actor) } });
    if (!unit) throw new NotFoundError();
    unitPath = unit.path;
  }
  return { db, rounds, round, unitPath };
}

type Figures = { aggregates: Awaited<ReturnType<typeof dashboardAggregates>>; byPeriod: PeriodRatings[] };
const figureCaches = new WeakMap<Db, VersionedCache<Figures>>();

/**
 * The dashboard's aggregates and ratings, computed once per version of the round's data and day in Vietnam
 * (decision 072): what a request pays besides is one read of two versions by primary key.
 */
export async function cachedFigures(
  db: Db,
  scope: { roundId: string; unitPath: string; field?: TaskField },
  now: Date,
): Promise<Figures> {
  const compute = async () => {
    const [aggregates, byPeriod] = await Promise.all([
      dashboardAggregates(db, { ...scope, now }),
      ratingsByPeriod(db, { roundId: scope.roundId, unitPath: scope.unitPath }),
    ]);
    return { aggregates, byPeriod };
  };
  // DASHBOARD_CACHE=off computes every time: for measuring what the cache saves (npm run bench:load).
  if (process.env.DASHBOARD_CACHE === "off") return compute();
  const rows = await db.$queryRaw<{ key: string; version: bigint }[]>`
    SELECT key, version FROM "DataVersion" WHERE key IN (${scope.roundId}, '*')`;
  const version = (key: string) => rows.find((r) => r.key === key)?.version ?? 0n;
  let cache = figureCaches.get(db);
  if (!cache) figureCaches.set(db, (cache = new VersionedCache<Figures>()));
  return cache.get(scopeKey(scope), versionKey({ round: version(scope.roundId), all: version("*") }, now), compute);
}

/**
 * The organisation committee's figures for a round within its scope, each computed in SQL with a fixed
 * number of queries whatever the data's size.
 */
export async function getDashboard(filter: DashboardFilter, now = new Date()): Promise<Dashboard> {
  const actor = await requirePermission("dashboard:view");
  const { db, rounds, round, unitPath } = await resolveScope(actor, filter, now);
  const units = await db.unit.findMany({
    where: { ...unitInScope(actor), active: true, depth: { lte: 2 } },
    select: { id: true, name: true, parentId: true, depth: true },
    orderBy: { name: "asc" },
  });
  const empty: Dashboard = {
    rounds: rounds.map((r) => ({ id: r.id, name: r.name })),
    units,
    round: null,
    totals: { tasks: 0, targets: 0, reachedTargets: 0, averagePercent: null },
    byHealth: HEALTHS.map((health) => ({ health, count: 0 })),
    byUnit: [],
    byField: [],
    registration: { cadres: 0, registered: 0, late: 0 },
    reportsByQuarter: [],
    ratings: [],
    cycles: [],
    ratingsByPeriod: [],
    explanations: { unanswered: 0, overdue: 0 },
  };
  if (!round) return empty;
  const path = unitPath ?? actor.unitPath;
  const [{ aggregates, byPeriod }, cycles, explanations] = await Promise.all([
    cachedFigures(db, { roundId: round.id, unitPath: path, field: filter.field }, now),
    db.evaluationCycle.findMany({ where: { roundId: round.id }, select: { id: true, year: true }, orderBy: { year: "desc" } }),
    db.$queryRaw<{ unanswered: number; overdue: number }[]>`
      SELECT count(*)::int AS unanswered, count(*) FILTER (WHERE e."dueDate" < ${now})::int AS overdue
      FROM "ExplanationRequest" e
      JOIN "Task" t ON t.id = e."taskId"
      JOIN "Unit" u ON u.id = t."unitId"
      WHERE e.status IN ('OPEN', 'ESCALATED') AND t."roundId" = ${round.id}
        AND starts_with(u.path, ${path})
        AND (${filter.field ?? null}::text IS NULL OR t.field::text = ${filter.field ?? null}::text)`,
  ]);
  const [health, byUnit, byField, registration, reports, ratings] = aggregates;
  const n = (v: bigint | number | null | undefined) => Number(v ?? 0);
  const tasks = health.reduce((a, h) => a + n(h.tasks), 0);
  const measured = health.reduce((a, h) => a + n(h.measured), 0);
  const percentSum = health.reduce((a, h) => a + (h.percent_sum ?? 0), 0);
  return {
    ...empty,
    round: { id: round.id, name: round.name, startYear: round.startYear, endYear: round.endYear },
    totals: {
      tasks,
      targets: health.reduce((a, h) => a + n(h.targets), 0),
      reachedTargets: health.reduce((a, h) => a + n(h.reached), 0),
      averagePercent: measured ? Math.round((percentSum / measured) * 10) / 10 : null,
    },
    byHealth: HEALTHS.map((h) => ({ health: h, count: n(health.find((x) => x.health === h)?.tasks) })),
    byUnit: byUnit.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      tasks: n(u.tasks),
      completed: n(u.completed),
      completionRate: n(u.tasks) ? Math.round((n(u.completed) / n(u.tasks)) * 1000) / 10 : 0,
    })),
    byField: byField.map((x) => ({ field: x.field, tasks: n(x.tasks) })),
    registration: {
      cadres: n(registration[0]?.cadres),
      registered: n(registration[0]?.registered),
      late: n(registration[0]?.late),
    },
    reportsByQuarter: reports.map((r) => ({
      year: r.year,
      quarter: r.quarter,
      due: n(r.due),
      submitted: n(r.submitted),
      late: n(r.late),
    })),
    cycles,
    ratingsByPeriod: byPeriod,
    explanations: { unanswered: explanations[0]?.unanswered ?? 0, overdue: explanations[0]?.overdue ?? 0 },
    ratings: ratings.flatMap((r) => (r.rating ? [{ rating: r.rating, count: n(r.count) }] : [])),
  };
}

export type DrillTask = Omit<DashboardTaskRow, "progress" | "measured"> & {
  progress: number;
  measured: number | null;
  explanations: number;
};

const sqlDir = (dir: SortDir) => (dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`);
/** The drill-down's sortable columns: closed SQL fragments, never a column name from the URL. */
const DRILL_SORTS: SortWhitelist<Prisma.Sql> = {
  progress: { order: (d) => Prisma.sql`h.progress ${sqlDir(d)}` },
  measured: { order: (d) => Prisma.sql`h.mean_percent ${sqlDir(d)} NULLS LAST`, firstDir: "desc" },
  task: { order: (d) => Prisma.sql`t.code ${sqlDir(d)}` },
  unit: { order: (d) => Prisma.sql`u.name ${sqlDir(d)}` },
  status: { order: (d) => Prisma.sql`h.health ${sqlDir(d)}` },
};

/** The tasks behind a dashboard number: the same SQL, narrowed to a status (and unit, field), a page at a time. */
export async function listDashboardTasks(
  filter: DashboardFilter & ListParams & { health?: TaskHealth | TaskHealth[]; q?: string },
  now = new Date(),
): Promise<SortedPage<DrillTask>> {
  const actor = await requirePermission("dashboard:view");
  const { db, round, unitPath } = await resolveScope(actor, filter, now);
  const { orderBy, applied } = sortOrder(DRILL_SORTS, filter, { key: "progress", dir: "asc" });
  if (!round) return { ...toPage([], 0, filter.page, filter.size), sort: applied };
  const words = await listSearchWords(db, filter.q);
  const [rows, total] = await dashboardTaskPage(
    db,
    { roundId: round.id, unitPath: unitPath ?? actor.unitPath, field: filter.field, now },
    {
      healths: filter.health === undefined ? [] : [filter.health].flat(),
      ...pageArgs(filter.page, filter.size),
      orderBy,
      match: words ? listSearchSql(words, Prisma.sql`t."searchText"`) : undefined,
    },
  );
  // The unanswered explanation requests of the page's tasks, in one grouped count.
  const open = rows.length
    ? await db.explanationRequest.groupBy({
        by: ["taskId"],
        where: { taskId: { in: rows.map((r) => r.id) }, status: { in: ["OPEN", "ESCALATED"] } },
        _count: { _all: true },
      })
    : [];
  return {
    ...toPage(
      rows.map((r) => ({
        ...r,
        progress: Number(r.progress),
        measured: r.measured === null ? null : Number(r.measured),
        explanations: open.find((o) => o.taskId === r.id)?._count._all ?? 0,
      })),
      Number(total[0]?.count ?? 0),
      filter.page,
      filter.size,
    ),
    sort: applied,
  };
}
