import { describe, expect, it } from "vitest";
import { effectiveDeadline, roundPeriod, submissionProblems, withinPeriod, type RoundRules } from "@/lib/domain/registration";
import { parseDecimalInput } from "@/lib/domain/numbers";

const round: RoundRules = {
  startYear: 2027,
  endYear: 2027,
  registrationDeadline: new Date("2026-12-31T16:59:59Z"), // 23:59:59 on 31/12/2026 in Hà Nội
  minTasksPerCadre: 1,
  maxTasksPerCadre: 2,
  status: "OPEN",
};
const d = (s: string) => new Date(s);
const task = (over: Partial<Parameters<typeof submissionProblems>[1][number]> = {}) => ({
  title: "Cấp giấy chứng nhận",
  startDate: d("2027-01-01T00:00:00+07:00"),
  endDate: d("2027-12-31T00:00:00+07:00"),
  targets: [{ deadline: d("2027-12-31T00:00:00+07:00") }],
  milestones: [{ dueDate: d("2027-06-30T00:00:00+07:00") }],
  ...over,
});
const before = d("2026-12-20T09:00:00+07:00");

describe("submitting a registration", () => {
  it("a measurable task inside the period, before the deadline, within the bounds, is accepted", () => {
    expect(submissionProblems(round, [task()], before, null)).toEqual([]);
  });

  it("a task without a measurable target cannot be evaluated, so it cannot be submitted", () => {
    expect(submissionProblems(round, [task({ targets: [] })], before, null)).toEqual([
      { code: "taskWithoutTarget", task: "Cấp giấy chứng nhận" },
    ]);
  });

  it("the number of tasks must lie within the round's minimum and maximum", () => {
    expect(submissionProblems(round, [], before, null)).toEqual([{ code: "tooFewTasks", min: 1 }]);
    expect(submissionProblems(round, [task(), task(), task()], before, null)).toEqual([{ code: "tooManyTasks", max: 2 }]);
  });

  it("dates outside the round's year are refused, in Vietnam's time", () => {
    expect(submissionProblems(round, [task({ endDate: d("2028-01-01T00:00:00+07:00") })], before, null)).toEqual([
      { code: "taskOutsidePeriod", task: "Cấp giấy chứng nhận" },
    ]);
    // 31/12/2027 23:00 in Hà Nội (16:00 UTC) is still inside 2027.
    expect(withinPeriod(d("2027-12-31T23:00:00+07:00"), round)).toBe(true);
    // 01/01/2027 00:30 in Hà Nội is 31/12/2026 17:30 UTC, but it is 2027 in Vietnam.
    expect(withinPeriod(d("2027-01-01T00:30:00+07:00"), round)).toBe(true);
    expect(withinPeriod(d("2026-12-31T23:59:00+07:00"), round)).toBe(false);
  });

  it("after the deadline a submission is refused, unless the committee extended it for this cadre", () => {
    const late = d("2027-01-02T09:00:00+07:00");
    expect(submissionProblems(round, [task()], late, null)).toEqual([{ code: "deadlinePassed" }]);
    expect(submissionProblems(round, [task()], late, d("2027-01-05T16:59:59Z"))).toEqual([]);
    expect(effectiveDeadline(round, d("2026-01-01T00:00:00Z"))).toEqual(round.registrationDeadline);
  });

  it("nothing can be submitted to a round that is not open", () => {
    expect(submissionProblems({ ...round, status: "CLOSED" }, [task()], before, null)).toEqual([{ code: "roundNotOpen" }]);
  });

  it("a term round spans all its years", () => {
    const term = { startYear: 2026, endYear: 2030 };
    expect(roundPeriod(term).start.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(roundPeriod(term).end.toISOString()).toBe("2030-12-31T16:59:59.999Z");
  });
});

describe("numbers as officials type them", () => {
  it("reads Vietnamese and English separators", () => {
    expect(parseDecimalInput("35")).toBe("35");
    expect(parseDecimalInput("35,5")).toBe("35.5");
    expect(parseDecimalInput("35.5")).toBe("35.5");
    expect(parseDecimalInput("1.234,5")).toBe("1234.5");
    expect(parseDecimalInput("1,234.5")).toBe("1234.5");
    expect(parseDecimalInput("2.101")).toBe("2101");
    expect(parseDecimalInput("1.000.000")).toBe("1000000");
    expect(parseDecimalInput(" 0 ")).toBe("0");
    expect(parseDecimalInput("-12,25")).toBe("-12.25");
  });

  it("refuses what is not a number", () => {
    for (const bad of ["", "abc", "12a", "1,2,3.4.5", "--1", "1.23456"]) expect(parseDecimalInput(bad), bad).toBeNull();
  });
});
