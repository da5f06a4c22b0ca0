import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { AT_RISK_GAP, BEHIND_GAP, type TaskHealth } from "@/lib/domain/progress";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Rating } from "@/lib/generated/prisma/enums";
import { pageArgs, toPage, type Page } from "./pagination";
import { unitInScope } from "./scope";

export type DashboardFilter = { roundId?: string; unitId?: string; field?: string };

/**
 * The tasks a dashboard counts, in SQL: the round's tasks (not cancelled or carried over) of units in the
 * caller's scope, narrowed to a unit subtree and a field when asked.
 */
function taskWhere(actor: Actor, roundId: string, filter: DashboardFilter, unitPath: string | null) {
  return Prisma.sql`t."roundId" = ${roundId}
    AND t.status NOT IN ('CANCELLED', 'CARRIED_OVER')
    AND u.path LIKE ${`${unitPath ?? actor.unitPath}%`}
    ${filter.field ? Prisma.sql`AND t.field = ${filter.field}::"TaskField"` : Prisma.empty}`;
}

/**
 * Each task's computed status, in SQL, by the same rules as lib/domain/progress (tested equal): each target
 * measured at its latest submitted report; completed when all are reached; overdue after the end; behind
 * with a due report missing; otherwise progress (the mean of the targets', each up to 100) against the share
 * of the period elapsed.
 */
function healthCte(actor: Actor, roundId: string, filter: DashboardFilter, unitPath: string | null, now: Date) {
  return Prisma.sql`
    scoped AS (
      SELECT t.id, t."unitId", t."startDate", t."endDate", t."roundId", t.status
      FROM "Task" t JOIN "Unit" u ON u.id = t."unitId"
      WHERE ${taskWhere(actor, roundId, filter, unitPath)}
    ),
    latest AS (
      SELECT DISTINCT ON (ta."targetId") ta."targetId", ta."actualValue"
      FROM "TargetActual" ta
      JOIN "QuarterlyReport" r ON r.id = ta."reportId"
      JOIN scoped s ON s.id = r."taskId"
      WHERE r.status IN ('SUBMITTED', 'RESPONDED')
      ORDER BY ta."targetId", r.year DESC, r.quarter DESC
    ),
    measured AS (
      SELECT tg."taskId", tg.direction, l."actualValue" AS actual, tg."targetValue" AS target,
        CASE WHEN tg.direction = 'REACH' THEN 0
             WHEN tg.baseline IS NULL AND tg.direction = 'INCREASE' THEN 0
             ELSE tg.baseline END AS origin
      FROM "Target" tg JOIN scoped s ON s.id = tg."taskId"
      LEFT JOIN latest l ON l."targetId" = tg.id
    ),
    target_progress AS (
      SELECT "taskId", actual IS NOT NULL AS is_measured,
        CASE WHEN actual IS NULL THEN false
             WHEN direction = 'DECREASE' THEN actual <= target ELSE actual >= target END AS reached,
        CASE WHEN actual IS NULL THEN NULL
             WHEN origin IS NULL OR target = origin THEN
               CASE WHEN (CASE WHEN direction = 'DECREASE' THEN actual <= target ELSE actual >= target END) THEN 100 ELSE 0 END
             ELSE GREATEST(0, round((actual - origin) / (target - origin) * 100, 1)) END AS percent
      FROM measured
    ),
    per_task AS (
      SELECT s.id, s."unitId", s."startDate", s."endDate", s.status,
        count(tp."taskId") AS targets,
        count(*) FILTER (WHERE tp.reached) AS reached,
        round(coalesce(avg(LEAST(100, coalesce(tp.percent, 0))), 0), 1) AS progress,
        avg(tp.percent) FILTER (WHERE tp.is_measured) AS mean_percent,
        EXISTS (
          SELECT 1 FROM "ReportDeadline" d
          WHERE d."roundId" = s."roundId" AND d."dueDate" < ${now}
            AND make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') <= s."endDate"
            AND make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') + interval '3 months' > s."startDate"
            AND NOT EXISTS (
              SELECT 1 FROM "QuarterlyReport" r
              WHERE r."taskId" = s.id AND r.year = d.year AND r.quarter = d.quarter AND r.status IN ('SUBMITTED', 'RESPONDED'))
        ) AS missing_due
      FROM scoped s LEFT JOIN target_progress tp ON tp."taskId" = s.id
      GROUP BY s.id, s."unitId", s."startDate", s."endDate", s.status, s."roundId"
    ),
    health AS (
      SELECT id, "unitId", targets, reached, progress, mean_percent,
        CASE
          WHEN status = 'COMPLETED' OR (targets > 0 AND reached = targets) THEN 'COMPLETED'
          WHEN ${now} > "endDate" THEN 'OVERDUE'
          WHEN missing_due THEN 'BEHIND'
          WHEN (CASE WHEN "endDate" <= "startDate" THEN 100
                     ELSE round(GREATEST(0, EXTRACT(EPOCH FROM (${now}::timestamptz - "startDate")))
                                / EXTRACT(EPOCH FROM ("endDate" - "startDate")) * 100, 1) END) - progress <= ${AT_RISK_GAP} THEN 'ON_TRACK'
          WHEN (CASE WHEN "endDate" <= "startDate" THEN 100
                     ELSE round(GREATEST(0, EXTRACT(EPOCH FROM (${now}::timestamptz - "startDate")))
                                / EXTRACT(EPOCH FROM ("endDate" - "startDate")) * 100, 1) END) - progress <= ${BEHIND_GAP} THEN 'AT_RISK'
          ELSE 'BEHIND'
        END AS health
      FROM per_task
    )`;
}

export const HEALTHS: TaskHealth[] = ["ON_TRACK", "AT_RISK", "BEHIND", "COMPLETED", "OVERDUE"];

export type Dashboard = {
  rounds: { id: string; name: string }[];
  units: { id: string; name: string }[];
  round: { id: string; name: string; startYear: number; endYear: number } | null;
  totals: { tasks: number; targets: number; reachedTargets: number; averagePercent: number | null };
  byHealth: { health: TaskHealth; count: number }[];
  byUnit: { unitId: string; unitName: string; tasks: number; completed: number; completionRate: number }[];
  byField: { field: string; tasks: number }[];
  registration: { cadres: number; registered: number; late: number };
  reportsByQuarter: { year: number; quarter: number; due: number; submitted: number; late: number }[];
  ratings: { rating: Rating; count: number }[];
};

async function resolveScope(actor: Actor, filter: DashboardFilter) {
  const db = await getDb();
  const rounds = await db.round.findMany({
    where: { assigningBody: unitInScope(actor), status: { not: "DRAFT" } },
    select: { id: true, name: true, startYear: true, endYear: true, assigningBodyId: true },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
  // By default the committee's own body's round for this year, else its latest, else any round in scope.
  const thisYear = new Date().getUTCFullYear();
  const own = rounds.filter((r) => r.assigningBodyId === actor.unitId);
  const round = filter.roundId
    ? rounds.find((r) => r.id === filter.roundId)
    : (own.find((r) => r.startYear <= thisYear && r.endYear >= thisYear) ?? own[0] ?? rounds[0]);
  if (filter.roundId && !round) throw new NotFoundError();
  let unitPath: string | null = null;
  if (filter.unitId) {
    const unit = await db.unit.findFirst({ where: { id: filter.unitId, ...unitInScope(actor) } });
    if (!unit) throw new NotFoundError();
    unitPath = unit.path;
  }
  return { db, rounds, round, unitPath };
}

/**
 * The organisation committee's figures for a round within its scope, each computed in SQL with a fixed
 * number of queries whatever the data's size.
 */
export async function getDashboard(filter: DashboardFilter, now = new Date()): Promise<Dashboard> {
  const actor = await requirePermission("dashboard:view");
  const { db, rounds, round, unitPath } = await resolveScope(actor, filter);
  const units = await db.unit.findMany({
    where: { ...unitInScope(actor), active: true, depth: { lte: 2 } },
    select: { id: true, name: true },
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
  };
  if (!round) return empty;
  const cte = healthCte(actor, round.id, filter, unitPath, now);
  const [health, byUnit, byField, registration, reports, ratings] = await Promise.all([
    db.$queryRaw<
      { health: TaskHealth; tasks: bigint; targets: bigint; reached: bigint; percent_sum: number | null; measured: bigint }[]
    >`
      WITH ${cte}
      SELECT health, count(*) AS tasks, sum(targets) AS targets, sum(reached) AS reached,
             sum(mean_percent * targets)::float AS percent_sum, sum(CASE WHEN mean_percent IS NULL THEN 0 ELSE targets END) AS measured
      FROM health GROUP BY health`,
    db.$queryRaw<{ unitId: string; unitName: string; tasks: bigint; completed: bigint }[]>`
      WITH ${cte}
      SELECT h."unitId", u.name AS "unitName", count(*) AS tasks, count(*) FILTER (WHERE h.health = 'COMPLETED') AS completed
      FROM health h JOIN "Unit" u ON u.id = h."unitId"
      GROUP BY h."unitId", u.name
      ORDER BY count(*) FILTER (WHERE h.health = 'COMPLETED')::float / count(*) DESC, count(*) DESC, u.name`,
    db.$queryRaw<{ field: string; tasks: bigint }[]>`
      SELECT t.field::text AS field, count(*) AS tasks
      FROM "Task" t JOIN "Unit" u ON u.id = t."unitId"
      WHERE ${taskWhere(actor, round.id, filter, unitPath)}
      GROUP BY t.field ORDER BY count(*) DESC`,
    db.$queryRaw<{ cadres: bigint; registered: bigint; late: bigint }[]>`
      SELECT count(c.id) AS cadres,
             count(r.id) FILTER (WHERE r.status NOT IN ('DRAFT', 'WITHDRAWN')) AS registered,
             count(r.id) FILTER (WHERE r."isLate") AS late
      FROM "Cadre" c JOIN "Unit" u ON u.id = c."unitId"
      JOIN "Round" rd ON rd.id = ${round.id}
      LEFT JOIN "Registration" r ON r."cadreId" = c.id AND r."roundId" = rd.id
      WHERE c.active AND c."managedById" = rd."assigningBodyId" AND u.path LIKE ${`${unitPath ?? actor.unitPath}%`}
        AND (cardinality(rd."cadreGroups") = 0 OR c."group" = ANY (rd."cadreGroups"))`,
    db.$queryRaw<{ year: number; quarter: number; due: bigint; submitted: bigint; late: bigint }[]>`
      SELECT d.year, d.quarter, count(t.id) AS due,
             count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'RESPONDED')) AS submitted,
             count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'RESPONDED') AND r."isLate") AS late
      FROM "ReportDeadline" d
      JOIN "Task" t ON t."roundId" = d."roundId"
      JOIN "Unit" u ON u.id = t."unitId"
      LEFT JOIN "QuarterlyReport" r ON r."taskId" = t.id AND r.year = d.year AND r.quarter = d.quarter
      WHERE d."roundId" = ${round.id} AND d."dueDate" < ${now} AND ${taskWhere(actor, round.id, filter, unitPath)}
        AND make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') <= t."endDate"
        AND make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') + interval '3 months' > t."startDate"
      GROUP BY d.year, d.quarter ORDER BY d.year, d.quarter`,
    db.$queryRaw<{ rating: Rating; count: bigint }[]>`
      SELECT e."finalRating" AS rating, count(*) AS count
      FROM "Evaluation" e JOIN "EvaluationCycle" cy ON cy.id = e."cycleId"
      JOIN "Cadre" c ON c.id = e."cadreId" JOIN "Unit" u ON u.id = c."unitId"
      WHERE cy."roundId" = ${round.id} AND e.status = 'DECIDED' AND u.path LIKE ${`${unitPath ?? actor.unitPath}%`}
      GROUP BY e."finalRating"`,
  ]);
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
    ratings: ratings.filter((r) => r.rating).map((r) => ({ rating: r.rating, count: n(r.count) })),
  };
}

export type DrillTask = {
  id: string;
  code: string;
  title: string;
  cadreName: string;
  unitName: string;
  health: TaskHealth;
  progress: number;
};

/** The tasks behind a dashboard number: the same SQL, narrowed to a status (and unit, field), a page at a time. */
export async function listDashboardTasks(
  filter: DashboardFilter & { health?: TaskHealth | TaskHealth[]; page: number },
  now = new Date(),
): Promise<Page<DrillTask>> {
  const actor = await requirePermission("dashboard:view");
  const { db, round, unitPath } = await resolveScope(actor, filter);
  if (!round) return toPage([], 0, filter.page);
  const cte = healthCte(actor, round.id, filter, unitPath, now);
  const healths = filter.health === undefined ? [] : [filter.health].flat();
  const healthFilter = healths.length ? Prisma.sql`WHERE h.health IN (${Prisma.join(healths)})` : Prisma.empty;
  const { skip, take } = pageArgs(filter.page);
  const [rows, total] = await Promise.all([
    db.$queryRaw<
      { id: string; code: string; title: string; cadreName: string; unitName: string; health: TaskHealth; progress: string }[]
    >`
      WITH ${cte}
      SELECT t.id, t.code, t.title, c."fullName" AS "cadreName", u.name AS "unitName", h.health, h.progress::text AS progress
      FROM health h JOIN "Task" t ON t.id = h.id JOIN "Cadre" c ON c.id = t."cadreId" JOIN "Unit" u ON u.id = t."unitId"
      ${healthFilter}
      ORDER BY h.progress, u.name, t.code LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ count: bigint }[]>`WITH ${cte} SELECT count(*) AS count FROM health h ${healthFilter}`,
  ]);
  return toPage(
    rows.map((r) => ({ ...r, progress: Number(r.progress) })),
    Number(total[0]?.count ?? 0),
    filter.page,
  );
}
