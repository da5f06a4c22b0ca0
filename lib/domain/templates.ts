import { monthEndAfter } from "./quarters";

/** How far a template's dates may lie from the period's start: a five-year term has 60 months. */
export const MAX_OFFSET_MONTHS = 60;

/** How many months a round's period has (a year round 12, a 2026–2030 term 60). */
export function periodMonths(round: { startYear: number; endYear: number }): number {
  return (round.endYear - round.startYear + 1) * 12;
}

/**
 * The day a template's relative date ("+3 months") falls on in a round: the last day of that month of the
 * period, never past the period's last month (a "+12 months" milestone in a one-year round is 31/12).
 */
export function dateInPeriod(round: { startYear: number; endYear: number }, offsetMonths: number): Date {
  return monthEndAfter(round.startYear, Math.min(Math.max(1, offsetMonths), periodMonths(round)));
}
