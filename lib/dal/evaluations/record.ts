import { hasPermission } from "@/lib/permissions";
import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { Rating } from "@/lib/domain/evaluation";
import { quartersBetween, yearStart } from "@/lib/domain/quarters";
import type { EvaluationStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { unitInScope } from "@/lib/dal/_shared/scope";

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
