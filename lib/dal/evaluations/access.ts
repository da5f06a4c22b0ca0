import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { weightedTaskScore } from "@/lib/domain/evaluation";
import { periodBounds, type EvaluationPeriodKind } from "@/lib/domain/evaluation-periods";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasPermission } from "@/lib/permissions";
import { unitInScope } from "@/lib/dal/_shared/scope";

/**
 * The tasks a cadre is evaluated on: those of the cycle's round whose period touches the cycle's period
 * (its quarter, its year, or for a term the round's years), not cancelled.
 */
export function evaluatedTasks(cycle: {
  roundId: string;
  year: number;
  periodKind?: EvaluationPeriodKind;
  quarter?: number;
  round?: { startYear: number; endYear: number };
}): Prisma.TaskWhereInput {
  const kind = cycle.periodKind ?? "YEAR";
  const { start, end } = periodBounds(
    { kind, year: cycle.year, quarter: cycle.quarter ?? 0 },
    cycle.round ?? { startYear: cycle.year, endYear: cycle.year },
  );
  return { roundId: cycle.roundId, status: { not: "CANCELLED" }, startDate: { lt: end }, endDate: { gte: start } };
}

/** Who may see an evaluation: its cadre, the council of its cycle, the committees over the round's body. */
export function evaluationScope(actor: Actor): Prisma.EvaluationWhereInput {
  if (hasPermission(actor.role, "evaluation:manage") || hasPermission(actor.role, "evaluation:decide"))
    return { cycle: { round: { assigningBody: unitInScope(actor) } } };
  if (hasPermission(actor.role, "evaluation:score")) return { cycle: { members: { some: { userId: actor.userId } } } };
  if (hasPermission(actor.role, "evaluation:self")) return { cadreId: actor.cadreId ?? "-" };
  return { id: "-" };
}

export function requireEvaluationActor() {
  return requirePermission("evaluation:self", "evaluation:score", "evaluation:manage", "evaluation:decide");
}

export async function loadEvaluation(tx: Tx, actor: Actor, id: string) {
  const e = await tx.evaluation.findFirst({
    where: { AND: [{ id }, evaluationScope(actor)] },
    include: {
      cadre: { include: { unit: { select: { name: true } }, user: { select: { id: true } } } },
      cycle: {
        include: {
          round: { select: { name: true, assigningBodyId: true, startYear: true, endYear: true, ratingRuleSet: true } },
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
export function memberTaskScores(e: LoadedEvaluation, taskIds: string[]) {
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

export function ownsRound(actor: Actor, e: LoadedEvaluation) {
  return e.cycle.round.assigningBodyId === actor.unitId;
}
