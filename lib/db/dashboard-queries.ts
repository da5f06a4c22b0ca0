import { AT_RISK_GAP, BEHIND_GAP, type TaskHealth } from "@/lib/domain/progress";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Rating } from "@/lib/generated/prisma/enums";

/**
 * The dashboard's SQL, with no authorization of its own: lib/dal/dashboard decides the scope and calls these;
 * the benchmark runs the very same statements directly to compare.
 */

/** A round's tasks under a unit path (the caller's scope, or one unit in it), optionally of one field, as of `now`. */
export type DashboardScope = { roundId: string; unitPath: string; field?: string; now: Date };

/** The tasks a dashboard counts: the round's tasks, not cancelled or carried over, of units under the path. */
function taskWhere(s: DashboardScope) {
  return Prisma.sql`t."roundId" = ${s.roundId}
    AND t.status NOT IN ('CANCELLED', 'CARRIED_OVER')
    AND u.path LIKE ${`${s.unitPath}%`}
    ${s.field ? Prisma.sql`AND t.field = ${s.field}::"TaskField"` : Prisma.empty}`;
}

/**
 * Each task's computed status, in SQL, by the same rules as lib/domain/progress (tested equal): each target
 * measured at its latest submitted report; completed when all are reached; overdue after the end; behind
 * with a due report missing; otherwise progress (the mean of the targets', each up to 100) against the share
 * of the period elapsed.
 */
function healthCte(s: DashboardScope) {
  const now = s.now;
  return Prisma.sql`
    scoped AS (
      SELECT t.id, t."unitId", t."startDate", t."endDate", t."roundId", t.status
      FROM "Task" t JOIN "Unit" u ON u.id = t."unitId"
      WHERE ${taskWhere(s)}
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

type Count = bigint | number | null;

/** The dashboard's six aggregates, each one statement: a fixed number of queries whatever the data's size. */
export function dashboardAggregates(db: PrismaClient, s: DashboardScope) {
  const cte = healthCte(s);
  const path = `${s.unitPath}%`;
  return Promise.all([
    db.$queryRaw<
      { health: TaskHealth; tasks: Count; targets: Count; reached: Count; percent_sum: number | null; measured: Count }[]
    >`
      WITH ${cte}
      SELECT health, count(*) AS tasks, sum(targets) AS targets, sum(reached) AS reached,
             sum(mean_percent * targets)::float AS percent_sum, sum(CASE WHEN mean_percent IS NULL THEN 0 ELSE targets END) AS measured
      FROM health GROUP BY health`,
    db.$queryRaw<{ unitId: string; unitName: string; tasks: Count; completed: Count }[]>`
      WITH ${cte}
      SELECT h."unitId", u.name AS "unitName", count(*) AS tasks, count(*) FILTER (WHERE h.health = 'COMPLETED') AS completed
      FROM health h JOIN "Unit" u ON u.id = h."unitId"
      GROUP BY h."unitId", u.name
      ORDER BY count(*) FILTER (WHERE h.health = 'COMPLETED')::float / count(*) DESC, count(*) DESC, u.name`,
    db.$queryRaw<{ field: string; tasks: Count }[]>`
      SELECT t.field::text AS field, count(*) AS tasks
      FROM "Task" t JOIN "Unit" u ON u.id = t."unitId"
      WHERE ${taskWhere(s)}
      GROUP BY t.field ORDER BY count(*) DESC`,
    db.$queryRaw<{ cadres: Count; registered: Count; late: Count }[]>`
      SELECT count(c.id) AS cadres,
             count(r.id) FILTER (WHERE r.status NOT IN ('DRAFT', 'WITHDRAWN')) AS registered,
             count(r.id) FILTER (WHERE r."isLate") AS late
      FROM "Cadre" c JOIN "Unit" u ON u.id = c."unitId"
      JOIN "Round" rd ON rd.id = ${s.roundId}
      LEFT JOIN "Registration" r ON r."cadreId" = c.id AND r."roundId" = rd.id
      WHERE c.active AND c."managedById" = rd."assigningBodyId" AND u.path LIKE ${path}
        AND (cardinality(rd."cadreGroups") = 0 OR c."group" = ANY (rd."cadreGroups"))`,
    db.$queryRaw<{ year: number; quarter: number; due: Count; submitted: Count; late: Count }[]>`
      SELECT d.year, d.quarter, count(t.id) AS due,
             count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'RESPONDED')) AS submitted,
             count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'RESPONDED') AND r."isLate") AS late
      FROM "ReportDeadline" d
      JOIN "Task" t ON t."roundId" = d."roundId"
      JOIN "Unit" u ON u.id = t."unitId"
      LEFT JOIN "QuarterlyReport" r ON r."taskId" = t.id AND r.year = d.year AND r.quarter = d.quarter
      WHERE d."roundId" = ${s.roundId} AND d."dueDate" < ${s.now} AND ${taskWhere(s)}
        AND make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') <= t."endDate"
        AND make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') + interval '3 months' > t."startDate"
      GROUP BY d.year, d.quarter ORDER BY d.year, d.quarter`,
    db.$queryRaw<{ rating: Rating | null; count: Count }[]>`
      SELECT e."finalRating" AS rating, count(*) AS count
      FROM "Evaluation" e JOIN "EvaluationCycle" cy ON cy.id = e."cycleId"
      JOIN "Cadre" c ON c.id = e."cadreId" JOIN "Unit" u ON u.id = c."unitId"
      WHERE cy."roundId" = ${s.roundId} AND e.status = 'DECIDED' AND u.path LIKE ${path}
      GROUP BY e."finalRating"`,
  ]);
}

export type DashboardTaskRow = {
  id: string;
  code: string;
  title: string;
  cadreName: string;
  unitName: string;
  health: TaskHealth;
  progress: string;
};

/** A page of the tasks behind a number, narrowed to some statuses (none: all), furthest behind first, and their total. */
export function dashboardTaskPage(
  db: PrismaClient,
  s: DashboardScope,
  page: { healths: TaskHealth[]; skip: number; take: number },
) {
  const cte = healthCte(s);
  const healthFilter = page.healths.length ? Prisma.sql`WHERE h.health IN (${Prisma.join(page.healths)})` : Prisma.empty;
  return Promise.all([
    db.$queryRaw<DashboardTaskRow[]>`
      WITH ${cte}
      SELECT t.id, t.code, t.title, c."fullName" AS "cadreName", u.name AS "unitName", h.health, h.progress::text AS progress
      FROM health h JOIN "Task" t ON t.id = h.id JOIN "Cadre" c ON c.id = t."cadreId" JOIN "Unit" u ON u.id = t."unitId"
      ${healthFilter}
      ORDER BY h.progress, u.name, t.code LIMIT ${page.take} OFFSET ${page.skip}`,
    db.$queryRaw<{ count: Count }[]>`WITH ${cte} SELECT count(*) AS count FROM health h ${healthFilter}`,
  ]);
}
