import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { jsonTimestamp } from "@/lib/db/json-time";
import type { RegistrationStatus, ReportStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitInScope } from "@/lib/dal/_shared/scope";
import {
  pageArgs,
  sortOrder,
  toPage,
  withSort,
  type ListParams,
  type SortedPage,
  type SortWhitelist,
} from "@/lib/dal/_shared/pagination";
import { listSearchConditions } from "@/lib/dal/_shared/search";

type LastReport = { year: number; quarter: number; status: ReportStatus; isLate: boolean } | null;

export type CadreHome = {
  cadre: { fullName: string; positionTitle: string; unitName: string } | null;
  registrations: {
    id: string;
    roundName: string;
    status: RegistrationStatus;
    proposedCount: number;
    submittedAt: Date | null;
    deadline: Date;
  }[];
  tasks: {
    id: string;
    code: string;
    title: string;
    roundName: string;
    status: TaskStatus;
    endDate: Date;
    lastReport: LastReport;
  }[];
};

/**
 * The cadre's own registrations and tasks; a cadre never sees another cadre's. One statement (the cadre with
 * their unit, the registrations with their round and proposal count, the tasks with their round and latest
 * report): the cadre home is the page most opened in a quarter's last days (decision 089).
 */
export async function getCadreHome(): Promise<CadreHome> {
  const actor = await requirePermission("task:own");
  if (!actor.cadreId) return { cadre: null, registrations: [], tasks: [] };
  const db = await getDb();
  const [row] = await db.$queryRaw<CadreHomeRow[]>`
    SELECT c."fullName", c."positionTitle", u.name AS "unitName",
      (SELECT json_agg(json_build_object(
                'id', r.id, 'roundName', ro.name, 'status', r.status, 'submittedAt', r."submittedAt",
                'deadline', ro."registrationDeadline",
                'proposedCount', (SELECT count(*) FROM "ProposedTask" p WHERE p."registrationId" = r.id AND NOT p.withdrawn))
              ORDER BY r."createdAt" DESC, r.id)
       FROM "Registration" r JOIN "Round" ro ON ro.id = r."roundId" WHERE r."cadreId" = c.id) AS registrations,
      (SELECT json_agg(json_build_object(
                'id', t.id, 'code', t.code, 'title', t.title, 'roundName', ro.name, 'status', t.status,
                'endDate', t."endDate", 'lastReport', (
                  SELECT json_build_object('year', q.year, 'quarter', q.quarter, 'status', q.status, 'isLate', q."isLate")
                  FROM "QuarterlyReport" q WHERE q."taskId" = t.id ORDER BY q.year DESC, q.quarter DESC LIMIT 1))
              ORDER BY ro."startYear" DESC, t.code)
       FROM "Task" t JOIN "Round" ro ON ro.id = t."roundId" WHERE t."cadreId" = c.id) AS tasks
    FROM "Cadre" c JOIN "Unit" u ON u.id = c."unitId"
    WHERE c.id = ${actor.cadreId}`;
  if (!row) return { cadre: null, registrations: [], tasks: [] };
  return {
    cadre: { fullName: row.fullName, positionTitle: row.positionTitle, unitName: row.unitName },
    registrations: (row.registrations ?? []).map((r) => ({
      ...r,
      proposedCount: Number(r.proposedCount),
      submittedAt: jsonTimestamp(r.submittedAt),
      deadline: jsonTimestamp(r.deadline),
    })),
    tasks: (row.tasks ?? []).map((t) => ({ ...t, endDate: jsonTimestamp(t.endDate) })),
  };
}

type CadreHomeRow = {
  fullName: string;
  positionTitle: string;
  unitName: string;
  registrations:
    | (Omit<CadreHome["registrations"][number], "submittedAt" | "deadline"> & { submittedAt: string | null; deadline: string })[]
    | null;
  tasks: (Omit<CadreHome["tasks"][number], "endDate"> & { endDate: string })[] | null;
};

export type RoundSummary = {
  id: string;
  name: string;
  status: string;
  assigningBodyName: string;
  startYear: number;
  endYear: number;
};

export type OrgCommitteeHome = {
  rounds: RoundSummary[];
  round: (RoundSummary & { registrationDeadline: Date; cadresConcerned: number }) | null;
  registrationsByStatus: Partial<Record<RegistrationStatus, number>>;
  /** Submitted at least once (any state past the draft, but not withdrawn). */
  registered: number;
  notRegistered: number;
  late: number;
  tasksByStatus: Partial<Record<TaskStatus, number>>;
  byUnit: { unitId: string; unitName: string; cadres: number; registered: number; tasks: number }[];
};

/**
 * The organisation committee's view of a round in its scope: counts by status and by unit, computed in
 * SQL. Without a chosen round it shows the newest open round of its own body, else the newest in scope.
 */
export async function getOrgCommitteeHome(roundId?: string): Promise<OrgCommitteeHome> {
  const actor = await requirePermission("round:manage");
  const db = await getDb();
  const rounds = await db.round.findMany({
    where: { assigningBody: unitInScope(actor) },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
    include: { assigningBody: { select: { name: true, id: true } } },
    take: 50,
  });
  const summaries = rounds.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    assigningBodyName: r.assigningBody.name,
    startYear: r.startYear,
    endYear: r.endYear,
  }));
  const chosen =
    rounds.find((r) => r.id === roundId) ??
    rounds.find((r) => r.status === "OPEN" && r.assigningBodyId === actor.unitId) ??
    rounds.find((r) => r.assigningBodyId === actor.unitId) ??
    rounds[0];
  const empty = {
    rounds: summaries,
    round: null,
    registrationsByStatus: {},
    registered: 0,
    notRegistered: 0,
    late: 0,
    tasksByStatus: {},
    byUnit: [],
  };
  if (!chosen) return empty;

  const groups = chosen.cadreGroups.map(String);
  const concerned = {
    managedById: chosen.assigningBodyId,
    active: true,
    ...(groups.length ? { group: { in: chosen.cadreGroups } } : {}),
  };
  const now = new Date();
  const [regGroups, taskGroups, cadresConcerned, submittedOrLater, lateSubmitted, byUnit] = await Promise.all([
    db.registration.groupBy({ by: ["status"], where: { roundId: chosen.id }, _count: { _all: true } }),
    db.task.groupBy({ by: ["status"], where: { roundId: chosen.id }, _count: { _all: true } }),
    db.cadre.count({ where: concerned }),
    db.registration.count({ where: { roundId: chosen.id, status: { notIn: ["DRAFT", "WITHDRAWN"] } } }),
    db.registration.count({ where: { roundId: chosen.id, isLate: true } }),
    db.$queryRaw<{ unitId: string; unitName: string; cadres: number; registered: number; tasks: number }[]>`
      SELECT u.id AS "unitId", u.name AS "unitName",
             count(DISTINCT c.id)::int AS cadres,
             count(DISTINCT r.id) FILTER (WHERE r.status NOT IN ('DRAFT', 'WITHDRAWN'))::int AS registered,
             count(DISTINCT t.id)::int AS tasks
      FROM "Cadre" c
      JOIN "Unit" u ON u.id = c."unitId"
      LEFT JOIN "Registration" r ON r."cadreId" = c.id AND r."roundId" = ${chosen.id}
      LEFT JOIN "Task" t ON t."cadreId" = c.id AND t."roundId" = ${chosen.id}
      WHERE c."managedById" = ${chosen.assigningBodyId} AND c.active
        AND (cardinality(${groups}::text[]) = 0 OR c."group"::text = ANY(${groups}::text[]))
      GROUP BY u.id, u.name
      ORDER BY u.name`,
  ]);
  const pastDeadline = chosen.registrationDeadline < now;
  return {
    rounds: summaries,
    round: {
      ...summaries.find((s) => s.id === chosen.id)!,
      registrationDeadline: chosen.registrationDeadline,
      cadresConcerned,
    },
    registrationsByStatus: Object.fromEntries(regGroups.map((g) => [g.status, g._count._all])),
    registered: submittedOrLater,
    notRegistered: Math.max(0, cadresConcerned - submittedOrLater),
    // Late: submitted after the deadline, or still not submitted once it has passed.
    late: lateSubmitted + (pastDeadline ? Math.max(0, cadresConcerned - submittedOrLater) : 0),
    tasksByStatus: Object.fromEntries(taskGroups.map((g) => [g.status, g._count._all])),
    byUnit,
  };
}

export type StandingCommitteeHome = {
  registrations: {
    id: string;
    cadreName: string;
    unitName: string;
    roundName: string;
    proposedCount: number;
    forwardedAt: Date | null;
  }[];
  registrationsTotal: number;
  changeRequests: {
    id: string;
    taskId: string;
    taskCode: string;
    taskTitle: string;
    cadreName: string;
    reason: string;
    createdAt: Date;
  }[];
  changeRequestsTotal: number;
  evaluations: {
    id: string;
    cadreName: string;
    year: number;
    /** 1–4 for a quarter's evaluation, 0 for a year's or a term's. */
    quarter: number;
    proposedRating: string | null;
    aggregateScore: string | null;
  }[];
  evaluationsTotal: number;
};

/** What awaits this standing committee's decision: only its own body's rounds, not those of bodies below it. */
export async function getStandingCommitteeHome(): Promise<StandingCommitteeHome> {
  const actor = await requirePermission("registration:decide");
  const db = await getDb();
  const ownRound = { assigningBodyId: actor.unitId };
  const regWhere = { status: "FORWARDED" as const, round: ownRound };
  const crWhere = { status: "PENDING" as const, task: { round: ownRound } };
  const evWhere = { status: "PROPOSED" as const, cycle: { round: ownRound } };
  const [registrations, registrationsTotal, changeRequests, changeRequestsTotal, evaluations, evaluationsTotal] =
    await Promise.all([
      db.registration.findMany({
        where: regWhere,
        orderBy: { forwardedAt: "asc" },
        take: 10,
        include: {
          cadre: { select: { fullName: true, unit: { select: { name: true } } } },
          round: { select: { name: true } },
          _count: { select: { proposedTasks: { where: { withdrawn: false } } } },
        },
      }),
      db.registration.count({ where: regWhere }),
      db.changeRequest.findMany({
        where: crWhere,
        orderBy: { createdAt: "asc" },
        take: 10,
        include: { task: { select: { id: true, code: true, title: true, cadre: { select: { fullName: true } } } } },
      }),
      db.changeRequest.count({ where: crWhere }),
      db.evaluation.findMany({
        where: evWhere,
        take: 10,
        orderBy: { updatedAt: "asc" },
        include: { cadre: { select: { fullName: true } }, cycle: { select: { year: true, quarter: true } } },
      }),
      db.evaluation.count({ where: evWhere }),
    ]);
  return {
    registrations: registrations.map((r) => ({
      id: r.id,
      cadreName: r.cadre.fullName,
      unitName: r.cadre.unit.name,
      roundName: r.round.name,
      proposedCount: r._count.proposedTasks,
      forwardedAt: r.forwardedAt,
    })),
    registrationsTotal,
    changeRequests: changeRequests.map((c) => ({
      id: c.id,
      taskId: c.task.id,
      taskCode: c.task.code,
      taskTitle: c.task.title,
      cadreName: c.task.cadre.fullName,
      reason: c.reason,
      createdAt: c.createdAt,
    })),
    changeRequestsTotal,
    evaluations: evaluations.map((e) => ({
      id: e.id,
      cadreName: e.cadre.fullName,
      year: e.cycle.year,
      quarter: e.cycle.quarter,
      proposedRating: e.proposedRating,
      aggregateScore: e.aggregateScore?.toString() ?? null,
    })),
    evaluationsTotal,
  };
}

export type CouncilEvaluation = {
  id: string;
  cadreName: string;
  positionTitle: string;
  year: number;
  quarter: number;
  roundName: string;
  taskCount: number;
  submittedByMe: boolean;
};

/** The council list's sortable columns (each ends on the id, so pages never overlap); newest period first by default. */
const COUNCIL_SORTS: SortWhitelist<Prisma.EvaluationOrderByWithRelationInput[]> = {
  period: {
    order: (d) => [{ cycle: { year: d } }, { cycle: { quarter: d } }, { cadre: { fullName: "asc" } }, { id: "asc" }],
    firstDir: "desc",
  },
  name: { order: (d) => [{ cadre: { fullName: d } }, { id: d }] },
  tasks: { order: (d) => [{ selfAssessments: { _count: d } }, { cadre: { fullName: "asc" } }, { id: "asc" }], firstDir: "desc" },
};

/**
 * Evaluations waiting for the council's scores in the cycles this member sits on, a page at a time: sorted
 * through the whitelist, narrowed to the sheets this member has still to score (or has sent) and by the cadre's
 * name.
 */
export async function listCouncilEvaluations(
  query: ListParams & { q?: string; mine?: "pending" | "submitted" },
): Promise<SortedPage<CouncilEvaluation>> {
  const actor = await requirePermission("evaluation:score");
  const db = await getDb();
  const mySheet: Prisma.CouncilSubmissionListRelationFilter = { some: { member: { userId: actor.userId } } };
  const where: Prisma.EvaluationWhereInput = {
    status: "COUNCIL_SCORING",
    cycle: { members: { some: { userId: actor.userId } } },
    ...(query.mine === "submitted" ? { councilSubmissions: mySheet } : {}),
    ...(query.mine === "pending" ? { NOT: { councilSubmissions: mySheet } } : {}),
    cadre: { AND: await listSearchConditions(db, query.q) },
  };
  const { orderBy, applied } = sortOrder(COUNCIL_SORTS, query, { key: "period", dir: "desc" });
  const [evaluations, total] = await Promise.all([
    db.evaluation.findMany({
      where,
      orderBy,
      ...pageArgs(query.page, query.size),
      include: {
        cadre: { select: { fullName: true, positionTitle: true } },
        cycle: { select: { year: true, quarter: true, round: { select: { name: true } } } },
        councilSubmissions: { where: { member: { userId: actor.userId } }, select: { id: true } },
        _count: { select: { selfAssessments: true } },
      },
    }),
    db.evaluation.count({ where }),
  ]);
  const items = evaluations.map((e) => ({
    id: e.id,
    cadreName: e.cadre.fullName,
    positionTitle: e.cadre.positionTitle,
    year: e.cycle.year,
    quarter: e.cycle.quarter,
    roundName: e.cycle.round.name,
    taskCount: e._count.selfAssessments,
    submittedByMe: e.councilSubmissions.length > 0,
  }));
  return withSort(applied, toPage(items, total, query.page, query.size));
}

export type SupervisedTask = {
  id: string;
  code: string;
  title: string;
  cadreName: string;
  unitName: string;
  status: TaskStatus;
  endDate: Date;
  lastReport: LastReport;
};

/** The supervision list's sortable columns; "round" (newest round first) is the default. */
const SUPERVISION_SORTS: SortWhitelist<Prisma.TaskOrderByWithRelationInput[]> = {
  round: { order: (d) => [{ round: { startYear: d } }, { code: "asc" }, { id: "asc" }] },
  task: { order: (d) => [{ code: d }, { id: d }] },
  title: { order: (d) => [{ title: d }, { id: d }] },
  cadre: { order: (d) => [{ cadre: { fullName: d } }, { code: "asc" }, { id: "asc" }] },
  endDate: { order: (d) => [{ endDate: d }, { id: d }] },
  status: { order: (d) => [{ status: d }, { code: "asc" }, { id: "asc" }] },
};

/** The tasks this user follows as focal point, newest round first (or as sorted), a page at a time. */
export async function getSupervisorHome(
  page: number,
  list: { q?: string; size?: number; sort?: string; dir?: string } = {},
): Promise<SortedPage<SupervisedTask>> {
  const actor = await requirePermission("task:supervise");
  const db = await getDb();
  const where = { supervisorId: actor.userId, AND: await listSearchConditions(db, list.q) };
  const { orderBy, applied } = sortOrder(SUPERVISION_SORTS, list, { key: "round", dir: "desc" });
  const [tasks, total] = await Promise.all([
    db.task.findMany({
      where,
      orderBy,
      ...pageArgs(page, list.size),
      include: {
        cadre: { select: { fullName: true } },
        unit: { select: { name: true } },
        reports: { orderBy: [{ year: "desc" }, { quarter: "desc" }], take: 1 },
      },
    }),
    db.task.count({ where }),
  ]);
  const result = toPage(
    tasks.map((t) => ({
      id: t.id,
      code: t.code,
      title: t.title,
      cadreName: t.cadre.fullName,
      unitName: t.unit.name,
      status: t.status,
      endDate: t.endDate,
      lastReport: t.reports[0]
        ? { year: t.reports[0].year, quarter: t.reports[0].quarter, status: t.reports[0].status, isLate: t.reports[0].isLate }
        : null,
    })),
    total,
    page,
    list.size,
  );
  return { ...result, sort: applied };
}
