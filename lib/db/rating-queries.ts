import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { ConditionKey } from "@/lib/domain/rating-rules";
import type { Rating } from "@/lib/generated/prisma/enums";

/**
 * Ratings per evaluated period (each quarter, year or term cycle of a round) and how many cadres met each
 * condition of their stored proposal, aggregated in SQL over Evaluation.proposalFacts (jsonb). No authorization
 * of its own: the data layer decides the round and the unit path.
 */
export type PeriodRatings = {
  cycleId: string;
  periodKind: "QUARTER" | "YEAR" | "TERM";
  year: number;
  quarter: number;
  evaluations: number;
  proposed: number;
  decided: number;
  ratings: Partial<Record<Rating, number>>;
  /** Per condition (the score floors left out: they differ by level), cadres who met it of those judged on it. */
  conditions: { key: ConditionKey; met: number; judged: number }[];
};

type Count = bigint | number;

export async function ratingsByPeriod(db: PrismaClient | Tx, s: { roundId: string; unitPath: string }): Promise<PeriodRatings[]> {
  const path = `${s.unitPath}%`;
  const [cycles, ratings, conditions] = await Promise.all([
    db.$queryRaw<
      {
        id: string;
        periodKind: PeriodRatings["periodKind"];
        year: number;
        quarter: number;
        evaluations: Count;
        proposed: Count;
        decided: Count;
      }[]
    >`
      SELECT cy.id, cy."periodKind"::text AS "periodKind", cy.year, cy.quarter, count(e.id) AS evaluations,
             count(e.id) FILTER (WHERE e."proposedRating" IS NOT NULL) AS proposed,
             count(e.id) FILTER (WHERE e.status = 'DECIDED') AS decided
      FROM "EvaluationCycle" cy
      LEFT JOIN ("Evaluation" e JOIN "Cadre" c ON c.id = e."cadreId" JOIN "Unit" u ON u.id = c."unitId" AND u.path LIKE ${path})
        ON e."cycleId" = cy.id
      WHERE cy."roundId" = ${s.roundId}
      GROUP BY cy.id
      ORDER BY cy.year DESC, cy."periodKind", cy.quarter DESC`,
    db.$queryRaw<{ cycleId: string; rating: Rating; count: Count }[]>`
      SELECT e."cycleId", e."finalRating" AS rating, count(*) AS count
      FROM "Evaluation" e JOIN "EvaluationCycle" cy ON cy.id = e."cycleId"
      JOIN "Cadre" c ON c.id = e."cadreId" JOIN "Unit" u ON u.id = c."unitId"
      WHERE cy."roundId" = ${s.roundId} AND e.status = 'DECIDED' AND u.path LIKE ${path}
      GROUP BY e."cycleId", e."finalRating"`,
    db.$queryRaw<{ cycleId: string; key: ConditionKey; met: Count; judged: Count }[]>`
      SELECT e."cycleId", cond->>'key' AS key,
             count(DISTINCT e.id) FILTER (WHERE (cond->>'met')::boolean) AS met, count(DISTINCT e.id) AS judged
      FROM "Evaluation" e JOIN "EvaluationCycle" cy ON cy.id = e."cycleId"
      JOIN "Cadre" c ON c.id = e."cadreId" JOIN "Unit" u ON u.id = c."unitId"
      CROSS JOIN LATERAL jsonb_array_elements(e."proposalFacts"->'levels') AS lvl
      CROSS JOIN LATERAL jsonb_array_elements(lvl->'conditions') AS cond
      WHERE cy."roundId" = ${s.roundId} AND u.path LIKE ${path} AND e."proposalFacts" IS NOT NULL
        AND cond->>'key' <> 'scoreAtLeast'
      GROUP BY e."cycleId", cond->>'key'`,
  ]);
  const ORDER: ConditionKey[] = [
    "allCompletedOnTime",
    "exceedingAtLeast",
    "unitAllCompletedOnTime",
    "unitExceedingAtLeast",
    "allCompleted",
    "lateAtMost",
  ];
  return cycles.map((cy) => ({
    cycleId: cy.id,
    periodKind: cy.periodKind,
    year: cy.year,
    quarter: cy.quarter,
    evaluations: Number(cy.evaluations),
    proposed: Number(cy.proposed),
    decided: Number(cy.decided),
    ratings: Object.fromEntries(ratings.filter((r) => r.cycleId === cy.id).map((r) => [r.rating, Number(r.count)])),
    conditions: conditions
      .filter((c) => c.cycleId === cy.id)
      .map((c) => ({ key: c.key, met: Number(c.met), judged: Number(c.judged) }))
      .sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key)),
  }));
}
