import { VIETNAM_TIME_ZONE } from "@/lib/domain/quarters";
import { AT_RISK_GAP, BEHIND_GAP, type TaskHealth } from "@/lib/domain/progress";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Rating, TaskField } from "@/lib/generated/prisma/enums";

/**
 * The dashboard's SQL, with no authorization of its own: lib/dal/dashboard decides the scope and calls these;
 * the benchmark runs the very same statements directly to compare.
 */

/** A round's tasks under a unit path (the caller's scope, or one unit in it), optionally of one field, as of `now`. */
export type DashboardScope = { roundId: string; unitPath: string; field?: TaskField; now: Date };

/** The tasks a dashboard counts: the round's tasks, not cancelled or carried over, of units under the path. */
function taskWhere(s: DashboardScope) {
  return Prisma.sql`t."roundId" = ${s.roundId}
    AND t.status NOT IN ('CANCELLED', 'CARRIED_OVER')
    AND u.path LIKE ${`${s.unitPath}%`}
    ${s.field ? Prisma.sql`AND t.field = ${s.field}::"TaskField"` : Prisma.empty}`;
}

/**
 * Each task's computed status, in SQL, by the same rules as lib/domain/progress (tested equal): completed
 * when all its targets are reached; overdue after the end; behind with a due report missing; otherwise its
 * progress against the share of the period elapsed.
 *
 * The figures that do not depend on the day (targets reached, progress, the quarters reported) are kept on
 * the task by database triggers (migration task_progress), so this reads one row per task and none of the
 * round's reports and actuals. The share elapsed is reckoned in double precision and milliseconds, rounded
 * as Math.round does, so that it is the very number the JavaScript rule computes; and `health` is
 * materialised so that each task's status is worked out once, however many aggregates read it.
 * The public page's statements (lib/db/public-queries.ts) read the very same CTE.
 */
export function healthCte(s: DashboardScope) {
  const now = s.now;
  // Milliseconds since 1970 of the stored UTC timestamps, as JavaScript's getTime(): no time zone per row.
  const ms = (column: Prisma.Sql) => Prisma.sql`round(date_part('epoch', ${column}) * 1000)`;
  const elapsed = Prisma.sql`(CASE WHEN t."endDate" <= t."startDate" THEN 100
    ELSE floor(GREATEST(0, ${now.getTime()}::float8 - ${ms(Prisma.sql`t."startDate"`)})
               / (${ms(Prisma.sql`t."endDate"`)} - ${ms(Prisma.sql`t."startDate"`)}) * 100 * 10 + 0.5) / 10 END)`;
  const gap = Prisma.sql`floor((${elapsed} - t.progress::float8) * 10 + 0.5) / 10`;
  return Prisma.sql`
    due_quarters AS MATERIALIZED (${dueQuarters(s)}),
    health AS MATERIALIZED (
      SELECT t.id, t."unitId", t.field, t."startDate", t."endDate", t."submittedQuarters", t."lateQuarters",
        t."targetCount" AS targets, t."reachedCount" AS reached, t.progress, t."meanPercent" AS mean_percent,
        CASE
          WHEN t.status = 'COMPLETED' OR (t."targetCount" > 0 AND t."reachedCount" = t."targetCount") THEN 'COMPLETED'
          WHEN ${now} > t."endDate" THEN 'OVERDUE'
          -- The round's due quarters are three or four rows: scanning them per task is cheap.
          WHEN EXISTS (
            SELECT 1 FROM due_quarters q
            WHERE q.starts <= t."endDate" AND q.ends > t."startDate" AND NOT (q.key = ANY (t."submittedQuarters"))
          ) THEN 'BEHIND'
          WHEN ${gap} <= ${AT_RISK_GAP} THEN 'ON_TRACK'
          WHEN ${gap} <= ${BEHIND_GAP} THEN 'AT_RISK'
          ELSE 'BEHIND'
        END AS health
      FROM "Task" t JOIN "Unit" u ON u.id = t."unitId"
      WHERE ${taskWhere(s)}
    )`;
}

/**
 * The round's quarters whose report was due before now, each with its bounds in Vietnam computed once per
 * quarter rather than once per task and quarter.
 */
function dueQuarters(s: DashboardScope) {
  return Prisma.sql`
    SELECT d.year, d.quarter, d.year * 10 + d.quarter AS key, q.starts, q.starts + interval '3 months' AS ends
    FROM "ReportDeadline" d,
      LATERAL (SELECT make_timestamptz(d.year, (d.quarter - 1) * 3 + 1, 1, 0, 0, 0, ${VIETNAM_TIME_ZONE}::text) AS starts) q
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

type FieldRow = { field: string; tasks: Count };
type QuarterRow = { year: number; quarter: number; due: Count; submitted: Count; late: Count };

/**
 * The dashboard's six aggregates in three statements, a fixed number whatever the data's size. Everything
 * drawn from the tasks (by status, by unit, by field, reports by quarter) comes from one statement, so the
 * round's tasks are read and their statuses worked out once per dashboard.
 */
export function dashboardAggregates(db: PrismaClient, s: DashboardScope) {
  const path = `${s.unitPath}%`;
  const fromTasks = db.$queryRaw<
    { by_health: HealthRow[] | null; by_unit: UnitRow[] | null; by_field: FieldRow[] | null; by_quarter: QuarterRow[] | null }[]
  >`
    WITH ${healthCte(s)}
    SELECT
      (SELECT json_agg(x ORDER BY x.health) FROM (
        SELECT health, count(*) AS tasks, sum(targets) AS targets, sum(reached) AS reached,
               sum(mean_percent * targets) AS percent_sum,
               sum(CASE WHEN mean_percent IS NULL THEN 0 ELSE targets END) AS measured
        FROM health GROUP BY health) x) AS by_health,
      (SELECT json_agg(x ORDER BY x.completed::float / x.tasks DESC, x.tasks DESC, x."unitName") FROM (
        SELECT h."unitId", u.name AS "unitName", count(*) AS tasks, count(*) FILTER (WHERE h.health = 'COMPLETED') AS completed
        FROM health h JOIN "Unit" u ON u.id = h."unitId" GROUP BY h."unitId", u.name) x) AS by_unit,
      (SELECT json_agg(x ORDER BY x.tasks DESC, x.field) FROM (
        SELECT field::text AS field, count(*) AS tasks FROM health GROUP BY field) x) AS by_field,
      (SELECT json_agg(x ORDER BY x.year, x.quarter) FROM (
        SELECT q.year, q.quarter, count(*) AS due,
               count(*) FILTER (WHERE q.key = ANY (h."submittedQuarters")) AS submitted,
               count(*) FILTER (WHERE q.key = ANY (h."lateQuarters")) AS late
        FROM due_quarters q JOIN health h ON q.starts <= h."endDate" AND q.ends > h."startDate"
        GROUP BY q.year, q.quarter) x) AS by_quarter`.then((rows) => rows[0]!);
  return Promise.all([
    fromTasks.then((r) => r.by_health ?? []),
    fromTasks.then((r) => r.by_unit ?? []),
    fromTasks.then((r) => r.by_field ?? []),
    db.$queryRaw<{ cadres: Count; registered: Count; late: Count }[]>`
      SELECT count(c.id) AS cadres,
             count(r.id) FILTER (WHERE r.status NOT IN ('DRAFT', 'WITHDRAWN')) AS registered,
             count(r.id) FILTER (WHERE r."isLate") AS late
      FROM "Cadre" c JOIN "Unit" u ON u.id = c."unitId"
      JOIN "Round" rd ON rd.id = ${s.roundId}
      LEFT JOIN "Registration" r ON r."cadreId" = c.id AND r."roundId" = rd.id
      WHERE c.active AND c."managedById" = rd."assigningBodyId" AND u.path LIKE ${path}
        AND (cardinality(rd."cadreGroups") = 0 OR c."group" = ANY (rd."cadreGroups"))`,
    fromTasks.then((r) => r.by_quarter ?? []),
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
  /** The progress the status is worked out from: each target counted up to 100, unreported ones as 0. */
  progress: string;
  /** The mean of the reported targets' progress as measured, over-achievement included; null when none. */
  measured: string | null;
};

/**
 * A page of the tasks behind a number, narrowed to some statuses (none: all), furthest behind first, and their
 * total, in one statement (the total rides on each row); only a page past the last needs a second.
 */
export async function dashboardTaskPage(
  db: PrismaClient,
  s: DashboardScope,
  page: { healths: TaskHealth[]; skip: number; take: number; orderBy?: Prisma.Sql; match?: Prisma.Sql },
): Promise<[DashboardTaskRow[], { count: Count }[]]> {
  const cte = healthCte(s);
  // `match`: the list's search box, a condition over the task `t` (lib/dal/_shared/search.ts builds it).
  const conditions = [
    ...(page.healths.length ? [Prisma.sql`h.health IN (${Prisma.join(page.healths)})`] : []),
    ...(page.match ? [page.match] : []),
  ];
  const filter = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<(DashboardTaskRow & { total: Count })[]>`
    WITH ${cte}
    SELECT t.id, t.code, t.title, c."fullName" AS "cadreName", u.name AS "unitName", h.health, h.progress::text AS progress,
           round(h.mean_percent::numeric, 1)::text AS measured,
           count(*) OVER () AS total
    FROM health h JOIN "Task" t ON t.id = h.id JOIN "Cadre" c ON c.id = t."cadreId" JOIN "Unit" u ON u.id = t."unitId"
    ${filter}
    ORDER BY ${page.orderBy ?? Prisma.sql`h.progress`}, u.name, t.code, t.id LIMIT ${page.take} OFFSET ${page.skip}`;
  if (rows.length || page.skip === 0) {
    return [rows.map(({ total: _total, ...row }) => row), [{ count: rows[0]?.total ?? 0 }]];
  }
  return [
    [],
    await db.$queryRaw<
      { count: Count }[]
    >`WITH ${cte} SELECT count(*) AS count FROM health h JOIN "Task" t ON t.id = h.id ${filter}`,
  ];
}
