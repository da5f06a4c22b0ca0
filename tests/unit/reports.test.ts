import { describe, expect, it } from "vitest";
import { dueQuarter, quarterOf, quartersBetween } from "@/lib/domain/quarters";
import { nextReportQuarter, reportRefusal } from "@/lib/domain/reports";

const task = { startDate: new Date("2026-03-01T00:00:00+07:00"), endDate: new Date("2026-12-31T23:59:59+07:00") };

describe("quarters", () => {
  it("are Vietnam's: 31 December 20:00 UTC is already the new year's first quarter", () => {
    expect(quarterOf(new Date("2026-12-31T17:30:00Z"))).toEqual({ year: 2027, quarter: 1 });
    expect(quarterOf(new Date("2026-12-31T16:59:59Z"))).toEqual({ year: 2026, quarter: 4 });
  });

  it("the reports due now are the previous quarter's, across the new year", () => {
    expect(dueQuarter(new Date("2026-11-22T10:00:00+07:00"))).toEqual({ year: 2026, quarter: 3 });
    expect(dueQuarter(new Date("2027-01-05T10:00:00+07:00"))).toEqual({ year: 2026, quarter: 4 });
  });

  it("a task's period touches each quarter once, in order, across years", () => {
    expect(quartersBetween(task.startDate, task.endDate).map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    expect(quartersBetween(new Date("2026-11-01T00:00:00+07:00"), new Date("2027-02-01T00:00:00+07:00"))).toEqual([
      { year: 2026, quarter: 4 },
      { year: 2027, quarter: 1 },
    ]);
  });
});

describe("which quarter may be reported", () => {
  const now = new Date("2026-07-10T09:00:00+07:00");
  it("only quarters of the task's period that have begun, in order", () => {
    expect(reportRefusal(task, { year: 2026, quarter: 1 }, now, [])).toBeNull();
    expect(reportRefusal(task, { year: 2027, quarter: 1 }, now, [])).toBe("quarterOutsidePeriod");
    expect(reportRefusal(task, { year: 2025, quarter: 4 }, now, [])).toBe("quarterOutsidePeriod");
    expect(reportRefusal(task, { year: 2026, quarter: 2 }, now, [])).toBe("earlierQuarterMissing");
    expect(reportRefusal(task, { year: 2026, quarter: 2 }, now, [{ year: 2026, quarter: 1 }])).toBeNull();
    expect(reportRefusal(task, { year: 2026, quarter: 4 }, now, [{ year: 2026, quarter: 1 }])).toBe("quarterNotStarted");
  });

  it("the next one is the first not submitted, once it has begun", () => {
    expect(nextReportQuarter(task, now, [])).toEqual({ year: 2026, quarter: 1 });
    const done = [1, 2, 3].map((quarter) => ({ year: 2026, quarter }));
    expect(nextReportQuarter(task, now, done)).toBeNull();
  });
});
