/**
 * What an evaluation cycle rates — a quarter, a year or a round's whole term — and the defaults the
 * organisation committee starts from when it opens one. Pure; every date through lib/domain/quarters.ts.
 */
import { quarterEnd, quarterEvaluationDueDate, quarterStart, yearStart } from "./quarters";

export const EVALUATION_PERIOD_KINDS = ["QUARTER", "YEAR", "TERM"] as const;
export type EvaluationPeriodKind = (typeof EVALUATION_PERIOD_KINDS)[number];

/** A cycle's period: `quarter` is 1–4 for a QUARTER and 0 otherwise; a TERM's `year` is the round's last year. */
export type EvaluationPeriod = { kind: EvaluationPeriodKind; year: number; quarter: number };

/** The instants a period covers, `start` inclusive and `end` exclusive; a term covers the round's years. */
export function periodBounds(p: EvaluationPeriod, round: { startYear: number; endYear: number }): { start: Date; end: Date } {
  if (p.kind === "QUARTER") {
    const q = { year: p.year, quarter: p.quarter };
    return { start: quarterStart(q), end: quarterEnd(q) };
  }
  if (p.kind === "TERM") return { start: yearStart(round.startYear), end: yearStart(round.endYear + 1) };
  return { start: yearStart(p.year), end: yearStart(p.year + 1) };
}

/**
 * Whether the advisory council scores by default: not for a quarter (the rule set proposes from the
 * quarter's facts, as Kết luận 198-KL/TW's quarterly rhythm needs), yes for a year and a term.
 */
export function councilByDefault(kind: EvaluationPeriodKind): boolean {
  return kind !== "QUARTER";
}

/** The default due date of the self-assessments: a quarter's is the 15th of its last month; none otherwise. */
export function defaultDueDate(p: EvaluationPeriod): Date | null {
  return p.kind === "QUARTER" ? quarterEvaluationDueDate({ year: p.year, quarter: p.quarter }) : null;
}

/** Orders periods as a record reads them: a term after its years, a year after its quarters. */
export function comparePeriods(a: EvaluationPeriod, b: EvaluationPeriod): number {
  const rank = (p: EvaluationPeriod) => (p.kind === "TERM" ? 9 : p.kind === "YEAR" ? 5 : p.quarter);
  return a.year - b.year || rank(a) - rank(b);
}

/**
 * The score a cycle without a council proposes from: the mean of the cadre's self-assessed task scores,
 * to two decimals (null without any). The rule set's task conditions then hold it to what the facts allow
 * (docs/decisions/059-a-quarter-without-a-council-is-proposed-from-the-self-scores-capped-by-the-facts.md).
 */
export function selfScoreMean(scores: number[]): number | null {
  if (scores.length === 0) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.round(mean * 100 + 1e-9) / 100;
}

/** The evaluation moves that only a cycle with a council has, and those only a cycle without one has. */
const COUNCIL_ONLY = [
  "submitSelfAssessment",
  "closeSelfAssessment",
  "returnSelfAssessment",
  "finaliseProposal",
  "returnToCouncil",
];
const RULES_ONLY = ["submitForProposal", "closeForProposal", "returnForAssessment"];

/** Whether a move belongs to a cycle with (or without) a council: the lifecycle holds both paths. */
export function moveFitsCycle(action: string, councilRequired: boolean): boolean {
  return !(councilRequired ? RULES_ONLY : COUNCIL_ONLY).includes(action);
}
