/**
 * Year-end evaluation rules: criteria weights, a member's weighted score of a task, the council's aggregate,
 * and the thresholds that turn a score into a proposed rating. Pure and exact to two decimals.
 */

export const RATINGS = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"] as const;
export type Rating = (typeof RATINGS)[number];

export type Thresholds = { EXCELLENT: number; GOOD: number; COMPLETED: number };

export const DEFAULT_THRESHOLDS: Thresholds = { EXCELLENT: 90, GOOD: 75, COMPLETED: 50 };

/** The default criteria (targets achieved, quality of the product, timeliness, difficulty) and weights. */
export const DEFAULT_CRITERIA = [
  { name: "Mức độ đạt chỉ tiêu", weight: 40 },
  { name: "Chất lượng sản phẩm", weight: 30 },
  { name: "Tiến độ thực hiện", weight: 20 },
  { name: "Độ khó, tính đột phá của nhiệm vụ", weight: 10 },
] as const;

/** Half away from zero, to two decimals, computed on hundredths so 74.995 does not become 74.99. */
export function round2(n: number): number {
  return (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100;
}

export function weightsAddUp(weights: number[]): boolean {
  return weights.length > 0 && weights.every((w) => Number.isInteger(w) && w > 0) && weights.reduce((a, b) => a + b, 0) === 100;
}

export function thresholdsValid(t: Thresholds): boolean {
  return t.COMPLETED >= 0 && t.COMPLETED < t.GOOD && t.GOOD < t.EXCELLENT && t.EXCELLENT <= 100;
}

/**
 * One member's score of one task: the weighted mean of their criterion scores (each 0–100). Null when a
 * criterion is unscored: an incomplete sheet does not count.
 */
export function weightedTaskScore(criteria: { id: string; weight: number }[], scores: Map<string, number>): number | null {
  let total = 0;
  for (const c of criteria) {
    const s = scores.get(c.id);
    if (s === undefined) return null;
    total += c.weight * s;
  }
  return round2(total / 100);
}

/**
 * The total a council member's sheet gives, as the sheet is being filled: the mean over the tasks of each
 * task's weighted score (rows of criterion scores in the criteria's order, null for a blank). Null while any
 * score is blank, since an incomplete sheet does not count.
 */
export function councilSheetTotal(criteria: { id: string; weight: number }[], rows: (number | null)[][]): number | null {
  if (rows.length === 0) return null;
  const perTask = rows.map((row) => {
    const scores = new Map<string, number>();
    row.forEach((s, j) => {
      if (s !== null && Number.isFinite(s)) scores.set(criteria[j]!.id, s);
    });
    return weightedTaskScore(criteria, scores);
  });
  if (perTask.some((s) => s === null)) return null;
  return round2((perTask as number[]).reduce((a, b) => a + b, 0) / perTask.length);
}

export type Aggregate = {
  /** The evaluation's score: the mean over its tasks of the members' mean task score. */
  score: number | null;
  /** Per task, the members' mean (null when no member scored it). */
  byTask: Map<string, number | null>;
};

/**
 * The council's aggregate for one cadre: for each task the mean of the scores of the members who scored it
 * completely, then the mean over tasks. A member who did not score is left out, not counted as zero.
 */
export function aggregateScores(taskIds: string[], memberTaskScores: Map<string, number | null>[]): Aggregate {
  const byTask = new Map<string, number | null>();
  for (const taskId of taskIds) {
    const values = memberTaskScores.map((m) => m.get(taskId)).filter((v): v is number => typeof v === "number");
    byTask.set(taskId, values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null);
  }
  const scored = [...byTask.values()].filter((v): v is number => v !== null);
  return {
    score: scored.length === taskIds.length && scored.length ? round2(scored.reduce((a, b) => a + b, 0) / scored.length) : null,
    byTask,
  };
}

/** The level a score earns: at or above a threshold reaches that level (a tie goes up). */
export function ratingFor(score: number, t: Thresholds): Rating {
  if (score >= t.EXCELLENT) return "EXCELLENT";
  if (score >= t.GOOD) return "GOOD";
  if (score >= t.COMPLETED) return "COMPLETED";
  return "NOT_COMPLETED";
}
