import { describe, expect, it } from "vitest";
import { nextReportQuarter, reportRefusal } from "@/lib/domain/reports";

const task = { startDate: new Date("2026-03-01T00:00:00+07:00"), endDate: new Date("2026-12-31T23:59:59+07:00") };

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
