import { describe, expect, it } from "vitest";
import {
  aggregateScores,
  DEFAULT_CRITERIA,
  DEFAULT_THRESHOLDS,
  ratingFor,
  round2,
  thresholdsValid,
  weightedTaskScore,
  weightsAddUp,
} from "@/lib/domain/evaluation";

const criteria = DEFAULT_CRITERIA.map((c, i) => ({ id: `c${i}`, weight: c.weight }));
const sheet = (...scores: number[]) => new Map(scores.map((s, i) => [`c${i}`, s]));

describe("criteria and thresholds", () => {
  it("the default weights add up to 100; others must too", () => {
    expect(weightsAddUp(DEFAULT_CRITERIA.map((c) => c.weight))).toBe(true);
    expect(weightsAddUp([50, 40])).toBe(false);
    expect(weightsAddUp([100, 0])).toBe(false);
    expect(weightsAddUp([])).toBe(false);
  });

  it("thresholds must rise from completed to excellent within 0–100", () => {
    expect(thresholdsValid(DEFAULT_THRESHOLDS)).toBe(true);
    expect(thresholdsValid({ EXCELLENT: 80, GOOD: 80, COMPLETED: 50 })).toBe(false);
    expect(thresholdsValid({ EXCELLENT: 101, GOOD: 80, COMPLETED: 50 })).toBe(false);
  });
});

describe("scores", () => {
  it("a member's task score is the weighted mean of the criteria; an unscored criterion leaves it out", () => {
    expect(weightedTaskScore(criteria, sheet(90, 80, 70, 60))).toBe(80); // 36 + 24 + 14 + 6
    expect(weightedTaskScore(criteria, sheet(90, 80, 70))).toBeNull();
  });

  it("the aggregate is the mean over tasks of the members' mean, without the members who did not score", () => {
    const a = new Map([
      ["t1", 80],
      ["t2", 90],
    ]);
    const b = new Map<string, number | null>([
      ["t1", 70],
      ["t2", null],
    ]);
    const result = aggregateScores(["t1", "t2"], [a, b]);
    expect(result.byTask).toEqual(
      new Map([
        ["t1", 75],
        ["t2", 90],
      ]),
    );
    expect(result.score).toBe(82.5);
    // A task nobody scored leaves the aggregate undecided rather than pulled down.
    expect(aggregateScores(["t1", "t3"], [a]).score).toBeNull();
  });

  it("rounds half away from zero to two decimals", () => {
    expect(round2(74.995)).toBe(75);
    expect(round2(82.333333)).toBe(82.33);
    expect(round2(82.335)).toBe(82.34);
    const result = aggregateScores(["t1"], [new Map([["t1", 80]]), new Map([["t1", 85]]), new Map([["t1", 85]])]);
    expect(result.score).toBe(83.33);
  });

  it("a score on a threshold reaches that level", () => {
    expect(ratingFor(90, DEFAULT_THRESHOLDS)).toBe("EXCELLENT");
    expect(ratingFor(89.99, DEFAULT_THRESHOLDS)).toBe("GOOD");
    expect(ratingFor(75, DEFAULT_THRESHOLDS)).toBe("GOOD");
    expect(ratingFor(50, DEFAULT_THRESHOLDS)).toBe("COMPLETED");
    expect(ratingFor(49.99, DEFAULT_THRESHOLDS)).toBe("NOT_COMPLETED");
  });
});
