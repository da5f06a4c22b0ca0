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
 *
 * Shaped for a province's 15,000 tasks (scripts/bench.ts): hash joins and hash aggregates over the scoped
 * tasks, no index probe per task, no sort of all the actuals, the quarters' bounds computed once, and task ids
 * grouped in the C collation (the same groups, compared bytewise instead of by the locale's rules).
 * `scoped` and `submitted` are inlined (NOT MATERIALIZED) so that the planner estimates their joins from the
 * tables' statistics: from a materialised CTE it guesses, picks nested loops or a cost high enough to switch
 * on JIT compilation, and the statement takes seconds.
 */
function healthCte(s: DashboardScope) {
  const now = s.now;
  return Prisma.sql`
    scoped AS NOT MATERIALIZED (
      SELECT t.id, t."unitId", t."startDate", t."endDate", t.status
      FROM "Task" t JOIN "Unit" u ON u.id = t."unitId"
      WHERE ${taskWhere(s)}
    ),
    due_quarters AS MATERIALIZED (${dueQuarters(s)}),
    submitted AS NOT MATERIALIZED (
      SELECT r.id, r."taskId", r.year, r.quarter, s."startDate", s."endDate"
      FROM "QuarterlyReport" r JOIN scoped s ON s.id = r."taskId"
      WHERE r.status IN ('SUBMITTED', 'RESPONDED')
    ),
    covered AS (
      -- How many of the task's due quarters have a submitted report (at most one per quarter): a report is
      -- missing when the task has more due quarters than that, without pairing every task with every quarter.
      SELECT r."taskId" COLLATE "C" AS "taskId", count(*) AS quarters
      FROM submitted r JOIN due_quarters q ON q.year = r.year AND q.quarter = r.quarter
      WHERE q.starts <= r."endDate" AND q.ends > r."startDate"
      GROUP BY r."taskId" COLLATE "C"
    ),
    latest AS (
      -- The greatest [quarter, value] pair is the latest quarter's: one hash aggregate, where DISTINCT ON
      -- would sort every actual of the round.
      SELECT ta."targetId", (max(ARRAY[r.year * 10 + r.quarter, ta."actualValue"]))[2] AS "actualValue"
      FROM "TargetActual" ta JOIN submitted r ON r.id = ta."reportId"
      GROUP BY ta."targetId"
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
    task_targets AS (
      SELECT "taskId" COLLATE "C" AS "taskId", count(*) AS targets, count(*) FILTER (WHERE reached) AS reached,
        avg(LEAST(100, coalesce(percent, 0))) AS capped_mean,
        avg(percent) FILTER (WHERE is_measured) AS mean_percent
      FROM target_progress GROUP BY "taskId" COLLATE "C"
    ),
    per_task AS (
      SELECT s.id, s."unitId", s."startDate", s."endDate", s.status,
        coalesce(tt.targets, 0) AS targets,
        coalesce(tt.reached, 0) AS reached,
        -- A task with no targets has progress 0, as in the domain rules.
        round(coalesce(tt.capped_mean, 0), 1) AS progress,
        tt.mean_percent,
        -- The round's due quarters are three or four rows: scanning them per task is cheap.
        (SELECT count(*) FROM due_quarters q WHERE q.starts <= s."endDate" AND q.ends > s."startDate")
          > coalesce(c.quarters, 0) AS missing_due
      FROM scoped s LEFT JOIN task_targets tt ON tt."taskId" = s.id LEFT JOIN covered c ON c."taskId" = s.id
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

/**
 * The round's quarters whose report was due before now, each with its bounds in Vietnam computed once per
 * quarter rather than once per task and quarter.
 */
function dueQuarters(s: DashboardScope) {
  return Prisma.sql`
    SELECT d.year, d.quarter, q.starts, q.starts + interval '3 months' AS ends
    FROM "ReportDeadline" d,
      LATERAL (SELECT make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') AS starts) q
    WHERE d."roundId" = ${s.roundId} AND d."dueDate" < ${s.now}`;
}

type Count = bigint | number | null;

type HealthRow = {
  health: TaskHealth;
  tasks: Count;
  targets: Count;
  reached: Count;
  percent_sum: number | null;
  measured: Count;
};
type UnitRow = { unitId: string; unitName: string; tasks: Count; completed: Count };

/**
 * The dashboard's six aggregates in five statements: a fixed number of queries whatever the data's size. The
 * counts by status and by unit come from one statement (two grouping sets), so each task's status, the
 * costly part, is computed once per dashboard.
 */
export function dashboardAggregates(db: PrismaClient, s: DashboardScope) {
  const cte = healthCte(s);
  const path = `${s.unitPath}%`;
  const byHealthAndUnit = db.$queryRaw<(HealthRow & UnitRow & { by_unit: boolean })[]>`
    WITH ${cte}
    SELECT GROUPING(h."unitId") = 0 AS by_unit, h.health, count(*) AS tasks, sum(h.targets) AS targets, sum(h.reached) AS reached,
           sum(h.mean_percent * h.targets)::float AS percent_sum,
           sum(CASE WHEN h.mean_percent IS NULL THEN 0 ELSE h.targets END) AS measured,
           h."unitId", u.name AS "unitName", count(*) FILTER (WHERE h.health = 'COMPLETED') AS completed
    FROM health h JOIN "Unit" u ON u.id = h."unitId"
    GROUP BY GROUPING SETS ((h.health), (h."unitId", u.name))
    ORDER BY GROUPING(h."unitId") DESC, h.health,
             count(*) FILTER (WHERE h.health = 'COMPLETED')::float / count(*) DESC, count(*) DESC, u.name`;
  return Promise.all([
    byHealthAndUnit.then((rows) =>
      rows
        .filter((r) => !r.by_unit)
        .map((r): HealthRow => ({
          health: r.health,
          tasks: r.tasks,
          targets: r.targets,
          reached: r.reached,
          percent_sum: r.percent_sum,
          measured: r.measured,
        })),
    ),
    byHealthAndUnit.then((rows) =>
      rows
        .filter((r) => r.by_unit)
        .map((r): UnitRow => ({ unitId: r.unitId, unitName: r.unitName, tasks: r.tasks, completed: r.completed })),
    ),
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
      WITH due_quarters AS MATERIALIZED (${dueQuarters(s)})
      SELECT q.year, q.quarter, count(t.id) AS due,
             count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'RESPONDED')) AS submitted,
             count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'RESPONDED') AND r."isLate") AS late
      FROM due_quarters q
      JOIN "Task" t ON q.starts <= t."endDate" AND q.ends > t."startDate"
      JOIN "Unit" u ON u.id = t."unitId"
      LEFT JOIN "QuarterlyReport" r ON r."taskId" = t.id AND r.year = q.year AND r.quarter = q.quarter
      WHERE ${taskWhere(s)}
      GROUP BY q.year, q.quarter ORDER BY q.year, q.quarter`,
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
