import type { TaskHealth } from "@/lib/domain/progress";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { TargetDirection, TaskField, TaskStatus } from "@/lib/generated/prisma/enums";
import { healthCte, type DashboardScope } from "./dashboard-queries";

/**
 * The public page's SQL, with no authorization of its own: lib/dal/read-models/publication decides that the
 * round is published and calls these. Each task's status is the dashboard's (the same `health` CTE), so a
 * citizen reads what the committee reads (decision 088).
 */

type Count = bigint | number | null;

/**
 * A locality is where a task is carried out: the round's assigning body (the province) and, below it, each
 * party committee or commune (Đảng ủy xã/phường). A task belongs to its unit's nearest locality.
 */
const LOCALITY = Prisma.sql`('PARTY_COMMITTEE', 'COMMUNE')`;

export type LocalityRow = {
  id: string;
  name: string;
  depth: number;
  parentId: string | null;
  /** The tasks under the locality, its own and all its sub-localities'. */
  tasks: Count;
  completed: Count;
  on_track: Count;
  /** The tasks whose nearest locality is this one (the province's own departments and boards). */
  own_tasks: Count;
  own_completed: Count;
  own_on_track: Count;
};

/**
 * The locality tree of a round with each node's counts, in one statement: every counted task is placed at its
 * nearest locality, and each node sums what is placed at it and at every locality below it (a path prefix),
 * so a parent's figures are its own tasks' plus its children's.
 */
export function localityTree(db: PrismaClient, s: DashboardScope) {
  return db.$queryRaw<LocalityRow[]>`
    WITH ${healthCte(s)},
    loc AS MATERIALIZED (
      SELECT l.id, l.name, l.path, l.depth FROM "Unit" l
      WHERE starts_with(l.path, ${s.unitPath}) AND (l.path = ${s.unitPath} OR (l.kind IN ${LOCALITY} AND l.active))
    ),
    placed AS (
      SELECT DISTINCT ON (h.id) h.id, h.health, l.id AS loc_id
      FROM health h JOIN "Unit" u ON u.id = h."unitId" JOIN loc l ON starts_with(u.path, l.path)
      ORDER BY h.id, l.depth DESC
    ),
    own AS (
      SELECT loc_id, count(*) AS tasks, count(*) FILTER (WHERE health = 'COMPLETED') AS completed,
             count(*) FILTER (WHERE health = 'ON_TRACK') AS on_track
      FROM placed GROUP BY loc_id
    )
    SELECT l.id, l.name, l.depth,
      (SELECT p.id FROM loc p WHERE starts_with(l.path, p.path) AND p.id <> l.id ORDER BY p.depth DESC LIMIT 1) AS "parentId",
      coalesce(sum(o.tasks), 0) AS tasks, coalesce(sum(o.completed), 0) AS completed, coalesce(sum(o.on_track), 0) AS on_track,
      coalesce(sum(o.tasks) FILTER (WHERE d.id = l.id), 0) AS own_tasks,
      coalesce(sum(o.completed) FILTER (WHERE d.id = l.id), 0) AS own_completed,
      coalesce(sum(o.on_track) FILTER (WHERE d.id = l.id), 0) AS own_on_track
    FROM loc l JOIN loc d ON starts_with(d.path, l.path) LEFT JOIN own o ON o.loc_id = d.id
    GROUP BY l.id, l.name, l.depth, l.path
    ORDER BY l.depth, l.name`;
}

export type PublicTaskRow = {
  id: string;
  code: string;
  title: string;
  field: TaskField;
  startDate: Date;
  endDate: Date;
  status: TaskStatus;
  decisionNumber: string;
  cadreName: string;
  positionTitle: string;
  unitName: string;
  /** The dashboard's status; null for a task the dashboard does not count (carried over to the next round). */
  health: TaskHealth | null;
  progress: string;
};

export type PublicListFilter = {
  status?: TaskStatus;
  field?: TaskField;
  /** A condition over the task `t` (the list's search box). */
  match?: Prisma.Sql;
  /** Only the tasks placed at the locality itself, not at a locality below it. */
  ownOnly?: boolean;
  /** One task, by its code. */
  code?: string;
  orderBy: Prisma.Sql;
  skip: number;
  take: number;
};

/**
 * A page of a published round's tasks under a locality (cancelled ones aside) with the dashboard's status and
 * progress, and their total, in one statement (the total rides on each row; only a page past the last needs
 * a second).
 */
export async function publicTaskPage(
  db: PrismaClient,
  s: DashboardScope,
  f: PublicListFilter,
): Promise<{ rows: PublicTaskRow[]; total: number }> {
  const conditions = [
    Prisma.sql`t."roundId" = ${s.roundId}`,
    f.status ? Prisma.sql`t.status = ${f.status}::"TaskStatus"` : Prisma.sql`t.status <> 'CANCELLED'`,
    Prisma.sql`starts_with(u.path, ${s.unitPath})`,
    ...(f.field ? [Prisma.sql`t.field = ${f.field}::"TaskField"`] : []),
    ...(f.match ? [f.match] : []),
    ...(f.code ? [Prisma.sql`t.code = ${f.code}`] : []),
    ...(f.ownOnly
      ? [
          Prisma.sql`NOT EXISTS (SELECT 1 FROM "Unit" l WHERE l.kind IN ${LOCALITY} AND l.active
              AND l.path <> ${s.unitPath} AND starts_with(l.path, ${s.unitPath}) AND starts_with(u.path, l.path))`,
        ]
      : []),
  ];
  const where = Prisma.join(conditions, " AND ");
  const rows = await db.$queryRaw<(PublicTaskRow & { total: Count })[]>`
    WITH ${healthCte(s)}
    SELECT t.id, t.code, t.title, t.field, t."startDate", t."endDate", t.status, t."decisionNumber",
           c."fullName" AS "cadreName", c."positionTitle", u.name AS "unitName",
           h.health, t.progress::text AS progress, count(*) OVER () AS total
    FROM "Task" t JOIN "Unit" u ON u.id = t."unitId" JOIN "Cadre" c ON c.id = t."cadreId"
    LEFT JOIN health h ON h.id = t.id
    WHERE ${where}
    ORDER BY ${f.orderBy} LIMIT ${f.take} OFFSET ${f.skip}`;
  if (rows.length || f.skip === 0) {
    return { rows: rows.map(({ total: _total, ...row }) => row), total: Number(rows[0]?.total ?? 0) };
  }
  const [count] = await db.$queryRaw<{ count: Count }[]>`
    SELECT count(*) AS count FROM "Task" t JOIN "Unit" u ON u.id = t."unitId" WHERE ${where}`;
  return { rows: [], total: Number(count?.count ?? 0) };
}

export type PublicTargetRow = {
  taskId: string;
  indicator: string;
  unitOfMeasure: string;
  baseline: string | null;
  targetValue: string;
  direction: TargetDirection;
  /** The value at the latest submitted report that measured it; null when none has. */
  actual: string | null;
  year: number | null;
  quarter: number | null;
};

/** The targets of a page's tasks, each with its value at the latest submitted report, in one statement. */
export function publicTargets(db: PrismaClient, taskIds: string[]) {
  if (!taskIds.length) return Promise.resolve([] as PublicTargetRow[]);
  return db.$queryRaw<PublicTargetRow[]>`
    SELECT tg."taskId", tg.indicator, tg."unitOfMeasure", tg.baseline::text AS baseline, tg."targetValue"::text AS "targetValue",
           tg.direction, l.actual::text AS actual, l.year, l.quarter
    FROM "Target" tg
    LEFT JOIN LATERAL (
      SELECT ta."actualValue" AS actual, r.year, r.quarter
      FROM "TargetActual" ta JOIN "QuarterlyReport" r ON r.id = ta."reportId"
      WHERE ta."targetId" = tg.id AND r.status IN ('SUBMITTED', 'RESPONDED')
      ORDER BY r.year DESC, r.quarter DESC LIMIT 1
    ) l ON TRUE
    WHERE tg."taskId" IN (${Prisma.join(taskIds)})
    ORDER BY tg."taskId", tg.position`;
}
