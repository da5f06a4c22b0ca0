import { hasPermission } from "@/lib/permissions";
import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import {
  aggregateScores,
  ratingFor,
  thresholdsValid,
  weightedTaskScore,
  weightsAddUp,
  type Rating,
  type Thresholds,
} from "@/lib/domain/evaluation";
import { allowedActions, evaluationLifecycle, nextState, taskLifecycle } from "@/lib/domain/lifecycle";
import { targetProgress } from "@/lib/domain/progress";
import { quartersBetween, yearStart } from "@/lib/domain/quarters";
import { latestSubmitted } from "@/lib/domain/reports";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvaluationStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import type {
  CarryOverInput,
  CouncilScoresInput,
  DecideEvaluationInput,
  FinaliseInput,
  MoveEvaluationInput,
  OpenCycleInput,
  ReopenInput,
  SelfAssessmentInput,
} from "@/lib/validation/evaluation";
import { audit, readTimeline, type TimelineEvent } from "./audit";
import { lockTaskSequence } from "./decisions";
import { inTransaction, transition } from "./_shared/transition";
import { notify, usersWithRoleAt } from "./notifications";
import { unitInScope } from "./scope";

/** The tasks a cadre is evaluated on: those of the cycle's round whose period touches its year, not cancelled. */
function evaluatedTasks(cycle: { roundId: string; year: number }): Prisma.TaskWhereInput {
  return {
    roundId: cycle.roundId,
    status: { not: "CANCELLED" },
    startDate: { lt: yearStart(cycle.year + 1) },
    endDate: { gte: yearStart(cycle.year) },
  };
}

/** Who may see an evaluation: its cadre, the council of its cycle, the committees over the round's body. */
function evaluationScope(actor: Actor): Prisma.EvaluationWhereInput {
  switch (actor.role) {
    case "CADRE":
      return { cadreId: actor.cadreId ?? "-" };
    case "COUNCIL":
      return { cycle: { members: { some: { userId: actor.userId } } } };
    case "ORG_COMMITTEE":
    case "STANDING_COMMITTEE":
      return { cycle: { round: { assigningBody: unitInScope(actor) } } };
    default:
      return { id: "-" };
  }
}

function requireEvaluationActor() {
  return requirePermission("evaluation:self", "evaluation:score", "evaluation:manage", "evaluation:decide");
}

// ───────────────────────────── Opening ─────────────────────────────

export type CycleOptions = {
  rounds: { id: string; name: string; startYear: number; endYear: number }[];
  councilUsers: { id: string; fullName: string }[];
};

/** What the organisation committee chooses from: its body's rounds, and the people holding the council role there. */
export async function getCycleOptions(): Promise<CycleOptions> {
  const actor = await requirePermission("evaluation:manage");
  const db = await getDb();
  const [rounds, councilUsers] = await Promise.all([
    db.round.findMany({
      where: { assigningBodyId: actor.unitId, status: { not: "DRAFT" } },
      select: { id: true, name: true, startYear: true, endYear: true },
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

/**
 * Opens the year-end evaluation of a round and year: its criteria (weights adding up to 100), thresholds and
 * council, and one evaluation for every cadre with tasks to evaluate. Everyone concerned is told.
 */
export async function openEvaluationCycle(input: OpenCycleInput): Promise<{ id: string }> {
  const actor = await requirePermission("evaluation:manage");
  if (!weightsAddUp(input.criteria.map((c) => c.weight))) throw new DomainError("weightsNot100");
  if (!thresholdsValid(input.thresholds)) throw new DomainError("thresholdsInvalid");
  return inTransaction(async (tx) => {
    const round = await tx.round.findFirst({ where: { id: input.roundId, assigningBodyId: actor.unitId } });
    if (!round) throw new NotFoundError();
    if (input.year < round.startYear || input.year > round.endYear) throw new DomainError("yearOutsideRound");
    if (await tx.evaluationCycle.count({ where: { roundId: round.id, year: input.year } })) throw new DomainError("cycleExists");
    const members = await tx.user.count({
      where: { id: { in: input.memberIds }, active: true, memberships: { some: { role: "COUNCIL", unitId: actor.unitId } } },
    });
    if (members !== input.memberIds.length) throw new NotFoundError();
    const cadres = await tx.task.findMany({
      where: evaluatedTasks({ roundId: round.id, year: input.year }),
      distinct: ["cadreId"],
      select: { cadreId: true, cadre: { select: { user: { select: { id: true } } } } },
    });
    if (cadres.length === 0) throw new DomainError("nothingToEvaluate");
    const cycle = await tx.evaluationCycle.create({
      data: {
        roundId: round.id,
        year: input.year,
        thresholds: input.thresholds,
        criteria: { create: input.criteria.map((c, i) => ({ position: i + 1, name: c.name, weight: c.weight })) },
        members: { create: input.memberIds.map((userId) => ({ userId })) },
        evaluations: { create: cadres.map((c) => ({ cadreId: c.cadreId })) },
      },
    });
    await audit(tx, actor, {
      action: "evaluationCycle.open",
      entityType: "EvaluationCycle",
      entityId: cycle.id,
      data: { year: input.year },
    });
    await notify(
      tx,
      cadres.flatMap((c) => (c.cadre.user ? [c.cadre.user.id] : [])),
      "evaluation.opened",
      { year: input.year },
      "/evaluations",
    );
    await notify(tx, input.memberIds, "evaluation.councilAssigned", { year: input.year }, "/council");
    return { id: cycle.id };
  });
}

export type CycleRow = {
  id: string;
  year: number;
  roundName: string;
  counts: Partial<Record<EvaluationStatus, number>>;
  total: number;
};

/** The year-end evaluations of rounds in the committee's scope, newest first, with their progress. */
export async function listEvaluationCycles(): Promise<CycleRow[]> {
  const actor = await requirePermission("evaluation:manage", "evaluation:decide");
  const db = await getDb();
  const cycles = await db.evaluationCycle.findMany({
    where: { round: { assigningBody: unitInScope(actor) } },
    include: { round: { select: { name: true } } },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  });
  const counts = await db.evaluation.groupBy({
    by: ["cycleId", "status"],
    where: { cycleId: { in: cycles.map((c) => c.id) } },
    _count: { _all: true },
  });
  return cycles.map((c) => {
    const mine = counts.filter((x) => x.cycleId === c.id);
    return {
      id: c.id,
      year: c.year,
      roundName: c.round.name,
      counts: Object.fromEntries(mine.map((x) => [x.status, x._count._all])),
      total: mine.reduce((sum, x) => sum + x._count._all, 0),
    };
  });
}

export type CycleDetail = {
  id: string;
  roundId: string;
  year: number;
  roundName: string;
  thresholds: Thresholds;
  criteria: { name: string; weight: number }[];
  members: string[];
  evaluations: {
    id: string;
    cadreName: string;
    unitName: string;
    status: EvaluationStatus;
    scoredBy: number;
    aggregateScore: string | null;
    proposedRating: Rating | null;
    finalRating: Rating | null;
  }[];
};

export async function getCycle(id: string): Promise<CycleDetail> {
  const actor = await requirePermission("evaluation:manage", "evaluation:decide");
  const db = await getDb();
  const c = await db.evaluationCycle.findFirst({
    where: { id, round: { assigningBody: unitInScope(actor) } },
    include: {
      round: { select: { name: true } },
      criteria: { orderBy: { position: "asc" } },
      members: { include: { user: { select: { fullName: true } } } },
      evaluations: {
        include: { cadre: { include: { unit: { select: { name: true } } } }, _count: { select: { councilSubmissions: true } } },
        orderBy: { cadre: { fullName: "asc" } },
      },
    },
  });
  if (!c) throw new NotFoundError();
  return {
    id: c.id,
    roundId: c.roundId,
    year: c.year,
    roundName: c.round.name,
    thresholds: c.thresholds as Thresholds,
    criteria: c.criteria.map((x) => ({ name: x.name, weight: x.weight })),
    members: c.members.map((m) => m.user.fullName),
    evaluations: c.evaluations.map((e) => ({
      id: e.id,
      cadreName: e.cadre.fullName,
      unitName: e.cadre.unit.name,
      status: e.status,
      scoredBy: e._count.councilSubmissions,
      aggregateScore: e.aggregateScore?.toString() ?? null,
      proposedRating: e.proposedRating,
      finalRating: e.finalRating,
    })),
  };
}

// ───────────────────────────── One evaluation ─────────────────────────────

export type EvaluationDetail = {
  id: string;
  version: number;
  status: EvaluationStatus;
  locked: boolean;
  cadre: { id: string; fullName: string; positionTitle: string; unitName: string };
  cycle: {
    id: string;
    year: number;
    roundName: string;
    thresholds: Thresholds;
    criteria: { id: string; name: string; weight: number }[];
  };
  members: { id: string; name: string; submitted: boolean }[];
  tasks: {
    id: string;
    code: string;
    title: string;
    /** Mean progress of the task's targets at their latest submitted report, each counted up to 100. */
    progress: number | null;
    self: { level: Rating; score: string; justification: string } | null;
    /** The council members' mean for this task, for those allowed to see the council's scores. */
    councilMean: number | null;
  }[];
  selfRating: Rating | null;
  selfSummary: string | null;
  /** The caller's own council sheet, when they sit on the council. */
  mine: {
    memberId: string;
    submitted: boolean;
    scores: Record<string, Record<string, { score: string; comment: string | null }>>;
  } | null;
  /** Every member's weighted task scores: hidden from a member until they submit their own. */
  others: { name: string; submitted: boolean; byTask: Record<string, number | null> }[] | null;
  aggregateScore: string | null;
  proposedRating: Rating | null;
  proposalNote: string | null;
  finalRating: Rating | null;
  overrideReason: string | null;
  decisionNumber: string | null;
  decisionDate: Date | null;
  decidedByName: string | null;
  actions: string[];
  timeline: TimelineEvent[];
};

async function loadEvaluation(tx: Tx, actor: Actor, id: string) {
  const e = await tx.evaluation.findFirst({
    where: { AND: [{ id }, evaluationScope(actor)] },
    include: {
      cadre: { include: { unit: { select: { name: true } }, user: { select: { id: true } } } },
      cycle: {
        include: {
          round: { select: { name: true, assigningBodyId: true } },
          criteria: { orderBy: { position: "asc" } },
          members: { include: { user: { select: { fullName: true } } } },
        },
      },
      selfAssessments: true,
      councilScores: true,
      councilSubmissions: true,
      decidedBy: { select: { fullName: true } },
    },
  });
  if (!e) throw new NotFoundError();
  return e;
}
type LoadedEvaluation = Awaited<ReturnType<typeof loadEvaluation>>;

/** Each member's weighted score per task, from their sheet; only submitted sheets count toward the aggregate. */
function memberTaskScores(e: LoadedEvaluation, taskIds: string[]) {
  const criteria = e.cycle.criteria.map((c) => ({ id: c.id, weight: c.weight }));
  return e.cycle.members.map((m) => {
    const byTask = new Map<string, number | null>();
    for (const taskId of taskIds) {
      const sheet = new Map(
        e.councilScores.filter((s) => s.memberId === m.id && s.taskId === taskId).map((s) => [s.criterionId, s.score.toNumber()]),
      );
      byTask.set(taskId, weightedTaskScore(criteria, sheet));
    }
    return { member: m, submitted: e.councilSubmissions.some((s) => s.memberId === m.id), byTask };
  });
}

function ownsRound(actor: Actor, e: LoadedEvaluation) {
  return e.cycle.round.assigningBodyId === actor.unitId;
}

export async function getEvaluation(id: string): Promise<EvaluationDetail> {
  const actor = await requireEvaluationActor();
  const db = await getDb();
  const e = await loadEvaluation(db, actor, id);
  const tasks = await db.task.findMany({
    where: { ...evaluatedTasks(e.cycle), cadreId: e.cadreId },
    include: {
      targets: {
        include: { actuals: { include: { report: { select: { year: true, quarter: true, status: true } } } } },
      },
    },
    orderBy: { code: "asc" },
  });
  const taskIds = tasks.map((t) => t.id);
  const sheets = memberTaskScores(e, taskIds);
  const mySheet = sheets.find((s) => s.member.userId === actor.userId && hasPermission(actor.role, "evaluation:score"));
  // A member sees the others only once their own sheet is in; the committees see everything; the cadre none.
  const seesCouncil =
    hasPermission(actor.role, "evaluation:manage") || hasPermission(actor.role, "evaluation:decide") || (mySheet?.submitted ?? false);
  const aggregate = aggregateScores(
    taskIds,
    sheets.filter((s) => s.submitted).map((s) => s.byTask),
  );
  const timeline = await readTimeline(db, { Evaluation: [e.id] });

  const isSelf = hasPermission(actor.role, "evaluation:self");
  let actions: string[] = [];
  if (isSelf) actions = allowedActions(evaluationLifecycle, e.status, actor.role);
  else if (hasPermission(actor.role, "evaluation:score")) actions = e.status === "COUNCIL_SCORING" && mySheet && !mySheet.submitted ? ["score"] : [];
  else if (ownsRound(actor, e)) actions = allowedActions(evaluationLifecycle, e.status, actor.role);

  return {
    id: e.id,
    version: e.version,
    status: e.status,
    locked: e.locked,
    cadre: { id: e.cadre.id, fullName: e.cadre.fullName, positionTitle: e.cadre.positionTitle, unitName: e.cadre.unit.name },
    cycle: {
      id: e.cycle.id,
      year: e.cycle.year,
      roundName: e.cycle.round.name,
      thresholds: e.cycle.thresholds as Thresholds,
      criteria: e.cycle.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
    },
    members: sheets.map((s) => ({ id: s.member.id, name: s.member.user.fullName, submitted: s.submitted })),
    tasks: tasks.map((t) => {
      const self = e.selfAssessments.find((s) => s.taskId === t.id);
      const progress = t.targets.map((x) => {
        const latest = latestSubmitted(x.actuals);
        return latest
          ? Math.min(
              100,
              targetProgress(
                { baseline: x.baseline?.toNumber() ?? null, target: x.targetValue.toNumber(), direction: x.direction },
                latest.actualValue.toNumber(),
              ).percent,
            )
          : 0;
      });
      return {
        id: t.id,
        code: t.code,
        title: t.title,
        progress: progress.length ? Math.round((progress.reduce((a, b) => a + b, 0) / progress.length) * 10) / 10 : null,
        self: self ? { level: self.level, score: self.score.toString(), justification: self.justification } : null,
        councilMean: seesCouncil ? (aggregate.byTask.get(t.id) ?? null) : null,
      };
    }),
    selfRating: e.selfRating,
    selfSummary: e.selfSummary,
    mine: mySheet
      ? {
          memberId: mySheet.member.id,
          submitted: mySheet.submitted,
          scores: Object.fromEntries(
            taskIds.map((taskId) => [
              taskId,
              Object.fromEntries(
                e.councilScores
                  .filter((s) => s.memberId === mySheet.member.id && s.taskId === taskId)
                  .map((s) => [s.criterionId, { score: s.score.toString(), comment: s.comment }]),
              ),
            ]),
          ),
        }
      : null,
    others: seesCouncil
      ? sheets.map((s) => ({ name: s.member.user.fullName, submitted: s.submitted, byTask: Object.fromEntries(s.byTask) }))
      : null,
    aggregateScore: isSelf && e.status !== "DECIDED" ? null : (e.aggregateScore?.toString() ?? null),
    proposedRating: isSelf && e.status !== "DECIDED" ? null : e.proposedRating,
    proposalNote: isSelf ? null : e.proposalNote,
    finalRating: e.finalRating,
    overrideReason: e.overrideReason,
    decisionNumber: e.decisionNumber,
    decisionDate: e.decisionDate,
    decidedByName: e.decidedBy?.fullName ?? null,
    actions,
    timeline,
  };
}

/** The cadre's self-assessment: a level, a score and a justification per task, and an overall proposed rating. */
export async function submitSelfAssessment(input: SelfAssessmentInput): Promise<void> {
  const actor = await requirePermission("evaluation:self");
  await inTransaction(async (tx) => {
    const e = await loadEvaluation(tx, actor, input.evaluationId);
    const tasks = await tx.task.findMany({ where: { ...evaluatedTasks(e.cycle), cadreId: e.cadreId }, select: { id: true } });
    const expected = new Set(tasks.map((t) => t.id));
    if (input.tasks.length !== expected.size || input.tasks.some((t) => !expected.has(t.taskId)))
      throw new DomainError("assessEveryTask");
    await transition(tx, actor, {
      lifecycle: evaluationLifecycle,
      record: e,
      action: "submitSelfAssessment",
      version: input.version,
      data: { selfRating: input.selfRating, selfSummary: input.selfSummary, selfSubmittedAt: new Date() },
      notify: [
        {
          to: e.cycle.members.map((m) => m.userId),
          kind: "evaluation.councilAssigned",
          params: { year: e.cycle.year },
          href: `/evaluations/${e.id}`,
        },
      ],
    });
    await tx.taskSelfAssessment.deleteMany({ where: { evaluationId: e.id } });
    await tx.taskSelfAssessment.createMany({
      data: input.tasks.map((t) => ({
        evaluationId: e.id,
        taskId: t.taskId,
        level: t.level,
        score: t.score,
        justification: t.justification,
      })),
    });
  });
}

/**
 * A council member's scores for one cadre, task by task and criterion by criterion (0–100). Saved as often
 * as needed; once submitted, complete and final. Other members' scores stay hidden from them until then.
 */
export async function saveCouncilScores(input: CouncilScoresInput): Promise<void> {
  const actor = await requirePermission("evaluation:score");
  await inTransaction(async (tx) => {
    const e = await loadEvaluation(tx, actor, input.evaluationId);
    const member = e.cycle.members.find((m) => m.userId === actor.userId);
    if (!member) throw new NotFoundError();
    if (e.status !== "COUNCIL_SCORING") throw new DomainError("transitionNotAllowed");
    if (e.councilSubmissions.some((s) => s.memberId === member.id))
      // Submitting again is a page loaded before the sheet went in (another tab, a double click): a conflict.
      throw input.submit ? new ConflictError() : new DomainError("alreadySubmitted");
    const tasks = await tx.task.findMany({ where: { ...evaluatedTasks(e.cycle), cadreId: e.cadreId }, select: { id: true } });
    const taskIds = new Set(tasks.map((t) => t.id));
    const criterionIds = new Set(e.cycle.criteria.map((c) => c.id));
    if (input.scores.some((s) => !taskIds.has(s.taskId) || !criterionIds.has(s.criterionId))) throw new NotFoundError();
    const given = input.scores.filter((s) => s.score !== null);
    if (input.submit && given.length !== taskIds.size * criterionIds.size) throw new DomainError("scoreEverything");
    // The member's sheet is written by one request at a time: a second one waits here, then finds it
    // submitted (a conflict) or writes over a draft.
    await tx.$executeRaw`SELECT id FROM "CouncilMember" WHERE id = ${member.id} FOR UPDATE`;
    if (await tx.councilSubmission.count({ where: { evaluationId: e.id, memberId: member.id } }))
      throw input.submit ? new ConflictError() : new DomainError("alreadySubmitted");
    await tx.councilScore.deleteMany({ where: { evaluationId: e.id, memberId: member.id } });
    await tx.councilScore.createMany({
      data: given.map((s) => ({
        evaluationId: e.id,
        memberId: member.id,
        taskId: s.taskId,
        criterionId: s.criterionId,
        score: s.score!,
        comment: s.comment,
      })),
    });
    if (input.submit) {
      await tx.councilSubmission.create({ data: { evaluationId: e.id, memberId: member.id } });
      await audit(tx, actor, { action: "council.submitScores", entityType: "Evaluation", entityId: e.id });
    }
  });
}

/**
 * The organisation committee, as the council's secretariat, turns the submitted scores into a proposal: the
 * aggregate and the level its thresholds give. Members who did not score are named in the proposal's note.
 */
export async function finaliseProposal(input: FinaliseInput): Promise<void> {
  const actor = await requirePermission("evaluation:manage");
  await inTransaction(async (tx) => {
    const e = await loadEvaluation(tx, actor, input.evaluationId);
    if (!ownsRound(actor, e)) throw new NotFoundError();
    const tasks = await tx.task.findMany({ where: { ...evaluatedTasks(e.cycle), cadreId: e.cadreId }, select: { id: true } });
    const sheets = memberTaskScores(
      e,
      tasks.map((t) => t.id),
    );
    const submitted = sheets.filter((s) => s.submitted);
    if (submitted.length === 0) throw new DomainError("noCouncilScores");
    const { score } = aggregateScores(
      tasks.map((t) => t.id),
      submitted.map((s) => s.byTask),
    );
    if (score === null) throw new DomainError("noCouncilScores");
    const missing = sheets.filter((s) => !s.submitted).map((s) => s.member.user.fullName);
    const note = [missing.length ? `Chưa chấm: ${missing.join(", ")}.` : null, input.note].filter(Boolean).join(" ") || null;
    await transition(tx, actor, {
      lifecycle: evaluationLifecycle,
      record: e,
      action: "finaliseProposal",
      version: input.version,
      data: { aggregateScore: score, proposedRating: ratingFor(score, e.cycle.thresholds as Thresholds), proposalNote: note },
      notify: [
        {
          to: await usersWithRoleAt(tx, "STANDING_COMMITTEE", e.cycle.round.assigningBodyId),
          kind: "evaluation.proposed",
          params: { cadreName: e.cadre.fullName, year: e.cycle.year },
          href: `/evaluations/${e.id}`,
        },
      ],
    });
  });
}

/**
 * The standing committee decides the rating, with the decision's number and date; a rating other than the
 * proposal needs a reason. The evaluation locks, and each assigned task of the year is settled: completed
 * when every target is reached at its latest report, unfinished otherwise (ready to carry over).
 */
export async function decideEvaluation(input: DecideEvaluationInput): Promise<void> {
  const actor = await requirePermission("evaluation:decide");
  await inTransaction(async (tx) => {
    const e = await loadEvaluation(tx, actor, input.evaluationId);
    if (!ownsRound(actor, e)) throw new NotFoundError();
    if (input.rating !== e.proposedRating && !input.reason) throw new DomainError("overrideNeedsReason");
    await transition(tx, actor, {
      lifecycle: evaluationLifecycle,
      record: e,
      action: "decide",
      version: input.version,
      data: {
        finalRating: input.rating,
        overrideReason: input.rating !== e.proposedRating ? input.reason : null,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        decidedById: actor.userId,
        decidedAt: new Date(),
        locked: true,
      },
      reason: input.reason,
      notify: e.cadre.user
        ? [{ to: [e.cadre.user.id], kind: "evaluation.decided", params: { year: e.cycle.year }, href: `/evaluations/${e.id}` }]
        : [],
    });
    const tasks = await tx.task.findMany({
      where: { ...evaluatedTasks(e.cycle), cadreId: e.cadreId, status: "ASSIGNED", endDate: { lt: yearStart(e.cycle.year + 1) } },
      include: {
        targets: { include: { actuals: { include: { report: { select: { year: true, quarter: true, status: true } } } } } },
      },
    });
    // Each task is settled through its own lifecycle, as the decision's consequence.
    for (const t of tasks) {
      const reached = t.targets.every((x) => {
        const latest = latestSubmitted(x.actuals);
        return (
          latest !== undefined &&
          targetProgress(
            { baseline: x.baseline?.toNumber() ?? null, target: x.targetValue.toNumber(), direction: x.direction },
            latest.actualValue.toNumber(),
          ).reached
        );
      });
      await transition(tx, actor, { lifecycle: taskLifecycle, record: t, action: reached ? "complete" : "markUnfinished" });
    }
  });
}

/** Only the standing committee unlocks a decided evaluation, with a reason; the audit trail keeps it. */
export async function reopenEvaluation(input: ReopenInput): Promise<void> {
  const actor = await requirePermission("evaluation:decide");
  await inTransaction(async (tx) => {
    const e = await loadEvaluation(tx, actor, input.evaluationId);
    if (!ownsRound(actor, e)) throw new NotFoundError();
    await transition(tx, actor, {
      lifecycle: evaluationLifecycle,
      record: e,
      action: "reopen",
      version: input.version,
      data: { locked: false, finalRating: null },
      reason: input.reason,
    });
  });
}

// ───────────────────────────── Carry-over ─────────────────────────────

export type CarryOverPage = {
  round: { id: string; name: string };
  year: number;
  /** The body's rounds that cover the next year, to carry into. */
  targetRounds: { id: string; name: string }[];
  tasks: { id: string; code: string; title: string; cadreName: string; unitName: string; progress: number | null }[];
};

/** The unfinished tasks of a round's year, in the committee's own body, ready to carry into the next year. */
export async function getCarryOver(roundId: string, year: number): Promise<CarryOverPage> {
  const actor = await requirePermission("evaluation:manage");
  const db = await getDb();
  const round = await db.round.findFirst({ where: { id: roundId, assigningBodyId: actor.unitId } });
  if (!round) throw new NotFoundError();
  const [targetRounds, tasks] = await Promise.all([
    db.round.findMany({
      where: { assigningBodyId: actor.unitId, startYear: { lte: year + 1 }, endYear: { gte: year + 1 } },
      select: { id: true, name: true },
      orderBy: { createdAt: "desc" },
    }),
    db.task.findMany({
      where: { ...evaluatedTasks({ roundId, year }), status: "UNFINISHED" },
      include: { cadre: { select: { fullName: true } }, unit: { select: { name: true } } },
      orderBy: [{ unit: { name: "asc" } }, { code: "asc" }],
    }),
  ]);
  return {
    round: { id: round.id, name: round.name },
    year,
    targetRounds,
    tasks: tasks.map((t) => ({
      id: t.id,
      code: t.code,
      title: t.title,
      cadreName: t.cadre.fullName,
      unitName: t.unit.name,
      progress: null,
    })),
  };
}

/**
 * Carries the chosen unfinished tasks into a round of the next year, in one transaction. Each new task links
 * to its original and keeps its decision and supervisor; each target starts from the value last reported
 * (the remaining gap) and keeps the original target beside the current one. The original is marked carried
 * over; both are audited and the cadre is told.
 */
export async function carryOverTasks(input: CarryOverInput): Promise<{ count: number }> {
  const actor = await requirePermission("evaluation:manage");
  return inTransaction(async (tx) => {
    const toRound = await tx.round.findFirst({
      where: {
        id: input.toRoundId,
        assigningBodyId: actor.unitId,
        startYear: { lte: input.year + 1 },
        endYear: { gte: input.year + 1 },
      },
      include: { assigningBody: { select: { code: true } } },
    });
    if (!toRound) throw new NotFoundError();
    const tasks = await tx.task.findMany({
      where: {
        id: { in: input.taskIds },
        ...evaluatedTasks({ roundId: input.fromRoundId, year: input.year }),
        round: { assigningBodyId: actor.unitId },
      },
      include: {
        cadre: { select: { user: { select: { id: true } } } },
        targets: {
          orderBy: { position: "asc" },
          include: { actuals: { include: { report: { select: { year: true, quarter: true, status: true } } } } },
        },
      },
    });
    if (tasks.length !== input.taskIds.length) throw new NotFoundError();
    let sequence = await lockTaskSequence(tx, toRound.id);
    const start = yearStart(input.year + 1);
    const end = new Date(yearStart(input.year + 2).getTime() - 1000);
    for (const t of tasks) {
      // The page listed it as unfinished: found carried over, someone else has just done this very move.
      if (t.status === "CARRIED_OVER") throw new ConflictError();
      nextState(taskLifecycle, t.status, "carryOver", actor.role);
      sequence += 1;
      const carried = await tx.task.create({
        data: {
          code: `${input.year + 1}-${toRound.assigningBody.code}-${String(sequence).padStart(3, "0")}`,
          roundId: toRound.id,
          cadreId: t.cadreId,
          unitId: t.unitId,
          origin: "CARRIED_OVER",
          carriedFromId: t.id,
          title: t.title,
          field: t.field,
          breakthroughKind: t.breakthroughKind,
          objectives: t.objectives,
          plan: t.plan,
          expectedProduct: t.expectedProduct,
          startDate: start,
          endDate: end,
          decisionNumber: t.decisionNumber,
          decisionDate: t.decisionDate,
          supervisorId: t.supervisorId,
          assignedById: actor.userId,
          targets: {
            create: t.targets.map((x) => {
              const latest = latestSubmitted(x.actuals);
              return {
                position: x.position,
                indicator: x.indicator,
                unitOfMeasure: x.unitOfMeasure,
                baseline: latest?.actualValue ?? x.baseline,
                originalValue: x.originalValue,
                targetValue: x.targetValue,
                direction: x.direction,
                deadline: end,
                carriedFromId: x.id,
              };
            }),
          },
        },
      });
      await transition(tx, actor, {
        lifecycle: taskLifecycle,
        record: t,
        action: "carryOver",
        auditData: { into: carried.id },
        notify: t.cadre.user
          ? [
              {
                to: [t.cadre.user.id],
                kind: "task.assigned",
                params: { taskTitle: t.title, taskCode: carried.code },
                href: `/tasks/${carried.id}`,
              },
            ]
          : [],
      });
      await audit(tx, actor, {
        action: "task.carriedIn",
        entityType: "Task",
        entityId: carried.id,
        toState: "ASSIGNED",
        data: { from: t.id },
      });
    }
    return { count: tasks.length };
  });
}

// ───────────────────────────── A cadre's record ─────────────────────────────

export type CadreRecord = {
  cadre: { id: string; fullName: string; positionTitle: string; unitName: string };
  years: {
    year: number;
    rating: { value: Rating; decisionNumber: string | null; evaluationId: string } | null;
    tasks: { id: string; code: string; title: string; status: TaskStatus; origin: string; carriedFromCode: string | null }[];
  }[];
};

/** Every year and task of the cadre with their ratings: for the cadre, and the committees over their unit. */
export async function getCadreRecord(cadreId: string): Promise<CadreRecord> {
  const actor = await requirePermission("task:own", "task:read");
  const isSelf = hasPermission(actor.role, "evaluation:self");
  if (isSelf && actor.cadreId !== cadreId) throw new NotFoundError();
  const db = await getDb();
  const cadre = await db.cadre.findFirst({
    where: { id: cadreId, ...(isSelf ? {} : { unit: unitInScope(actor) }) },
    include: {
      unit: { select: { name: true } },
      tasks: {
        include: { round: { select: { startYear: true } }, carriedFrom: { select: { code: true } } },
        orderBy: { code: "asc" },
      },
      evaluations: { where: { status: "DECIDED" }, include: { cycle: { select: { year: true } } } },
    },
  });
  if (!cadre) throw new NotFoundError();
  const years = [
    ...new Set([
      ...cadre.tasks.flatMap((t) => quartersBetween(t.startDate, t.endDate).map((q) => q.year)),
      ...cadre.evaluations.map((e) => e.cycle.year),
    ]),
  ].sort((a, b) => b - a);
  return {
    cadre: { id: cadre.id, fullName: cadre.fullName, positionTitle: cadre.positionTitle, unitName: cadre.unit.name },
    years: years.map((year) => {
      const evaluation = cadre.evaluations.find((e) => e.cycle.year === year);
      return {
        year,
        rating: evaluation?.finalRating
          ? { value: evaluation.finalRating, decisionNumber: evaluation.decisionNumber, evaluationId: evaluation.id }
          : null,
        tasks: cadre.tasks
          .filter((t) => t.startDate < yearStart(year + 1) && t.endDate >= yearStart(year))
          .map((t) => ({
            id: t.id,
            code: t.code,
            title: t.title,
            status: t.status,
            origin: t.origin,
            carriedFromCode: t.carriedFrom?.code ?? null,
          })),
      };
    }),
  };
}

/** The signed-in cadre's own evaluations, newest first. */
export async function listMyEvaluations(): Promise<
  { id: string; year: number; roundName: string; status: EvaluationStatus; finalRating: Rating | null }[]
> {
  const actor = await requirePermission("evaluation:self");
  const db = await getDb();
  const rows = await db.evaluation.findMany({
    where: { cadreId: actor.cadreId ?? "-" },
    include: { cycle: { include: { round: { select: { name: true } } } } },
    orderBy: { cycle: { year: "desc" } },
  });
  return rows.map((e) => ({
    id: e.id,
    year: e.cycle.year,
    roundName: e.cycle.round.name,
    status: e.status,
    finalRating: e.finalRating,
  }));
}

/** The moves that only change the step: closing self-assessment for a cadre who did not submit, or sending back. */
export const STEP_MOVES = ["closeSelfAssessment", "returnSelfAssessment", "returnToCouncil"] as const;

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
    await transition(tx, actor, {
      lifecycle: evaluationLifecycle,
      record: e,
      action: input.action,
      version: input.version,
      reason: input.reason,
    });
  });
}
