import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { aggregateScores } from "@/lib/domain/evaluation";
import { evaluationLifecycle, taskLifecycle } from "@/lib/domain/lifecycle";
import { targetProgress } from "@/lib/domain/progress";
import { yearStart } from "@/lib/domain/quarters";
import { latestSubmitted } from "@/lib/domain/reports";
import type { DecideEvaluationInput, FinaliseInput, ReopenInput } from "@/lib/validation/evaluation";
import { inTransaction, transition } from "@/lib/dal/_shared/transition";
import { usersWithRoleAt } from "@/lib/dal/_shared/notify";
import { evaluatedTasks, loadEvaluation, memberTaskScores, ownsRound } from "@/lib/dal/evaluations/access";
import { proposalFor } from "@/lib/dal/evaluations/facts";

/**
 * The organisation committee, as the council's secretariat, turns the submitted scores into a proposal: the
 * aggregate, and the level the round's rule set gives it with the facts of the cadre's tasks (stored with the
 * rule set, its version and those facts). Members who did not score are named in the proposal's note.
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
      data: {
        aggregateScore: score,
        proposalNote: note,
        ...(await proposalFor(tx, { cadreId: e.cadreId, cycle: e.cycle, ruleSet: e.cycle.round.ratingRuleSet, score })),
      },
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
    // A quarter's rating settles nothing: the tasks run on to the year's decision.
    if (e.cycle.periodKind === "QUARTER") return;
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
