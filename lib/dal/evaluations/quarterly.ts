import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import type { Thresholds } from "@/lib/domain/evaluation";
import { selfScoreMean } from "@/lib/domain/evaluation-periods";
import { evaluationLifecycle } from "@/lib/domain/lifecycle";
import { proposeRating, type StoredProposal } from "@/lib/domain/rating-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transition } from "@/lib/dal/_shared/transition";
import { usersWithRoleAt } from "@/lib/dal/_shared/notify";
import type { loadEvaluation } from "@/lib/dal/evaluations/access";
import { taskFacts } from "@/lib/dal/evaluations/facts";

type LoadedEvaluation = Awaited<ReturnType<typeof loadEvaluation>>;

/**
 * A cycle without a council (a quarter, by default): the self-assessment goes straight to a proposal the
 * round's rule set computes from the period's task facts and the mean of the cadre's self-assessed task
 * scores (docs/decisions/059-a-quarter-without-a-council-is-proposed-from-the-self-scores-capped-by-the-facts.md).
 * The proposal is stored whole — rule set, version, score, facts, conditions — so the standing committee sees
 * why it is what it is, and a later change of rule never rewrites it. The standing committee is told.
 */
export async function proposeFromRules(
  tx: Tx,
  actor: Pick<Actor, "userId" | "role">,
  e: LoadedEvaluation,
  move: {
    action: "submitForProposal" | "closeForProposal";
    version: number;
    /** The self-assessed score of each task; none when the committee closes the step for a cadre who did not assess. */
    selfScores: number[];
    data?: Prisma.EvaluationUncheckedUpdateManyInput;
    reason?: string | null;
  },
): Promise<void> {
  const period = { kind: e.cycle.periodKind, year: e.cycle.year, quarter: e.cycle.quarter };
  const all = await taskFacts(tx, { cadreIds: [e.cadreId], roundId: e.cycle.roundId, period });
  const cadreFacts = all.get(e.cadreId) ?? { tasks: [], unitTasks: null, facts: { own: emptyCounts(), unit: null } };
  const score = selfScoreMean(move.selfScores);
  const proposal = proposeRating({
    ruleSet: e.cycle.round.ratingRuleSet,
    score,
    facts: cadreFacts.facts,
    thresholds: e.cycle.thresholds as Thresholds,
  });
  // The shape every stored proposal has (readStoredProposal), with where its score came from.
  const stored: StoredProposal & { scoreSource: "selfAssessment" } = {
    ...proposal,
    score,
    scoreSource: "selfAssessment",
    facts: cadreFacts.facts,
    tasks: cadreFacts.tasks.map(storedFact),
    unitTasks: cadreFacts.unitTasks ? cadreFacts.unitTasks.map(storedFact) : null,
  };
  await transition(tx, actor, {
    lifecycle: evaluationLifecycle,
    record: e,
    action: move.action,
    version: move.version,
    reason: move.reason,
    data: {
      ...move.data,
      aggregateScore: score,
      proposedRating: proposal.rating,
      ruleSet: proposal.ruleSet,
      ruleSetVersion: proposal.version,
      proposalFacts: JSON.parse(JSON.stringify(stored)) as Prisma.InputJsonValue,
      proposalNote: null,
    },
    auditData: { proposedRating: proposal.rating, score, ruleSet: proposal.ruleSet, ruleSetVersion: proposal.version },
    notify: [
      {
        to: await usersWithRoleAt(tx, "STANDING_COMMITTEE", e.cycle.round.assigningBodyId),
        kind: "evaluation.proposed",
        params: { cadreName: e.cadre.fullName, year: e.cycle.year, quarter: e.cycle.quarter },
        href: `/evaluations/${e.id}`,
      },
    ],
  });
}

const emptyCounts = () => ({ total: 0, completed: 0, onTime: 0, exceeding: 0, late: 0 });

/** A task's facts as stored with the proposal: without the ids of the cadre and unit, which the page never needs. */
function storedFact<T extends { cadreId: string; unitId: string }>(fact: T): Omit<T, "cadreId" | "unitId"> {
  const { cadreId: _cadre, unitId: _unit, ...rest } = fact;
  return rest;
}
