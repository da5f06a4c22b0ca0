import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { quarterEnd, quarterStart, type Quarter } from "@/lib/domain/quarters";
import {
  explainingLevels,
  readStoredProposal,
  RULE_SET_VERSIONS,
  type LevelCheck,
  type RuleSetId,
} from "@/lib/domain/rating-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  BreakthroughKind,
  EvaluationStatus,
  Rating,
  ReportStatus,
  TargetDirection,
  TaskField,
  TaskStatus,
  UnitKind,
} from "@/lib/generated/prisma/enums";
import { resolveScope } from "@/lib/dal/read-models/dashboard";
import { unitInScope } from "@/lib/dal/_shared/scope";

/** What an export covers: one round, narrowed to a unit subtree and a field when asked. */
export type ExportFilter = { roundId: string; unitId?: string; field?: TaskField };

/** Who issues a document: the round's assigning body. */
export type IssuingBody = { name: string; kind: UnitKind };

export type ExportTarget = {
  id: string;
  indicator: string;
  unitOfMeasure: string;
  baseline: number | null;
  originalValue: number;
  targetValue: number;
  direction: TargetDirection;
  deadline: Date;
};

export type ExportTask = {
  code: string;
  title: string;
  field: TaskField;
  breakthroughKind: BreakthroughKind;
  expectedProduct: string;
  startDate: Date;
  endDate: Date;
  status: TaskStatus;
  decisionNumber: string;
  decisionDate: Date;
  supervisorName: string;
  cooperatingUnits: string[];
  cadreId: string;
  cadreName: string;
  positionTitle: string;
  unitName: string;
  targets: ExportTarget[];
};

export type ExportReport = {
  status: ReportStatus;
  isLate: boolean;
  submittedAt: Date | null;
  /** Null, as are the difficulties, proposals and actuals, for a report returned to be rewritten. */
  results: string | null;
  difficulties: string | null;
  proposals: string | null;
  /** The value reported for each target, by target id. */
  actuals: Record<string, number>;
};

export type TaskExport = {
  body: IssuingBody;
  round: { id: string; name: string; startYear: number; endYear: number };
  /** The unit and field the list was narrowed to, for the document's subtitle. */
  unitName: string | null;
  field: TaskField | null;
  tasks: ExportTask[];
};

export type ProgressExport = Omit<TaskExport, "tasks"> & {
  quarter: Quarter;
  dueDate: Date;
  tasks: (ExportTask & { report: ExportReport | null })[];
};

const num = (d: { toNumber(): number }) => d.toNumber();

/**
 * The round's assigned tasks (all but cancelled ones) within the caller's scope, narrowed to a unit and a
 * field (and `also`, when given), with their targets; by unit, then cadre, then code, as the committees
 * compile them.
 */
async function readTasks(filter: ExportFilter, also: Prisma.TaskWhereInput = {}, limit = Infinity, as?: Actor) {
  // A background export (export-jobs.ts) reads as the actor who asked for it, checked when it runs.
  const actor = as ?? (await requirePermission("export:download"));
  const { db, round, unitPath } = await resolveScope(actor, filter);
  if (!round) throw new NotFoundError();
  const where: Prisma.TaskWhereInput = {
    ...also,
    roundId: round.id,
    status: { not: "CANCELLED" },
    unit: { path: { startsWith: unitPath ?? actor.unitPath } },
    ...(filter.field ? { field: filter.field } : {}),
  };
  if (Number.isFinite(limit)) {
    const count = await db.task.count({ where });
    if (count > limit) return { tooLarge: true as const, count };
  }
  const [full, unit, tasks] = await Promise.all([
    db.round.findUniqueOrThrow({
      where: { id: round.id },
      include: { assigningBody: { select: { name: true, kind: true } }, reportDeadlines: true },
    }),
    filter.unitId ? db.unit.findUnique({ where: { id: filter.unitId }, select: { name: true } }) : null,
    db.task.findMany({
      where,
      include: {
        cadre: { select: { fullName: true, positionTitle: true } },
        unit: { select: { name: true } },
        supervisor: { select: { fullName: true } },
        cooperatingUnits: { select: { name: true }, orderBy: { name: "asc" } },
        targets: { orderBy: { position: "asc" } },
      },
    }),
  ]);
  const collator = new Intl.Collator("vi");
  tasks.sort(
    (a, b) =>
      collator.compare(a.unit.name, b.unit.name) ||
      collator.compare(a.cadre.fullName, b.cadre.fullName) ||
      a.code.localeCompare(b.code, "en", { numeric: true }),
  );
  return {
    tooLarge: false as const,
    db,
    where,
    head: {
      body: full.assigningBody,
      round: { id: full.id, name: full.name, startYear: full.startYear, endYear: full.endYear },
      unitName: unit?.name ?? null,
      field: filter.field ?? null,
    },
    deadlines: full.reportDeadlines,
    tasks: tasks.map((t): ExportTask & { id: string } => ({
      id: t.id,
      code: t.code,
      title: t.title,
      field: t.field,
      breakthroughKind: t.breakthroughKind,
      expectedProduct: t.expectedProduct,
      startDate: t.startDate,
      endDate: t.endDate,
      status: t.status,
      decisionNumber: t.decisionNumber,
      decisionDate: t.decisionDate,
      supervisorName: t.supervisor.fullName,
      cooperatingUnits: t.cooperatingUnits.map((u) => u.name),
      cadreId: t.cadreId,
      cadreName: t.cadre.fullName,
      positionTitle: t.cadre.positionTitle,
      unitName: t.unit.name,
      targets: t.targets.map((x) => ({
        id: x.id,
        indicator: x.indicator,
        unitOfMeasure: x.unitOfMeasure,
        baseline: x.baseline ? num(x.baseline) : null,
        originalValue: num(x.originalValue),
        targetValue: num(x.targetValue),
        direction: x.direction,
        deadline: x.deadline,
      })),
    })),
  };
}

/** The compiled task list of a round (the Excel list). */
export async function getTaskExport(filter: ExportFilter): Promise<TaskExport> {
  const read = await readTasks(filter);
  if (read.tooLarge) throw new Error("unreachable: no limit was given");
  return { ...read.head, tasks: read.tasks };
}

/**
 * The most tasks of an assignment annex built while the user waits. A Word document is built whole in
 * memory (it cannot be streamed as the spreadsheets are), and a province's full round takes minutes; a
 * larger annex is built in the background instead, with a progress bar (export-jobs.ts, docs/decisions/077).
 */
export const ANNEX_MAX_TASKS = 1500;

/**
 * The task list for the assignment decision's annex, or, when it holds more than `limit` tasks, only how many
 * it holds: counted before any task is read.
 */
export async function getAnnexExport(
  filter: ExportFilter,
  limit = ANNEX_MAX_TASKS,
): Promise<{ tooLarge: false; data: TaskExport } | { tooLarge: true; count: number; limit: number }> {
  const read = await readTasks(filter, {}, limit);
  if (read.tooLarge) return { tooLarge: true, count: read.count, limit };
  return { tooLarge: false, data: { ...read.head, tasks: read.tasks } };
}

/** The whole annex, however large, read as the given actor (the background export job). */
export async function getAnnexExportAs(actor: Actor, filter: ExportFilter): Promise<TaskExport> {
  const read = await readTasks(filter, {}, Infinity, actor);
  if (read.tooLarge) throw new Error("unreachable: no limit was given");
  return { ...read.head, tasks: read.tasks };
}

/**
 * Each task due to report for one quarter of the round (its period overlaps the quarter, as the dashboard
 * counts them), with its report of that quarter and the figures reported; null where none has been submitted.
 */
export async function getProgressExport(filter: ExportFilter & { quarter: Quarter }): Promise<ProgressExport> {
  const { year, quarter } = filter.quarter;
  const start = quarterStart(filter.quarter);
  const end = quarterEnd(filter.quarter);
  const read = await readTasks(filter, { startDate: { lt: end }, endDate: { gte: start } });
  if (read.tooLarge) throw new Error("unreachable: no limit was given");
  const { db, where, head, deadlines, tasks } = read;
  const deadline = deadlines.find((d) => d.year === year && d.quarter === quarter);
  if (!deadline) throw new NotFoundError();
  // A draft is still the cadre's own: the committees see a report once it has been submitted. A returned
  // report is being rewritten: the committees see that it was returned, never its rejected figures.
  const reports = await db.quarterlyReport.findMany({
    where: { year, quarter, status: { in: ["SUBMITTED", "RESPONDED", "RETURNED"] }, task: where },
    include: { actuals: true },
  });
  const byTask = new Map(reports.map((r) => [r.taskId, r]));
  return {
    ...head,
    quarter: filter.quarter,
    dueDate: deadline.dueDate,
    tasks: tasks.map((task) => {
      const r = byTask.get(task.id);
      return { ...task, report: r ? exportReport(r) : null };
    }),
  };
}

function exportReport(r: Prisma.QuarterlyReportGetPayload<{ include: { actuals: true } }>): ExportReport {
  const returned = r.status === "RETURNED";
  return {
    status: r.status,
    isLate: r.isLate,
    submittedAt: r.submittedAt,
    results: returned ? null : r.results,
    difficulties: returned ? null : r.difficulties,
    proposals: returned ? null : r.proposals,
    actuals: returned ? {} : Object.fromEntries(r.actuals.map((a) => [a.targetId, num(a.actualValue)])),
  };
}

export type RatingExport = {
  body: IssuingBody;
  round: { id: string; name: string };
  year: number;
  /** The rule sets and versions the proposals were computed with (the round's own when none is stored yet). */
  ruleSets: { id: RuleSetId; version: number }[];
  evaluations: {
    cadreName: string;
    positionTitle: string;
    unitName: string;
    status: EvaluationStatus;
    selfRating: Rating | null;
    aggregateScore: number | null;
    proposedRating: Rating | null;
    finalRating: Rating | null;
    overrideReason: string | null;
    decisionNumber: string | null;
    decisionDate: Date | null;
    /** The proposed level and the one above it with their conditions, as stored with the proposal. */
    conditions: LevelCheck[];
  }[];
};

/** The year-end evaluations of a cycle within the caller's scope, for the rating summary. */
export async function getRatingExport(cycleId: string): Promise<RatingExport> {
  const actor = await requirePermission("export:download");
  const db = await getDb();
  const cycle = await db.evaluationCycle.findFirst({
    where: { id: cycleId, round: { assigningBody: unitInScope(actor) } },
    include: {
      round: { include: { assigningBody: { select: { name: true, kind: true } } } },
      evaluations: {
        where: { cadre: { unit: unitInScope(actor) } },
        include: { cadre: { include: { unit: { select: { name: true } } } } },
      },
    },
  });
  if (!cycle) throw new NotFoundError();
  const collator = new Intl.Collator("vi");
  const stored = new Map(cycle.evaluations.map((e) => [e.id, readStoredProposal(e.proposalFacts)]));
  const ruleSets = new Map<string, { id: RuleSetId; version: number }>();
  for (const p of stored.values()) if (p) ruleSets.set(`${p.ruleSet}:${p.version}`, { id: p.ruleSet, version: p.version });
  const evaluations = cycle.evaluations
    .map((e) => ({
      cadreName: e.cadre.fullName,
      positionTitle: e.cadre.positionTitle,
      unitName: e.cadre.unit.name,
      status: e.status,
      selfRating: e.selfRating,
      aggregateScore: e.aggregateScore ? num(e.aggregateScore) : null,
      proposedRating: e.proposedRating,
      finalRating: e.status === "DECIDED" ? e.finalRating : null,
      overrideReason: e.overrideReason,
      // A reopened evaluation keeps the fields of the decision it no longer stands on.
      decisionNumber: e.status === "DECIDED" ? e.decisionNumber : null,
      decisionDate: e.status === "DECIDED" ? e.decisionDate : null,
      conditions: stored.get(e.id) ? explainingLevels(stored.get(e.id)!) : [],
    }))
    .sort((a, b) => collator.compare(a.unitName, b.unitName) || collator.compare(a.cadreName, b.cadreName));
  return {
    body: cycle.round.assigningBody,
    round: { id: cycle.round.id, name: cycle.round.name },
    year: cycle.year,
    ruleSets: ruleSets.size
      ? [...ruleSets.values()]
      : [{ id: cycle.round.ratingRuleSet, version: RULE_SET_VERSIONS[cycle.round.ratingRuleSet] }],
    evaluations,
  };
}
