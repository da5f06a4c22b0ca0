import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  councilByDefault,
  defaultDueDate,
  moveFitsCycle,
  periodBounds,
  selfScoreMean,
} from "@/lib/domain/evaluation-periods";
import { quarterEvaluationDueDate, vietnamTime } from "@/lib/domain/quarters";

const round = { startYear: 2026, endYear: 2030 };

describe("evaluation periods", () => {
  it("a quarter's self-assessments are due at the end of the 15th of its last month in Vietnam", () => {
    expect(quarterEvaluationDueDate({ year: 2026, quarter: 1 })).toEqual(vietnamTime(2026, 3, 15, 23, 59, 59));
    expect(quarterEvaluationDueDate({ year: 2026, quarter: 4 })).toEqual(vietnamTime(2026, 12, 15, 23, 59, 59));
    expect(defaultDueDate({ kind: "QUARTER", year: 2026, quarter: 3 })).toEqual(vietnamTime(2026, 9, 15, 23, 59, 59));
    expect(defaultDueDate({ kind: "YEAR", year: 2026, quarter: 0 })).toBeNull();
  });

  it("a quarter, a year and a term cover their own instants, the end excluded", () => {
    expect(periodBounds({ kind: "QUARTER", year: 2026, quarter: 2 }, round)).toEqual({
      start: vietnamTime(2026, 4, 1),
      end: vietnamTime(2026, 7, 1),
    });
    expect(periodBounds({ kind: "YEAR", year: 2027, quarter: 0 }, round)).toEqual({
      start: vietnamTime(2027, 1, 1),
      end: vietnamTime(2028, 1, 1),
    });
    expect(periodBounds({ kind: "TERM", year: 2030, quarter: 0 }, round)).toEqual({
      start: vietnamTime(2026, 1, 1),
      end: vietnamTime(2031, 1, 1),
    });
  });

  it("a quarter has no council by default, a year and a term have one", () => {
    expect([councilByDefault("QUARTER"), councilByDefault("YEAR"), councilByDefault("TERM")]).toEqual([false, true, true]);
  });

  it("the self scores' mean is exact to two decimals, and absent without scores", () => {
    expect(selfScoreMean([95, 90, 88])).toBe(91);
    expect(selfScoreMean([70, 75.01])).toBe(72.51);
    expect(selfScoreMean([])).toBeNull();
  });

  it("a cycle's moves are those of its path: the council's or the rule set's", () => {
    expect(moveFitsCycle("submitSelfAssessment", true)).toBe(true);
    expect(moveFitsCycle("submitForProposal", true)).toBe(false);
    expect(moveFitsCycle("submitForProposal", false)).toBe(true);
    expect(moveFitsCycle("finaliseProposal", false)).toBe(false);
    expect(moveFitsCycle("decide", false)).toBe(true);
  });

  it("orders a year's quarters before the year, and the years before the term", () => {
    const periods = [
      { kind: "TERM" as const, year: 2030, quarter: 0 },
      { kind: "YEAR" as const, year: 2026, quarter: 0 },
      { kind: "QUARTER" as const, year: 2026, quarter: 4 },
      { kind: "QUARTER" as const, year: 2026, quarter: 1 },
    ];
    expect([...periods].sort(comparePeriods).map((p) => `${p.kind}${p.year}${p.quarter}`)).toEqual([
      "QUARTER20261",
      "QUARTER20264",
      "YEAR20260",
      "TERM20300",
    ]);
  });
});
