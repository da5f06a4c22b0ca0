import { compareQuarters, quarterStart, quartersBetween, type Quarter } from "./quarters";

export type ReportRefusal = "quarterOutsidePeriod" | "quarterNotStarted" | "earlierQuarterMissing";

/**
 * Whether a quarter's report may be written now: the quarter lies in the task's period, has begun, and every
 * earlier quarter of the period has been submitted (reports come in order). Null when it may.
 */
export function reportRefusal(
  task: { startDate: Date; endDate: Date },
  quarter: Quarter,
  now: Date,
  submitted: Quarter[],
): ReportRefusal | null {
  const quarters = quartersBetween(task.startDate, task.endDate);
  if (!quarters.some((q) => compareQuarters(q, quarter) === 0)) return "quarterOutsidePeriod";
  if (quarterStart(quarter) > now) return "quarterNotStarted";
  const earlier = quarters.filter((q) => compareQuarters(q, quarter) < 0);
  if (earlier.some((q) => !submitted.some((s) => compareQuarters(s, q) === 0))) return "earlierQuarterMissing";
  return null;
}

/** The quarter the cadre should report next: the first of the period not yet submitted, if it has begun. */
export function nextReportQuarter(task: { startDate: Date; endDate: Date }, now: Date, submitted: Quarter[]): Quarter | null {
  const next = quartersBetween(task.startDate, task.endDate).find((q) => !submitted.some((s) => compareQuarters(s, q) === 0));
  return next && quarterStart(next) <= now ? next : null;
}

/** The value a target reached at its latest submitted (or answered) report: what progress is measured by. */
export function latestSubmitted<T extends { report: { year: number; quarter: number; status: string } }>(
  actuals: T[],
): T | undefined {
  return actuals
    .filter((a) => a.report.status === "SUBMITTED" || a.report.status === "RESPONDED")
    .sort((a, b) => b.report.year - a.report.year || b.report.quarter - a.report.quarter)[0];
}
