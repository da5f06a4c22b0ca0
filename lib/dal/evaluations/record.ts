import { hasPermission } from "@/lib/permissions";
import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { Rating } from "@/lib/domain/evaluation";
import { comparePeriods, type EvaluationPeriodKind } from "@/lib/domain/evaluation-periods";
import { quartersBetween, yearStart } from "@/lib/domain/quarters";
import type { EvaluationStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { unitInScope } from "@/lib/dal/_shared/scope";
import { evaluationScope, requireEvaluationActor } from "@/lib/dal/evaluations/access";

// ───────────────────────────── A cadre's record ─────────────────────────────

/** One evaluation of a period as a record or an overview shows it. */
export type PeriodRating = {
  evaluationId: string;
  kind: EvaluationPeriodKind;
  year: number;
  quarter: number;
  status: EvaluationStatus;
  proposedRating: Rating | null;
  finalRating: Rating | null;
  decisionNumber: string | null;
};

export type CadreRecord = {
  cadre: { id: string; fullName: string; positionTitle: string; unitName: string };
  years: {
    year: number;
    rating: { value: Rating; decisionNumber: string | null; evaluationId: string } | null;
    /** The year's quarterly evaluations, Q1 first. */
    quarters: PeriodRating[];
    tasks: { id: string; code: string; title: string; status: TaskStatus; origin: string; carriedFromCode: string | null }[];
  }[];
  /** Term evaluations (of term rounds), newest first. */
  terms: (PeriodRating & { roundName: string; startYear: number })[];
};

const toPeriod = (e: {
  id: string;
  status: EvaluationStatus;
  proposedRating: Rating | null;
  finalRating: Rating | null;
  decisionNumber: string | null;
  cycle: { periodKind: EvaluationPeriodKind; year: number; quarter: number };
}): PeriodRating => ({
  evaluationId: e.id,
  kind: e.cycle.periodKind,
  year: e.cycle.year,
  quarter: e.cycle.quarter,
  status: e.status,
  // A proposal is the committees' working paper: the record shows it only once decided or to those who decide.
  proposedRating: e.proposedRating,
  finalRating: e.status === "DECIDED" ? e.finalRating : null,
  decisionNumber: e.status === "DECIDED" ? e.decisionNumber : null,
});

/**
 * Every year and task of the cadre with their ratings — each year's quarters, the year, and the terms — for
 * the cadre, and the committees over their unit. The cadre sees a proposal only once it is decided.
 */
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
      evaluations: {
        include: {
          cycle: {
            select: {
              year: true,
              periodKind: true,
              quarter: true,
              round: { select: { name: true, startYear: true } },
            },
          },
        },
      },
    },
  });
  if (!cadre) throw new NotFoundError();
  const periods = cadre.evaluations
    .map((e) => {
      const p = toPeriod(e);
      return isSelf && e.status !== "DECIDED" ? { ...p, proposedRating: null } : p;
    })
    .sort((a, b) => comparePeriods({ ...a }, { ...b }));
  const years = [
    ...new Set([
      ...cadre.tasks.flatMap((t) => quartersBetween(t.startDate, t.endDate).map((q) => q.year)),
      ...periods.filter((p) => p.kind !== "TERM").map((p) => p.year),
    ]),
  ].sort((a, b) => b - a);
  return {
    cadre: { id: cadre.id, fullName: cadre.fullName, positionTitle: cadre.positionTitle, unitName: cadre.unit.name },
    years: years.map((year) => {
      const yearly = periods.find((p) => p.kind === "YEAR" && p.year === year && p.finalRating);
      return {
        year,
        rating: yearly?.finalRating
          ? { value: yearly.finalRating, decisionNumber: yearly.decisionNumber, evaluationId: yearly.evaluationId }
          : null,
        quarters: periods.filter((p) => p.kind === "QUARTER" && p.year === year),
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
    terms: cadre.evaluations
      .filter((e) => e.cycle.periodKind === "TERM")
      .map((e) => ({ ...toPeriod(e), roundName: e.cycle.round.name, startYear: e.cycle.round.startYear }))
      .map((t) => (isSelf && t.status !== "DECIDED" ? { ...t, proposedRating: null } : t))
      .sort((a, b) => b.year - a.year),
  };
}

/**
 * The periods beside an evaluation: for a year, its four quarters of the same round (each with its proposal
 * and decision, or nothing yet); for a term, its years. Empty for a quarter. Scoped as the evaluation is.
 */
export async function getPeriodsBeside(evaluationId: string): Promise<{
  kind: "QUARTER" | "YEAR";
  periods: (PeriodRating | { kind: EvaluationPeriodKind; year: number; quarter: number; evaluationId: null })[];
} | null> {
  const actor = await requireEvaluationActor();
  const db = await getDb();
  const e = await db.evaluation.findFirst({
    where: { AND: [{ id: evaluationId }, evaluationScope(actor)] },
    select: {
      cadreId: true,
      cycle: { select: { roundId: true, periodKind: true, year: true, round: { select: { startYear: true, endYear: true } } } },
    },
  });
  if (!e) throw new NotFoundError();
  if (e.cycle.periodKind === "QUARTER") return null;
  const kind = e.cycle.periodKind === "YEAR" ? "QUARTER" : "YEAR";
  const siblings = await db.evaluation.findMany({
    where: {
      AND: [
        evaluationScope(actor),
        {
          cadreId: e.cadreId,
          cycle: { roundId: e.cycle.roundId, periodKind: kind, ...(kind === "QUARTER" ? { year: e.cycle.year } : {}) },
        },
      ],
    },
    include: { cycle: { select: { periodKind: true, year: true, quarter: true } } },
  });
  const isSelf = hasPermission(actor.role, "evaluation:self");
  const slots =
    kind === "QUARTER"
      ? [1, 2, 3, 4].map((quarter) => ({ year: e.cycle.year, quarter }))
      : Array.from({ length: e.cycle.round.endYear - e.cycle.round.startYear + 1 }, (_, i) => ({
          year: e.cycle.round.startYear + i,
          quarter: 0,
        }));
  return {
    kind,
    periods: slots.map((slot) => {
      const found = siblings.find((s) => s.cycle.year === slot.year && s.cycle.quarter === slot.quarter);
      if (!found) return { kind, ...slot, evaluationId: null };
      const p = toPeriod(found);
      return isSelf && found.status !== "DECIDED" ? { ...p, proposedRating: null } : p;
    }),
  };
}

/** The signed-in cadre's own evaluations, newest first (a year after its quarters). */
export async function listMyEvaluations(): Promise<
  {
    id: string;
    year: number;
    kind: EvaluationPeriodKind;
    quarter: number;
    dueDate: Date | null;
    roundName: string;
    status: EvaluationStatus;
    finalRating: Rating | null;
  }[]
> {
  const actor = await requirePermission("evaluation:self");
  const db = await getDb();
  const rows = await db.evaluation.findMany({
    where: { cadreId: actor.cadreId ?? "-" },
    include: { cycle: { include: { round: { select: { name: true } } } } },
    orderBy: [{ cycle: { year: "desc" } }, { cycle: { quarter: "desc" } }],
  });
  return rows
    .map((e) => ({
      id: e.id,
      year: e.cycle.year,
      kind: e.cycle.periodKind,
      quarter: e.cycle.quarter,
      dueDate: e.cycle.dueDate,
      roundName: e.cycle.round.name,
      status: e.status,
      finalRating: e.finalRating,
    }))
    .sort(
      (a, b) =>
        -comparePeriods({ kind: a.kind, year: a.year, quarter: a.quarter }, { kind: b.kind, year: b.year, quarter: b.quarter }),
    );
}
