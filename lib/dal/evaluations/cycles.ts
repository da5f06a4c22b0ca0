import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { thresholdsValid, weightsAddUp, type Rating, type Thresholds } from "@/lib/domain/evaluation";
import { evaluationLifecycle } from "@/lib/domain/lifecycle";
import { councilByDefault, defaultDueDate, moveFitsCycle, type EvaluationPeriodKind } from "@/lib/domain/evaluation-periods";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EvaluationStatus } from "@/lib/generated/prisma/enums";
import type { AddToCycleInput, MoveEvaluationInput, OpenCycleInput } from "@/lib/validation/evaluation";
import { audit } from "@/lib/dal/_shared/audit";
import { inTransaction, transition } from "@/lib/dal/_shared/transition";
import { notify } from "@/lib/dal/_shared/notify";
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
import { evaluatedTasks, loadEvaluation, ownsRound } from "@/lib/dal/evaluations/access";
import { proposeFromRules } from "@/lib/dal/evaluations/quarterly";

// ───────────────────────────── Opening ─────────────────────────────

export type CycleOptions = {
  rounds: { id: string; name: string; startYear: number; endYear: number; periodKind: "YEAR" | "TERM" }[];
  councilUsers: { id: string; fullName: string }[];
};

/** What the organisation committee chooses from: its body's rounds, and the people holding the council role there. */
export async function getCycleOptions(): Promise<CycleOptions> {
  const actor = await requirePermission("evaluation:manage");
  const db = await getDb();
  const [rounds, councilUsers] = await Promise.all([
    db.round.findMany({
      where: { assigningBodyId: actor.unitId, status: { not: "DRAFT" } },
      select: { id: true, name: true, startYear: true, endYear: true, periodKind: true },
      orderBy: { startYear: "desc" },
    }),
    db.user.findMany({
      where: { active: true, memberships: { some: { role: "COUNCIL", unitId: actor.unitId } } },
      select: { id: true, fullName: true },
      orderBy: { fullName: "asc" },
    }),
  ]);
  return { rounds, councilUsers };
}

/** What opening a cycle takes; the period's kind, quarter, due date and council default as a year's. */
export type OpenCycleArgs = Omit<OpenCycleInput, "council" | "councilRequired" | "periodKind" | "quarter" | "dueDate"> & {
  periodKind?: EvaluationPeriodKind;
  quarter?: number;
  dueDate?: Date;
  councilRequired?: boolean;
};

/**
 * Opens the evaluation of a round for a quarter, a year or its term: its criteria (weights adding up to
 * 100), thresholds, due date and council (none by default for a quarter: the rule set proposes), and one
 * evaluation for every cadre with tasks in the period. One cycle per period: a second is refused, and two
 * racing openings end as one cycle and a conflict. Everyone concerned is told.
 */
export async function openEvaluationCycle(input: OpenCycleArgs): Promise<{ id: string }> {
  const actor = await requirePermission("evaluation:manage");
  const kind = input.periodKind ?? "YEAR";
  const quarter = kind === "QUARTER" ? (input.quarter ?? 0) : 0;
  const councilRequired = input.councilRequired ?? councilByDefault(kind);
  if (kind === "QUARTER" && !(quarter >= 1 && quarter <= 4)) throw new DomainError("quarterRequired");
  if (!weightsAddUp(input.criteria.map((c) => c.weight))) throw new DomainError("weightsNot100");
  if (!thresholdsValid(input.thresholds)) throw new DomainError("thresholdsInvalid");
  const memberIds = councilRequired ? input.memberIds : [];
  if (councilRequired && memberIds.length === 0) throw new DomainError("councilRequired");
  return inTransaction(async (tx) => {
    const round = await tx.round.findFirst({ where: { id: input.roundId, assigningBodyId: actor.unitId } });
    if (!round) throw new NotFoundError();
    if (kind === "TERM" && round.periodKind !== "TERM") throw new DomainError("termNeedsTermRound");
    const year = kind === "TERM" ? round.endYear : input.year;
    if (year < round.startYear || year > round.endYear) throw new DomainError("yearOutsideRound");
    // Two openings racing past this check meet at the unique key (round, kind, year, quarter): a conflict.
    if (await tx.evaluationCycle.count({ where: { roundId: round.id, periodKind: kind, year, quarter } }))
      throw new DomainError("cycleExists");
    const members = await tx.user.count({
      where: { id: { in: memberIds }, active: true, memberships: { some: { role: "COUNCIL", unitId: actor.unitId } } },
    });
    if (members !== memberIds.length) throw new NotFoundError();
    const period = { roundId: round.id, year, periodKind: kind, quarter, round };
    const cadres = await tx.task.findMany({
      where: evaluatedTasks(period),
      distinct: ["cadreId"],
      select: { cadreId: true, cadre: { select: { user: { select: { id: true } } } } },
    });
    if (cadres.length === 0) throw new DomainError("nothingToEvaluate");
    const dueDate = input.dueDate ?? defaultDueDate({ kind, year, quarter });
    const cycle = await tx.evaluationCycle.create({
      data: {
        roundId: round.id,
        periodKind: kind,
        year,
        quarter,
        dueDate,
        councilRequired,
        thresholds: input.thresholds,
        criteria: { create: input.criteria.map((c, i) => ({ position: i + 1, name: c.name, weight: c.weight })) },
        members: { create: memberIds.map((userId) => ({ userId })) },
        evaluations: { create: cadres.map((c) => ({ cadreId: c.cadreId })) },
      },
    });
    await audit(tx, actor, {
      action: "evaluationCycle.open",
      entityType: "EvaluationCycle",
      entityId: cycle.id,
      data: { year, periodKind: kind, quarter, councilRequired, dueDate: dueDate?.toISOString() ?? null },
    });
    await notify(
      tx,
      cadres.flatMap((c) => (c.cadre.user ? [c.cadre.user.id] : [])),
      "evaluation.opened",
      { year, quarter },
      "/evaluations",
    );
    if (memberIds.length) await notify(tx, memberIds, "evaluation.councilAssigned", { year }, "/council");
    return { id: cycle.id };
  });
}

export type CycleRow = {
  id: string;
  year: number;
  kind: EvaluationPeriodKind;
  quarter: number;
  dueDate: Date | null;
  councilRequired: boolean;
  roundName: string;
  counts: Partial<Record<EvaluationStatus, number>>;
  total: number;
};

/** The cycle list's sortable columns (each ends on the id, so pages never overlap). */
const CYCLE_SORTS: SortWhitelist<Prisma.EvaluationCycleOrderByWithRelationInput[]> = {
  period: {
    order: (d) => [{ year: d }, { periodKind: d }, { quarter: d }, { createdAt: d }, { id: d }],
    firstDir: "desc",
  },
  round: { order: (d) => [{ round: { name: d } }, { year: "desc" }, { quarter: "desc" }, { id: "asc" }] },
  due: { order: (d) => [{ dueDate: { sort: d, nulls: "last" } }, { id: d }], firstDir: "desc" },
};

/**
 * The evaluations of rounds in the committee's scope a page at a time (newest period first by default), each
 * with its progress counted in SQL for the page's cycles.
 */
export async function listEvaluationCycles(query: ListParams): Promise<SortedPage<CycleRow>> {
  const actor = await requirePermission("evaluation:manage", "evaluation:decide");
  const db = await getDb();
  const where: Prisma.EvaluationCycleWhereInput = { round: { assigningBody: unitInScope(actor) } };
  const { orderBy, applied } = sortOrder(CYCLE_SORTS, query, { key: "period", dir: "desc" });
  const [cycles, total] = await Promise.all([
    db.evaluationCycle.findMany({
      where,
      include: { round: { select: { name: true } } },
      orderBy,
      ...pageArgs(query.page, query.size),
    }),
    db.evaluationCycle.count({ where }),
  ]);
  const counts = await db.evaluation.groupBy({
    by: ["cycleId", "status"],
    where: { cycleId: { in: cycles.map((c) => c.id) } },
    _count: { _all: true },
  });
  const items = cycles.map((c) => {
    const mine = counts.filter((x) => x.cycleId === c.id);
    return {
      id: c.id,
      year: c.year,
      kind: c.periodKind,
      quarter: c.quarter,
      dueDate: c.dueDate,
      councilRequired: c.councilRequired,
      roundName: c.round.name,
      counts: Object.fromEntries(mine.map((x) => [x.status, x._count._all])),
      total: mine.reduce((sum, x) => sum + x._count._all, 0),
    };
  });
  return withSort(applied, toPage(items, total, query.page, query.size));
}

export type CycleDetail = {
  id: string;
  roundId: string;
  /** The body whose organisation committee runs the cycle (and alone adds to it). */
  assigningBodyId: string;
  open: boolean;
  year: number;
  kind: EvaluationPeriodKind;
  quarter: number;
  dueDate: Date | null;
  councilRequired: boolean;
  roundName: string;
  thresholds: Thresholds;
  criteria: { name: string; weight: number }[];
  members: string[];
  /** How many evaluations the cycle holds in each state, counted in SQL (the list itself is paged). */
  counts: Partial<Record<EvaluationStatus, number>>;
  total: number;
};

export type CycleEvaluationRow = {
  id: string;
  cadreName: string;
  unitName: string;
  status: EvaluationStatus;
  scoredBy: number;
  aggregateScore: string | null;
  proposedRating: Rating | null;
  finalRating: Rating | null;
};

export async function getCycle(id: string): Promise<CycleDetail> {
  const actor = await requirePermission("evaluation:manage", "evaluation:decide");
  const db = await getDb();
  const c = await db.evaluationCycle.findFirst({
    where: { id, round: { assigningBody: unitInScope(actor) } },
    include: {
      round: { select: { name: true, assigningBodyId: true } },
      criteria: { orderBy: { position: "asc" } },
      members: { include: { user: { select: { fullName: true } } } },
    },
  });
  if (!c) throw new NotFoundError();
  const counts = await db.evaluation.groupBy({ by: ["status"], where: { cycleId: c.id }, _count: { _all: true } });
  return {
    id: c.id,
    roundId: c.roundId,
    assigningBodyId: c.round.assigningBodyId,
    open: c.status === "OPEN",
    year: c.year,
    kind: c.periodKind,
    quarter: c.quarter,
    dueDate: c.dueDate,
    councilRequired: c.councilRequired,
    roundName: c.round.name,
    thresholds: c.thresholds as Thresholds,
    criteria: c.criteria.map((x) => ({ name: x.name, weight: x.weight })),
    members: c.members.map((m) => m.user.fullName),
    counts: Object.fromEntries(counts.map((x) => [x.status, x._count._all])),
    total: counts.reduce((sum, x) => sum + x._count._all, 0),
  };
}

/** The cycle page's sortable columns (each ends on the id, so pages never overlap); a score not yet given sorts last. */
const CYCLE_EVALUATION_SORTS: SortWhitelist<Prisma.EvaluationOrderByWithRelationInput[]> = {
  name: { order: (d) => [{ cadre: { fullName: d } }, { id: d }] },
  unit: { order: (d) => [{ cadre: { unit: { name: d } } }, { cadre: { fullName: "asc" } }, { id: "asc" }] },
  status: { order: (d) => [{ status: d }, { cadre: { fullName: "asc" } }, { id: "asc" }] },
  score: {
    order: (d) => [{ aggregateScore: { sort: d, nulls: "last" } }, { cadre: { fullName: "asc" } }, { id: "asc" }],
    firstDir: "desc",
  },
};

/**
 * A cycle's evaluations a page at a time: sorted through the whitelist (name by default), narrowed by state and
 * by a search over the cadre's name (without regard to accents or case). A cycle outside the caller's scope is
 * not found, whatever the filters.
 */
export async function listCycleEvaluations(
  cycleId: string,
  query: ListParams & { status?: EvaluationStatus; q?: string },
): Promise<SortedPage<CycleEvaluationRow>> {
  const actor = await requirePermission("evaluation:manage", "evaluation:decide");
  const db = await getDb();
  const cycle = await db.evaluationCycle.findFirst({
    where: { id: cycleId, round: { assigningBody: unitInScope(actor) } },
    select: { id: true },
  });
  if (!cycle) throw new NotFoundError();
  const where: Prisma.EvaluationWhereInput = {
    cycleId: cycle.id,
    ...(query.status ? { status: query.status } : {}),
    cadre: { AND: await listSearchConditions(db, query.q) },
  };
  const { orderBy, applied } = sortOrder(CYCLE_EVALUATION_SORTS, query, { key: "name", dir: "asc" });
  const [rows, total] = await Promise.all([
    db.evaluation.findMany({
      where,
      select: {
        id: true,
        status: true,
        aggregateScore: true,
        proposedRating: true,
        finalRating: true,
        cadre: { select: { fullName: true, unit: { select: { name: true } } } },
        _count: { select: { councilSubmissions: true } },
      },
      orderBy,
      ...pageArgs(query.page, query.size),
    }),
    db.evaluation.count({ where }),
  ]);
  const items = rows.map((e) => ({
    id: e.id,
    cadreName: e.cadre.fullName,
    unitName: e.cadre.unit.name,
    status: e.status,
    scoredBy: e._count.councilSubmissions,
    aggregateScore: e.aggregateScore?.toString() ?? null,
    proposedRating: e.proposedRating,
    finalRating: e.finalRating,
  }));
  return withSort(applied, toPage(items, total, query.page, query.size));
}

/** The moves that only change the step: closing self-assessment for a cadre who did not submit, or sending back. */
export const STEP_MOVES = [
  "closeSelfAssessment",
  "returnSelfAssessment",
  "returnToCouncil",
  "closeForProposal",
  "returnForAssessment",
] as const;

/**
 * The organisation committee closes the self-assessment step for a cadre who did not submit (the council can
 * then score) or returns it to the cadre; the standing committee returns a proposal to the council. Each
 * with a reason, audited.
 */
export async function moveEvaluation(input: MoveEvaluationInput): Promise<void> {
  const actor = await requirePermission("evaluation:manage", "evaluation:decide");
  await inTransaction(async (tx) => {
    const e = await loadEvaluation(tx, actor, input.evaluationId);
    if (!ownsRound(actor, e)) throw new NotFoundError();
    if (!moveFitsCycle(input.action, e.cycle.councilRequired)) throw new DomainError("transitionNotAllowed");
    if (input.action === "closeForProposal") {
      // The cadre did not assess: the rule set judges the facts with no score, and the committee decides.
      await proposeFromRules(tx, actor, e, {
        action: "closeForProposal",
        version: input.version,
        selfScores: [],
        reason: input.reason,
      });
      return;
    }
    await transition(tx, actor, {
      lifecycle: evaluationLifecycle,
      record: e,
      action: input.action,
      version: input.version,
      reason: input.reason,
      // Sent back to the cadre, a rule-set proposal no longer stands.
      data:
        input.action === "returnForAssessment"
          ? { aggregateScore: null, proposedRating: null, ruleSet: null, ruleSetVersion: null, proposalFacts: Prisma.DbNull }
          : undefined,
    });
  });
}

// ───────────────────────────── Adding to an open cycle ─────────────────────────────

/**
 * The tasks of a cycle's round and year that its evaluations leave out: the cadre has no evaluation in the
 * cycle (a cadre added, or whose first task was assigned, after it opened), or the cadre's self-assessment went
 * in without the task (assigned since). Everything else is in already: an evaluation reads its cadre's tasks
 * when it is shown.
 */
function missingFromCycle(cycle: { id: string; roundId: string; year: number }): Prisma.TaskWhereInput {
  return {
    ...evaluatedTasks(cycle),
    OR: [
      { cadre: { evaluations: { none: { cycleId: cycle.id } } } },
      {
        cadre: {
          evaluations: { some: { cycleId: cycle.id, status: { not: "SELF_ASSESSMENT" }, selfSubmittedAt: { not: null } } },
        },
        selfAssessments: { none: { evaluation: { cycleId: cycle.id } } },
      },
    ],
  };
}

/** The most missing tasks a cycle page lists at once; the count says when there are more. */
export const MISSING_SHOWN = 100;

export type MissingTask = {
  id: string;
  code: string;
  title: string;
  cadreName: string;
  unitName: string;
  /** The cadre's evaluation in the cycle, when they have one (the task is then added to it). */
  evaluation: { id: string; status: EvaluationStatus } | null;
};

/** What the organisation committee may still add to its open cycle; not found outside its own body's rounds. */
export async function listMissingFromCycle(cycleId: string): Promise<{ total: number; items: MissingTask[] }> {
  const actor = await requirePermission("evaluation:manage");
  const db = await getDb();
  const cycle = await db.evaluationCycle.findFirst({ where: { id: cycleId, round: { assigningBodyId: actor.unitId } } });
  if (!cycle) throw new NotFoundError();
  if (cycle.status !== "OPEN") return { total: 0, items: [] };
  const where = missingFromCycle(cycle);
  const [total, tasks] = await Promise.all([
    db.task.count({ where }),
    db.task.findMany({
      where,
      select: {
        id: true,
        code: true,
        title: true,
        cadre: {
          select: {
            fullName: true,
            unit: { select: { name: true } },
            evaluations: { where: { cycleId: cycle.id }, select: { id: true, status: true } },
          },
        },
      },
      orderBy: [{ cadre: { fullName: "asc" } }, { code: "asc" }],
      take: MISSING_SHOWN,
    }),
  ]);
  return {
    total,
    items: tasks.map((t) => ({
      id: t.id,
      code: t.code,
      title: t.title,
      cadreName: t.cadre.fullName,
      unitName: t.cadre.unit.name,
      evaluation: t.cadre.evaluations[0] ?? null,
    })),
  };
}

/**
 * Adds a task the open cycle leaves out. A cadre with no evaluation in the cycle gets one (and is told); a
 * cadre whose self-assessment went in without the task is sent back to assess it, the council's sheets
 * reopened so that they score it too, and any proposal made without it withdrawn. A decided evaluation is
 * reopened by the standing committee first.
 *
 * Idempotent: the cycle's row is locked first, so of two clicks (or two tabs) the second waits, then finds the
 * task in and changes nothing (`added: false`).
 */
export async function addTaskToCycle(input: AddToCycleInput): Promise<{ added: boolean; evaluationId: string }> {
  const actor = await requirePermission("evaluation:manage");
  return inTransaction(async (tx) => {
    const cycle = await tx.evaluationCycle.findFirst({
      where: { id: input.cycleId, round: { assigningBodyId: actor.unitId } },
      include: { members: { select: { userId: true } } },
    });
    if (!cycle) throw new NotFoundError();
    if (cycle.status !== "OPEN") throw new DomainError("cycleClosed");
    const task = await tx.task.findFirst({
      where: { id: input.taskId, ...evaluatedTasks(cycle) },
      select: { id: true, code: true, cadreId: true, cadre: { select: { user: { select: { id: true } } } } },
    });
    if (!task) throw new NotFoundError();
    await tx.$executeRaw`SELECT id FROM "EvaluationCycle" WHERE id = ${cycle.id} FOR UPDATE`;
    const cadreUser = task.cadre.user ? [task.cadre.user.id] : [];
    const existing = await tx.evaluation.findUnique({
      where: { cycleId_cadreId: { cycleId: cycle.id, cadreId: task.cadreId } },
      include: { selfAssessments: { select: { taskId: true } }, councilSubmissions: { select: { memberId: true } } },
    });
    if (!existing) {
      const created = await tx.evaluation.create({ data: { cycleId: cycle.id, cadreId: task.cadreId } });
      await audit(tx, actor, {
        action: "evaluationCycle.addCadre",
        entityType: "EvaluationCycle",
        entityId: cycle.id,
        data: { evaluationId: created.id, cadreId: task.cadreId, taskId: task.id, code: task.code },
      });
      await notify(tx, cadreUser, "evaluation.opened", { year: cycle.year }, `/evaluations/${created.id}`);
      return { added: true, evaluationId: created.id };
    }
    const lacks =
      existing.status !== "SELF_ASSESSMENT" &&
      existing.selfSubmittedAt !== null &&
      !existing.selfAssessments.some((s) => s.taskId === task.id);
    if (!lacks) return { added: false, evaluationId: existing.id };
    if (existing.status === "DECIDED") throw new DomainError("reopenBeforeAdding");
    await transition(tx, actor, {
      lifecycle: evaluationLifecycle,
      record: existing,
      action: "addTask",
      data: { aggregateScore: null, proposedRating: null, proposalNote: null },
      auditData: { taskId: task.id, code: task.code, reopenedSheets: existing.councilSubmissions.length },
      notify: [{ to: cadreUser, kind: "evaluation.opened", params: { year: cycle.year }, href: `/evaluations/${existing.id}` }],
    });
    // The sheets were complete without the task: each member scores it and submits again. The audit trail
    // keeps when each sheet went in first.
    await tx.councilSubmission.deleteMany({ where: { evaluationId: existing.id } });
    return { added: true, evaluationId: existing.id };
  });
}
