import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { nextState, taskLifecycle } from "@/lib/domain/lifecycle";
import { yearStart } from "@/lib/domain/quarters";
import { latestSubmitted } from "@/lib/domain/reports";
import type { CarryOverInput } from "@/lib/validation/evaluation";
import { audit } from "@/lib/dal/_shared/audit";
import { lockTaskSequence } from "@/lib/dal/_shared/task-codes";
import { inTransaction, transition } from "@/lib/dal/_shared/transition";
import { evaluatedTasks } from "@/lib/dal/evaluations/access";

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
