import "server-only";
import { hasPermission } from "@/lib/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import { aggregateScores, type Rating, type Thresholds } from "@/lib/domain/evaluation";
import { moveFitsCycle, type EvaluationPeriodKind } from "@/lib/domain/evaluation-periods";
import { allowedActions, evaluationLifecycle } from "@/lib/domain/lifecycle";
import { targetProgress } from "@/lib/domain/progress";
import { latestSubmitted } from "@/lib/domain/reports";
import type { EvaluationStatus } from "@/lib/generated/prisma/enums";
import {
  proposeRating,
  readStoredProposal,
  type RuleSetId,
  type StoredProposal,
  type StoredTaskFact,
} from "@/lib/domain/rating-rules";
import type { CouncilScoresInput, SelfAssessmentInput } from "@/lib/validation/evaluation";
import { audit, readTimeline, type TimelineEvent } from "@/lib/dal/_shared/audit";
import { inTransaction, transition } from "@/lib/dal/_shared/transition";
import {
  evaluatedTasks,
  requireEvaluationActor,
  loadEvaluation,
  memberTaskScores,
  ownsRound,
} from "@/lib/dal/evaluations/access";
import { taskFacts } from "@/lib/dal/evaluations/facts";
import { proposeFromRules } from "@/lib/dal/evaluations/quarterly";

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
    kind: EvaluationPeriodKind;
    quarter: number;
    dueDate: Date | null;
    councilRequired: boolean;
    roundName: string;
    thresholds: Thresholds;
    criteria: { id: string; name: string; weight: number }[];
  };
  members: { id: string; name: string; submitted: boolean }[];
  tasks: {
    id: string;
    code: string;
    title: string;
    /** Mean progress of the task's targets at their latest submitted report, as measured (above 100 when exceeded). */
    progress: number | null;
    self: {
      level: Rating;
      score: string;
      justification: string;
      achieved: string | null;
      objectiveCauses: string | null;
      subjectiveCauses: string | null;
    } | null;
    /** The council members' mean for this task, for those allowed to see the council's scores. */
    councilMean: number | null;
    /** Completed, on time, exceeding… as the proposal judged it (stored), or as measured now before one. */
    fact: StoredTaskFact | null;
  }[];
  /** The round's rule set today (a stored proposal keeps its own). */
  roundRuleSet: RuleSetId;
  /** The proposal as stored with its rule set, version, conditions and facts; never recomputed. */
  proposal: StoredProposal | null;
  /** Before a proposal: the conditions on today's facts (no score yet), for those who score and decide. */
  preview: StoredProposal | null;
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
  /** The rule set and version the proposal was computed with (null before rule sets were stored). */
  ruleSet: RuleSetId | null;
  ruleSetVersion: number | null;
  proposalNote: string | null;
  finalRating: Rating | null;
  overrideReason: string | null;
  decisionNumber: string | null;
  decisionDate: Date | null;
  decidedByName: string | null;
  actions: string[];
  timeline: TimelineEvent[];
};

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
    hasPermission(actor.role, "evaluation:manage") ||
    hasPermission(actor.role, "evaluation:decide") ||
    (mySheet?.submitted ?? false);
  const aggregate = aggregateScores(
    taskIds,
    sheets.filter((s) => s.submitted).map((s) => s.byTask),
  );
  const timeline = await readTimeline(db, { Evaluation: [e.id] });

  const isSelf = hasPermission(actor.role, "evaluation:self");
  const stored = readStoredProposal(e.proposalFacts);
  const proposal = isSelf && e.status !== "DECIDED" ? null : stored;
  let preview: StoredProposal | null = null;
  if (!isSelf && !stored && e.status !== "DECIDED") {
    const live = (
      await taskFacts(db, {
        cadreIds: [e.cadreId],
        roundId: e.cycle.roundId,
        period: { kind: e.cycle.periodKind, year: e.cycle.year, quarter: e.cycle.quarter },
      })
    ).get(e.cadreId);
    if (live)
      preview = {
        ...proposeRating({
          ruleSet: e.cycle.round.ratingRuleSet,
          score: null,
          facts: live.facts,
          thresholds: e.cycle.thresholds as Thresholds,
        }),
        score: null,
        facts: live.facts,
        tasks: live.tasks,
        unitTasks: live.unitTasks,
      };
  }
  const factByCode = new Map((proposal ?? preview)?.tasks.map((x) => [x.code, x]) ?? []);
  let actions: string[] = [];
  if (isSelf) actions = allowedActions(evaluationLifecycle, e.status, actor.role);
  else if (hasPermission(actor.role, "evaluation:score"))
    actions = e.status === "COUNCIL_SCORING" && mySheet && !mySheet.submitted ? ["score"] : [];
  else if (ownsRound(actor, e)) actions = allowedActions(evaluationLifecycle, e.status, actor.role);
  actions = actions.filter((a) => moveFitsCycle(a, e.cycle.councilRequired));

  return {
    id: e.id,
    version: e.version,
    status: e.status,
    locked: e.locked,
    cadre: { id: e.cadre.id, fullName: e.cadre.fullName, positionTitle: e.cadre.positionTitle, unitName: e.cadre.unit.name },
    cycle: {
      id: e.cycle.id,
      year: e.cycle.year,
      kind: e.cycle.periodKind,
      quarter: e.cycle.quarter,
      dueDate: e.cycle.dueDate,
      councilRequired: e.cycle.councilRequired,
      roundName: e.cycle.round.name,
      thresholds: e.cycle.thresholds as Thresholds,
      criteria: e.cycle.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
    },
    members: sheets.map((s) => ({ id: s.member.id, name: s.member.user.fullName, submitted: s.submitted })),
    tasks: tasks.map((t) => {
      const self = e.selfAssessments.find((s) => s.taskId === t.id);
      const progress = t.targets.map((x) => {
        const latest = latestSubmitted(x.actuals);
        // As measured: the council judges over-achievement too, so nothing here stops at 100.
        return latest
          ? targetProgress(
              { baseline: x.baseline?.toNumber() ?? null, target: x.targetValue.toNumber(), direction: x.direction },
              latest.actualValue.toNumber(),
            ).percent
          : 0;
      });
      return {
        id: t.id,
        code: t.code,
        title: t.title,
        progress: progress.length ? Math.round((progress.reduce((a, b) => a + b, 0) / progress.length) * 10) / 10 : null,
        self: self
          ? {
              level: self.level,
              score: self.score.toString(),
              justification: self.justification,
              achieved: self.achieved,
              objectiveCauses: self.objectiveCauses,
              subjectiveCauses: self.subjectiveCauses,
            }
          : null,
        councilMean: seesCouncil ? (aggregate.byTask.get(t.id) ?? null) : null,
        fact: factByCode.get(t.code) ?? null,
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
    ruleSet: e.ruleSet,
    ruleSetVersion: e.ruleSetVersion,
    proposalNote: isSelf ? null : e.proposalNote,
    roundRuleSet: e.cycle.round.ratingRuleSet,
    proposal,
    preview,
    finalRating: e.finalRating,
    overrideReason: e.overrideReason,
    decisionNumber: e.decisionNumber,
    decisionDate: e.decisionDate,
    decidedByName: e.decidedBy?.fullName ?? null,
    actions,
    timeline,
  };
}

type TaskAssessment = SelfAssessmentInput["tasks"][number];
/** A self-assessment as the data layer takes it: the texts a period does not use may be left out. */
export type SelfAssessmentArgs = Omit<SelfAssessmentInput, "tasks"> & {
  tasks: (Pick<TaskAssessment, "taskId" | "level" | "score"> &
    Partial<Pick<TaskAssessment, "justification" | "achieved" | "objectiveCauses" | "subjectiveCauses">>)[];
};

/**
 * The cadre's self-assessment: per task a level, a score and a justification (for a quarter: what was
 * achieved and the objective and subjective causes of any shortfall), and an overall proposed rating. With a
 * council it goes to the council; without one the rule set proposes at once (quarterly.ts).
 */
export async function submitSelfAssessment(input: SelfAssessmentArgs): Promise<void> {
  const actor = await requirePermission("evaluation:self");
  await inTransaction(async (tx) => {
    const e = await loadEvaluation(tx, actor, input.evaluationId);
    const tasks = await tx.task.findMany({ where: { ...evaluatedTasks(e.cycle), cadreId: e.cadreId }, select: { id: true } });
    const expected = new Set(tasks.map((t) => t.id));
    if (input.tasks.length !== expected.size || input.tasks.some((t) => !expected.has(t.taskId)))
      throw new DomainError("assessEveryTask");
    const rows = input.tasks.map((t) => ({
      evaluationId: e.id,
      taskId: t.taskId,
      level: t.level,
      score: t.score,
      justification: t.justification || t.achieved || "",
      achieved: t.achieved ?? null,
      objectiveCauses: t.objectiveCauses ?? null,
      subjectiveCauses: t.subjectiveCauses ?? null,
    }));
    if (!e.cycle.councilRequired) {
      // A quarter says, task by task, what was achieved; the rule set then proposes (quarterly.ts).
      if (e.cycle.periodKind === "QUARTER" && input.tasks.some((t) => !t.achieved)) throw new DomainError("describeAchieved");
      await tx.taskSelfAssessment.deleteMany({ where: { evaluationId: e.id } });
      await tx.taskSelfAssessment.createMany({ data: rows });
      await proposeFromRules(tx, actor, e, {
        action: "submitForProposal",
        version: input.version,
        selfScores: input.tasks.map((t) => t.score),
        data: { selfRating: input.selfRating, selfSummary: input.selfSummary, selfSubmittedAt: new Date() },
      });
      return;
    }
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
    await tx.taskSelfAssessment.createMany({ data: rows });
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
