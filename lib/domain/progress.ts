/**
 * Progress of a measurable target and the status of a task, by rules simple enough to explain on screen.
 * Pure: the pages, the dashboards and the tests compute them the same way.
 */

export type Direction = "INCREASE" | "DECREASE" | "REACH";

export type TargetMeasure = {
  /** Where the indicator stood when the task was assigned; unknown for some targets. */
  baseline: number | null;
  target: number;
  direction: Direction;
};

export type TargetProgress = {
  /** Share of the way from the baseline to the target, in percent; above 100 when over-achieved, never below 0. */
  percent: number;
  reached: boolean;
};

/**
 * INCREASE: from the baseline (0 when unknown) up to the target. DECREASE: from the baseline down to the
 * target; with no baseline only "reached or not" can be told. REACH: attain the target value (a count of
 * documents, a rating), measured from zero. A target equal to its baseline is all-or-nothing.
 */
export function targetProgress(measure: TargetMeasure, actual: number): TargetProgress {
  const { target, direction } = measure;
  const reached = direction === "DECREASE" ? actual <= target : actual >= target;
  const from = direction === "REACH" ? 0 : measure.baseline;
  if (from === null) {
    // A decrease with no known starting point: the gap travelled cannot be measured.
    if (direction === "DECREASE") return { percent: reached ? 100 : 0, reached };
    return share(0, target, actual, reached);
  }
  return share(from, target, actual, reached);
}

function share(from: number, target: number, actual: number, reached: boolean): TargetProgress {
  if (target === from) return { percent: reached ? 100 : 0, reached };
  const percent = ((actual - from) / (target - from)) * 100;
  return { percent: Math.max(0, round1(percent)), reached };
}

function round1(n: number) {
  return Math.round(n * 10) / 10;
}

export type TaskHealth = "ON_TRACK" | "AT_RISK" | "BEHIND" | "COMPLETED" | "OVERDUE";

export type TaskHealthInput = {
  now: Date;
  startDate: Date;
  endDate: Date;
  /** Each target's progress at the latest report that measured it; null when never measured. */
  targets: (TargetProgress | null)[];
  /** A report that was due (its deadline passed) and has not been submitted. */
  missingDueReport: boolean;
};

export type TaskHealthVerdict = {
  health: TaskHealth;
  /** Why, as a message key under "health.reasons" with its parameters. */
  reason: { code: string; params: Record<string, number> };
};

/** How far behind the time elapsed a task may fall before it is at risk, then behind (percentage points). */
export const AT_RISK_GAP = 10;
export const BEHIND_GAP = 25;

/**
 * A task is completed when every target is reached; overdue when its end has passed without that; otherwise
 * its progress (the mean of its targets', each counted up to 100) is set against the share of its period
 * already elapsed: within 10 points it is on track, within 25 at risk, beyond that behind. A due report
 * not submitted makes it behind whatever the figures said before.
 */
export function taskHealth(input: TaskHealthInput): TaskHealthVerdict {
  const { now, startDate, endDate, targets } = input;
  const measured = targets.filter((t): t is TargetProgress => t !== null);
  const allReached = targets.length > 0 && measured.length === targets.length && measured.every((t) => t.reached);
  if (allReached) return { health: "COMPLETED", reason: { code: "allReached", params: {} } };
  const progress = targets.length
    ? round1(targets.reduce((sum, t) => sum + Math.min(100, t?.percent ?? 0), 0) / targets.length)
    : 0;
  if (now > endDate) return { health: "OVERDUE", reason: { code: "overdue", params: { progress } } };
  if (input.missingDueReport) return { health: "BEHIND", reason: { code: "missingReport", params: { progress } } };
  const span = endDate.getTime() - startDate.getTime();
  const elapsed = span <= 0 ? 100 : round1((Math.max(0, now.getTime() - startDate.getTime()) / span) * 100);
  // Rounded like its parts, so 50,3 − 40,3 is exactly 10 here as in the dashboard's SQL.
  const gap = round1(elapsed - progress);
  const params = { progress, elapsed };
  if (gap <= AT_RISK_GAP) return { health: "ON_TRACK", reason: { code: "onTrack", params } };
  if (gap <= BEHIND_GAP) return { health: "AT_RISK", reason: { code: "atRisk", params } };
  return { health: "BEHIND", reason: { code: "behind", params } };
}
