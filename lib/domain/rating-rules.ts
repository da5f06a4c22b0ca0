/**
 * Rating rule sets: how a score and the facts of a cadre's tasks become a proposed level. Rule sets are data,
 * versioned: an evaluation stores the rule set and version it was computed with, so changing a rule later never
 * rewrites a past rating (a new version is a new entry here, never an edit of a released one).
 *
 * - PILOT_2021: the 2021 pilot — the council's score against the cycle's thresholds, no task conditions.
 * - QD366_2025: Quy định 366-QĐ/TW (2025), Article 11 for a leading or managing individual — a 100-point score
 *   band and conditions on the tasks (and, for the head of a unit, on the unit's tasks).
 *
 * Levels cascade: a cadre gets the highest level whose score floor and conditions are all met, so a 95-point
 * cadre with a late task falls to the first level that tolerates it. Shares are compared in integers
 * (count × 100 against percent × total) so exactly 30 % or 20 % is never lost to floating point.
 */
import { ratingFor, type Rating, type Thresholds } from "@/lib/domain/evaluation";

export const RULE_SET_IDS = ["QD366_2025", "PILOT_2021"] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** The rule set of new rounds. */
export const DEFAULT_RULE_SET: RuleSetId = "QD366_2025";

/** The current version of each rule set; bump (and keep the old branch) when a rule changes. */
export const RULE_SET_VERSIONS: Record<RuleSetId, number> = { QD366_2025: 1, PILOT_2021: 1 };

/** One task's facts in the evaluated period. */
export type TaskFact = {
  /** Cancelled tasks are not counted at all. */
  cancelled?: boolean;
  /** Nothing of the task was due in the period (a later target, a later end): not counted in that period. */
  notDue?: boolean;
  /** Carried over unfinished into a later period: it counts, as not completed. */
  carriedOver?: boolean;
  completed: boolean;
  /** Completed by its end date and each target by its deadline. Meaningless when not completed. */
  onTime: boolean;
  /** Every target beyond its value in its direction. */
  exceeding: boolean;
};

/** The counts the conditions are judged on. `late` = completed but not on time. */
export type FactCounts = { total: number; completed: number; onTime: number; exceeding: number; late: number };

export type RatingFacts = {
  own: FactCounts;
  /** For the head of a unit: the same counts over the unit's tasks; null for anyone else. */
  unit: FactCounts | null;
};

export function countFacts(tasks: TaskFact[]): FactCounts {
  const counted = tasks.filter((t) => !t.cancelled && !t.notDue);
  const completed = counted.filter((t) => t.completed && !t.carriedOver);
  const onTime = completed.filter((t) => t.onTime).length;
  return {
    total: counted.length,
    completed: completed.length,
    onTime,
    exceeding: completed.filter((t) => t.exceeding).length,
    late: completed.length - onTime,
  };
}

export type ConditionKey =
  | "scoreAtLeast"
  | "allCompletedOnTime"
  | "exceedingAtLeast"
  | "unitAllCompletedOnTime"
  | "unitExceedingAtLeast"
  | "allCompleted"
  | "lateAtMost";

/**
 * One condition as a person reads it: "đúng tiến độ 4/5 — chưa đạt". `value`/`of` are the counted figures
 * (for the score: the score and the floor), `percent` the required share where there is one.
 */
export type Condition = { key: ConditionKey; met: boolean; value: number | null; of: number; percent?: number };

export type LevelCheck = { rating: Rating; met: boolean; conditions: Condition[] };

export type Proposal = {
  ruleSet: RuleSetId;
  version: number;
  /** Null while there is no score to judge (e.g. the council has not finished). */
  rating: Rating | null;
  /** Every level above NOT_COMPLETED with its conditions, highest first: why the proposal is what it is. */
  levels: LevelCheck[];
};

const scoreAtLeast = (score: number | null, floor: number): Condition => ({
  key: "scoreAtLeast",
  met: score !== null && score >= floor,
  value: score,
  of: floor,
});

const allCompletedOnTime = (key: "allCompletedOnTime" | "unitAllCompletedOnTime", c: FactCounts): Condition => ({
  key,
  met: c.onTime === c.total,
  value: c.onTime,
  of: c.total,
});

const shareAtLeast = (key: "exceedingAtLeast" | "unitExceedingAtLeast", c: FactCounts, percent: number): Condition => ({
  key,
  met: c.exceeding * 100 >= percent * c.total,
  value: c.exceeding,
  of: c.total,
  percent,
});

/** Quy định 366-QĐ/TW (2025), Article 11, version 1. */
function qd366v1(score: number | null, facts: RatingFacts): LevelCheck[] {
  const { own, unit } = facts;
  const unitConditions = (withExceeding: boolean): Condition[] =>
    unit
      ? [
          allCompletedOnTime("unitAllCompletedOnTime", unit),
          ...(withExceeding ? [shareAtLeast("unitExceedingAtLeast", unit, 30)] : []),
        ]
      : [];
  const levels: { rating: Rating; conditions: Condition[] }[] = [
    {
      rating: "EXCELLENT",
      conditions: [
        scoreAtLeast(score, 90),
        allCompletedOnTime("allCompletedOnTime", own),
        shareAtLeast("exceedingAtLeast", own, 30),
        ...unitConditions(true),
      ],
    },
    {
      rating: "GOOD",
      conditions: [scoreAtLeast(score, 70), allCompletedOnTime("allCompletedOnTime", own), ...unitConditions(false)],
    },
    {
      rating: "COMPLETED",
      conditions: [
        scoreAtLeast(score, 50),
        { key: "allCompleted", met: own.completed === own.total, value: own.completed, of: own.total },
        { key: "lateAtMost", met: own.late * 100 <= 20 * own.total, value: own.late, of: own.total, percent: 20 },
      ],
    },
  ];
  return levels.map((l) => ({ ...l, met: l.conditions.every((c) => c.met) }));
}

/** The 2021 pilot: the score against the cycle's thresholds only. */
function pilotV1(score: number | null, thresholds: Thresholds): LevelCheck[] {
  return (["EXCELLENT", "GOOD", "COMPLETED"] as const).map((rating) => {
    const condition = scoreAtLeast(score, thresholds[rating]);
    return { rating, met: condition.met, conditions: [condition] };
  });
}

/**
 * The proposed level under a rule set and version. Versions no longer current stay computable so a past
 * evaluation can always be explained as it was decided.
 */
export function proposeRating(input: {
  ruleSet: RuleSetId;
  version?: number;
  score: number | null;
  facts: RatingFacts;
  /** The cycle's thresholds (the pilot rule only). */
  thresholds: Thresholds;
}): Proposal {
  const version = input.version ?? RULE_SET_VERSIONS[input.ruleSet];
  if (version !== 1) throw new Error(`Unknown version ${version} of rule set ${input.ruleSet}`);
  const levels = input.ruleSet === "QD366_2025" ? qd366v1(input.score, input.facts) : pilotV1(input.score, input.thresholds);
  const rating =
    input.score === null
      ? null
      : input.ruleSet === "PILOT_2021"
        ? ratingFor(input.score, input.thresholds)
        : (levels.find((l) => l.met)?.rating ?? "NOT_COMPLETED");
  return { ruleSet: input.ruleSet, version, rating, levels };
}

/** One task's facts as stored with a proposal, so the page can say which task held the cadre back. */
export type StoredTaskFact = TaskFact & { code: string; title: string };

/**
 * What an evaluation stores (Evaluation.proposalFacts): the proposal with its levels and conditions, the score
 * and the facts it was judged on. Pages explain a past rating from this, never by computing it again.
 */
export type StoredProposal = Proposal & {
  score: number | null;
  facts: RatingFacts;
  tasks: StoredTaskFact[];
  /** The head of a unit's unit tasks, when the unit's conditions apply. */
  unitTasks: StoredTaskFact[] | null;
};

/** Reads a stored proposal back, or null for evaluations proposed before rule sets were stored. */
export function readStoredProposal(json: unknown): StoredProposal | null {
  if (!json || typeof json !== "object") return null;
  const p = json as Partial<StoredProposal>;
  if (!p.ruleSet || !RULE_SET_IDS.includes(p.ruleSet) || !Array.isArray(p.levels) || !p.facts) return null;
  return p as StoredProposal;
}

/**
 * The levels that explain a proposal: the proposed one and the one above it (what held the cadre back), each
 * condition met or not with its figures. For "not completed" the level above is "completed"; with no score yet,
 * every level (what each would ask of the tasks).
 */
export function explainingLevels(proposal: Pick<Proposal, "rating" | "levels">): LevelCheck[] {
  const { levels, rating } = proposal;
  if (rating === null) return levels;
  const index = rating === "NOT_COMPLETED" ? levels.length : levels.findIndex((l) => l.rating === rating);
  return levels.slice(Math.max(0, index - 1), index + 1);
}
