import { hasPermission } from "@/lib/permissions";
import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { quarterEnd, quarterStart, type Quarter } from "@/lib/domain/quarters";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus, TaskField } from "@/lib/generated/prisma/enums";
import type { QuarterFilter } from "@/lib/validation/report";
import { pageArgs, sortOrder, toPage, type ListParams, type SortedPage, type SortWhitelist } from "@/lib/dal/_shared/pagination";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { taskScope } from "@/lib/dal/_shared/task-scope";
import { listSearchConditions } from "@/lib/dal/_shared/search";
import { SUBMITTED } from "@/lib/dal/reports/report";

export type QuarterReportRow = {
  taskId: string;
  code: string;
  title: string;
  field: TaskField;
  cadreName: string;
  unitName: string;
  dueDate: Date | null;
  report: { status: ReportStatus; isLate: boolean; submittedAt: Date | null } | null;
  /** Submitted after the deadline, or still not submitted once it passed. */
  late: boolean;
  /** Each target's actual values over the year's quarters (null where not reported), for the trend. */
  targets: { indicator: string; unitOfMeasure: string; targetValue: string; byQuarter: (string | null)[] }[];
};

/** The quarter list's sortable columns (each ends on the task's id, so pages never overlap). */
const REPORT_SORTS: SortWhitelist<Prisma.TaskOrderByWithRelationInput[]> = {
  task: { order: (d) => [{ code: d }, { id: d }] },
  title: { order: (d) => [{ title: d }, { id: d }] },
  unit: { order: (d) => [{ unit: { name: d } }, { code: "asc" }, { id: "asc" }] },
  cadre: { order: (d) => [{ cadre: { fullName: d } }, { code: "asc" }, { id: "asc" }] },
};

/**
 * The reports of one quarter: every assigned task in the caller's scope whose period touches it, with its
 * report if any, filtered by unit, field and status (not submitted, submitted, late, responded).
 */
export async function listQuarterReports(
  filter: Omit<QuarterFilter, "dir"> & ListParams & Quarter,
): Promise<SortedPage<QuarterReportRow>> {
  const actor = await requirePermission("task:supervise", "task:read");
  const scope = taskScope(actor);
  if (!scope) throw new NotFoundError();
  const db = await getDb();
  const { year, quarter } = filter;
  const start = quarterStart({ year, quarter });
  const end = quarterEnd({ year, quarter });
  const now = new Date();
  const thisQuarter = { year, quarter };
  const statusWhere: Record<NonNullable<QuarterFilter["status"]>, Prisma.TaskWhereInput> = {
    NOT_SUBMITTED: { reports: { none: { ...thisQuarter, status: { in: SUBMITTED } } } },
    SUBMITTED: { reports: { some: { ...thisQuarter, status: "SUBMITTED" } } },
    RESPONDED: { reports: { some: { ...thisQuarter, status: "RESPONDED" } } },
    LATE: {
      OR: [
        { reports: { some: { ...thisQuarter, isLate: true, status: { in: SUBMITTED } } } },
        {
          reports: { none: { ...thisQuarter, status: { in: SUBMITTED } } },
          round: { reportDeadlines: { some: { ...thisQuarter, dueDate: { lt: now } } } },
        },
      ],
    },
  };
  const where: Prisma.TaskWhereInput = {
    AND: [
      scope,
      { status: { in: ["ASSIGNED", "COMPLETED", "UNFINISHED"] }, startDate: { lt: end }, endDate: { gte: start } },
      filter.unitId ? { unit: { ...unitInScope(actor), id: filter.unitId } } : {},
      filter.field ? { field: filter.field as TaskField } : {},
      filter.status ? statusWhere[filter.status] : {},
      { AND: await listSearchConditions(db, filter.q) },
    ],
  };
  const { orderBy, applied } = sortOrder(REPORT_SORTS, filter, { key: "unit", dir: "asc" });
  const [tasks, total] = await Promise.all([
    db.task.findMany({
      where,
      orderBy,
      include: {
        cadre: { select: { fullName: true } },
        unit: { select: { name: true } },
        round: { select: { reportDeadlines: { where: thisQuarter, select: { dueDate: true } } } },
        targets: {
          orderBy: { position: "asc" },
          include: { actuals: { include: { report: { select: { year: true, quarter: true, status: true } } } } },
        },
        reports: { where: thisQuarter, select: { status: true, isLate: true, submittedAt: true } },
      },
      ...pageArgs(filter.page, filter.size),
    }),
    db.task.count({ where }),
  ]);
  const page = toPage(
    tasks.map((t) => {
      const report = t.reports[0];
      const isOwnDraft = report && report.status === "DRAFT" && !hasPermission(actor.role, "report:own");
      const dueDate = t.round.reportDeadlines[0]?.dueDate ?? null;
      const isIn = report && SUBMITTED.includes(report.status);
      return {
        taskId: t.id,
        code: t.code,
        title: t.title,
        field: t.field,
        cadreName: t.cadre.fullName,
        unitName: t.unit.name,
        dueDate,
        report: report && !isOwnDraft ? report : null,
        late: isIn ? report.isLate : dueDate !== null && dueDate < now,
        targets: t.targets.map((target) => ({
          indicator: target.indicator,
          unitOfMeasure: target.unitOfMeasure,
          targetValue: target.targetValue.toString(),
          byQuarter: [1, 2, 3, 4].map((q) => {
            const a = target.actuals.find(
              (x) => x.report.year === year && x.report.quarter === q && SUBMITTED.includes(x.report.status),
            );
            return a ? a.actualValue.toString() : null;
          }),
        })),
      };
    }),
    total,
    filter.page,
    filter.size,
  );
  return { ...page, sort: applied };
}

export type MissingByUnit = { unitId: string; unitName: string; tasks: number; submitted: number; missing: number };

/** Per unit in scope, how many of the quarter's reports are in and how many are missing: one SQL aggregate. */
export async function missingReportsByUnit(quarter: Quarter): Promise<MissingByUnit[]> {
  const actor = await requirePermission("task:read");
  const db = await getDb();
  const start = quarterStart(quarter);
  const end = quarterEnd(quarter);
  const rows = await db.$queryRaw<{ unitId: string; unitName: string; tasks: bigint; submitted: bigint }[]>`
    SELECT u.id AS "unitId", u.name AS "unitName", count(t.id) AS tasks,
           count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'RESPONDED')) AS submitted
    FROM "Task" t
    JOIN "Unit" u ON u.id = t."unitId"
    LEFT JOIN "QuarterlyReport" r ON r."taskId" = t.id AND r.year = ${quarter.year} AND r.quarter = ${quarter.quarter}
    WHERE u.path LIKE ${`${actor.unitPath}%`} AND t.status = 'ASSIGNED'
      AND t."startDate" < ${end} AND t."endDate" >= ${start}
    GROUP BY u.id, u.name
    ORDER BY count(t.id) - count(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'RESPONDED')) DESC, u.name`;
  return rows.map((r) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    tasks: Number(r.tasks),
    submitted: Number(r.submitted),
    missing: Number(r.tasks) - Number(r.submitted),
  }));
}
