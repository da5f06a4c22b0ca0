import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { quarterEnd, quarterStart, yearEnd, yearStart } from "@/lib/domain/quarters";
import type { Thresholds } from "@/lib/domain/evaluation";
import {
  countFacts,
  proposeRating,
  type RatingFacts,
  type RuleSetId,
  type StoredProposal,
  type StoredTaskFact,
} from "@/lib/domain/rating-rules";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The facts of the tasks a rule set judges (docs/decisions/057-how-task-facts-are-judged-per-period.md): for each
 * task of the round in the period, completed or not, on time or late, exceeding or not, cancelled, carried over,
 * or not due in the period at all. One SQL statement for every cadre of a cycle (and the units of the heads among
 * them); nothing is read per task.
 *
 * These helpers do not authorize: they are called inside data-layer functions that already did.
 */

export type PeriodRef = { kind: "QUARTER" | "YEAR" | "TERM"; year: number; quarter?: number };

export type TaskFactRow = StoredTaskFact & { taskId: string; cadreId: string; unitId: string };

export type CadreFacts = {
  /** The cadre's own tasks in the period (cancelled and not-due ones included, flagged). */
  tasks: TaskFactRow[];
  /** For the head of a unit: every task of the unit in the round and period, other cadres' included. */
  unitTasks: TaskFactRow[] | null;
  /** The counts the rule set judges. */
  facts: RatingFacts;
};

type Row = {
  id: string;
  code: string;
  title: string;
  cadreId: string;
  unitId: string;
  status: string;
  endsInPeriod: boolean;
  carriedInto: boolean;
  judged: number;
  reached: boolean | null;
  reachedInTime: boolean | null;
  exceeded: boolean | null;
  milestoneLate: boolean;
};

/** The facts of a cycle's cadres, for its period (quarter, year or term). */
export async function taskFactsForCycle(db: Db | Tx, cycleId: string): Promise<Map<string, CadreFacts>> {
  const cycle = await db.evaluationCycle.findUnique({
    where: { id: cycleId },
    select: { roundId: true, periodKind: true, year: true, quarter: true, evaluations: { select: { cadreId: true } } },
  });
  if (!cycle) throw new NotFoundError();
  return taskFacts(db, {
    roundId: cycle.roundId,
    cadreIds: cycle.evaluations.map((e) => e.cadreId),
    period: { kind: cycle.periodKind, year: cycle.year, quarter: cycle.quarter },
  });
}

/**
 * The facts of the given cadres' tasks in a round and period. The result has an entry for every cadre asked
 * about (with no tasks, an empty list: the conditions on an empty set are met).
 */
export async function taskFacts(
  db: Db | Tx,
  input: { cadreIds: string[]; roundId: string; period: PeriodRef },
): Promise<Map<string, CadreFacts>> {
  const result = new Map<string, CadreFacts>();
  if (input.cadreIds.length === 0) return result;
  const [round, cadres] = await Promise.all([
    db.round.findUnique({ where: { id: input.roundId }, select: { startYear: true, endYear: true } }),
    db.cadre.findMany({ where: { id: { in: input.cadreIds } }, select: { id: true, unitId: true, headsUnit: true } }),
  ]);
  if (!round) throw new NotFoundError();
  const { start, end, asOf } = periodBounds(input.period, round);
  // The quarters a report can be of (the round's, with a year of margin each side), with their first moment:
  // a target reached at the report of a quarter that began on or before its deadline was reached on time.
  const keys: number[] = [];
  const starts: string[] = [];
  for (let year = round.startYear - 1; year <= round.endYear + 1; year++)
    for (let quarter = 1; quarter <= 4; quarter++) {
      keys.push(year * 10 + quarter);
      starts.push(quarterStart({ year, quarter }).toISOString());
    }
  const headUnits = [...new Set(cadres.filter((c) => c.headsUnit).map((c) => c.unitId))];

  const rows = await db.$queryRaw<Row[]>`
    WITH qs AS (
      SELECT * FROM unnest(${keys}::int[], ${starts}::timestamp[]) AS q(key, start)
    ), tasks AS (
      SELECT t.id, t.code, t.title, t."cadreId", t."unitId", t.status::text AS status, t."endDate",
             t."endDate" < ${end} AS "endsInPeriod",
             EXISTS (SELECT 1 FROM "Task" n WHERE n."carriedFromId" = t.id) AS "carriedInto"
      FROM "Task" t
      WHERE t."roundId" = ${input.roundId} AND t."startDate" < ${end} AND t."endDate" >= ${start}
        AND (t."cadreId" = ANY(${input.cadreIds}::text[]) OR t."unitId" = ANY(${headUnits}::text[]))
    ), judged AS (
      -- The targets due in or before the period (every target of a task that ends in it), each with its value
      -- at the latest report up to the period's and the first report at which it was reached.
      SELECT tg.id, tg."taskId", tg.direction::text AS direction, tg."targetValue",
             LEAST(tg.deadline, k."endDate") AS due,
             (SELECT a."actualValue" FROM "TargetActual" a JOIN "QuarterlyReport" r ON r.id = a."reportId"
               WHERE a."targetId" = tg.id AND r.status IN ('SUBMITTED', 'RESPONDED') AND r.year * 10 + r.quarter <= ${asOf}
               ORDER BY r.year DESC, r.quarter DESC LIMIT 1) AS latest,
             (SELECT min(r.year * 10 + r.quarter) FROM "TargetActual" a JOIN "QuarterlyReport" r ON r.id = a."reportId"
               WHERE a."targetId" = tg.id AND r.status IN ('SUBMITTED', 'RESPONDED') AND r.year * 10 + r.quarter <= ${asOf}
                 AND CASE WHEN tg.direction = 'DECREASE' THEN a."actualValue" <= tg."targetValue"
                          ELSE a."actualValue" >= tg."targetValue" END) AS "firstReached"
      FROM "Target" tg JOIN tasks k ON k.id = tg."taskId"
      WHERE tg.deadline < ${end} OR k."endsInPeriod"
    ), per AS (
      SELECT j."taskId", count(*)::int AS judged,
             bool_and(j.latest IS NOT NULL AND CASE WHEN j.direction = 'DECREASE' THEN j.latest <= j."targetValue"
                                                  ELSE j.latest >= j."targetValue" END) AS reached,
             bool_and(q.start IS NOT NULL AND q.start <= j.due) AS "reachedInTime",
             bool_and(j.latest IS NOT NULL AND CASE WHEN j.direction = 'DECREASE' THEN j.latest < j."targetValue"
                                                  ELSE j.latest > j."targetValue" END) AS exceeded
      FROM judged j LEFT JOIN qs q ON q.key = j."firstReached"
      GROUP BY j."taskId"
    ), milestones AS (
      -- A milestone recorded done after its due day makes the task late.
      SELECT m."taskId", bool_or(m."doneAt" >= m."dueDate" + interval '1 day') AS late
      FROM "Milestone" m JOIN tasks k ON k.id = m."taskId"
      WHERE m."dueDate" < ${end} AND m."doneAt" IS NOT NULL
      GROUP BY m."taskId"
    )
    SELECT k.id, k.code, k.title, k."cadreId", k."unitId", k.status, k."endsInPeriod", k."carriedInto",
           coalesce(p.judged, 0) AS judged, p.reached, p."reachedInTime", p.exceeded,
           coalesce(ms.late, false) AS "milestoneLate"
    FROM tasks k LEFT JOIN per p ON p."taskId" = k.id LEFT JOIN milestones ms ON ms."taskId" = k.id
    ORDER BY k.code`;

  const facts = rows.map(toFact);
  for (const cadre of cadres) {
    if (!input.cadreIds.includes(cadre.id)) continue;
    const tasks = facts.filter((f) => f.cadreId === cadre.id);
    const unitTasks = cadre.headsUnit ? facts.filter((f) => f.unitId === cadre.unitId) : null;
    result.set(cadre.id, {
      tasks,
      unitTasks,
      facts: { own: countFacts(tasks), unit: unitTasks ? countFacts(unitTasks) : null },
    });
  }
  return result;
}

function toFact(r: Row): TaskFactRow {
  const judged = Number(r.judged);
  const cancelled = r.status === "CANCELLED";
  const carriedOver = r.status === "CARRIED_OVER" || r.carriedInto;
  // Nothing was due in the period: no target's deadline fell in or before it and the task goes on after it.
  const notDue = judged === 0 && !r.endsInPeriod && r.status !== "COMPLETED";
  const completed = !carriedOver && (r.status === "COMPLETED" || (judged > 0 && r.reached === true));
  const onTime = completed && (judged === 0 || r.reachedInTime === true) && !r.milestoneLate;
  const exceeding = completed && judged > 0 && r.exceeded === true;
  return {
    taskId: r.id,
    code: r.code,
    title: r.title,
    cadreId: r.cadreId,
    unitId: r.unitId,
    cancelled,
    carriedOver,
    notDue: notDue && !cancelled,
    completed,
    onTime,
    exceeding,
  };
}

/** The period's bounds (end exclusive) and the quarter (year × 10 + quarter) of the report it is judged at. */
export function periodBounds(period: PeriodRef, round: { startYear: number; endYear: number }) {
  if (period.kind === "QUARTER") {
    const q = { year: period.year, quarter: period.quarter ?? 0 };
    return { start: quarterStart(q), end: quarterEnd(q), asOf: q.year * 10 + q.quarter };
  }
  if (period.kind === "TERM")
    return { start: yearStart(round.startYear), end: yearEnd(round.endYear), asOf: round.endYear * 10 + 4 };
  return { start: yearStart(period.year), end: yearEnd(period.year), asOf: period.year * 10 + 4 };
}

/**
 * The proposal for one cadre under the round's rule set, with everything it was judged on, as the evaluation
 * stores it (ruleSet, ruleSetVersion, proposalFacts): a later change of rule set or version never rewrites it.
 */
export async function proposalFor(
  db: Db | Tx,
  input: {
    cadreId: string;
    cycle: { roundId: string; periodKind: PeriodRef["kind"]; year: number; quarter: number; thresholds: unknown };
    ruleSet: RuleSetId;
    score: number | null;
  },
) {
  const facts = (
    await taskFacts(db, {
      cadreIds: [input.cadreId],
      roundId: input.cycle.roundId,
      period: { kind: input.cycle.periodKind, year: input.cycle.year, quarter: input.cycle.quarter },
    })
  ).get(input.cadreId) ?? { tasks: [], unitTasks: null, facts: { own: countFacts([]), unit: null } };
  const proposal = proposeRating({
    ruleSet: input.ruleSet,
    score: input.score,
    facts: facts.facts,
    thresholds: input.cycle.thresholds as Thresholds,
  });
  const strip = ({ taskId: _t, cadreId: _c, unitId: _u, ...rest }: TaskFactRow): StoredTaskFact => rest;
  const stored: StoredProposal = {
    ...proposal,
    score: input.score,
    facts: facts.facts,
    tasks: facts.tasks.map(strip),
    unitTasks: facts.unitTasks?.map(strip) ?? null,
  };
  return {
    proposedRating: proposal.rating,
    ruleSet: proposal.ruleSet,
    ruleSetVersion: proposal.version,
    proposalFacts: stored as unknown as Prisma.InputJsonValue,
  };
}
