import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDecimalInput } from "@/lib/domain/numbers";
import { compareDecimals, targetDirectionProblem } from "@/lib/domain/targets";
import { DirectAssignmentSchema } from "@/lib/validation/decision";
import { ProposedTaskSchema, TargetSchema } from "@/lib/validation/registration";
import { ChangeRequestSchema } from "@/lib/validation/report";

describe("comparing decimals exactly", () => {
  it("orders decimals by value, whatever their zeros and signs", () => {
    expect(compareDecimals("2", "10")).toBe(-1);
    expect(compareDecimals("10.5", "10.50")).toBe(0);
    expect(compareDecimals("-0", "0.0")).toBe(0);
    expect(compareDecimals("-3", "-2.5")).toBe(-1);
    expect(compareDecimals("0.0001", "0")).toBe(1);
    expect(compareDecimals("-0.0001", "0")).toBe(-1);
  });

  it("tells apart values a float would confuse", () => {
    expect(compareDecimals("12345678901234.0001", "12345678901234")).toBe(1);
    expect(compareDecimals("12345678901234.0001", "12345678901234.0002")).toBe(-1);
  });

  it("agrees with the numbers' order for every pair of small decimals", () => {
    const decimal = fc
      .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 9999 }))
      .map(([int, frac]) => `${int < 0 ? "-" : ""}${Math.abs(int)}.${String(frac).padStart(4, "0")}`);
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compareDecimals(a, b)).toBe(Math.sign(Number(a) - Number(b)) as -1 | 0 | 1);
      }),
    );
  });
});

describe("a target and its direction", () => {
  it("an increase must end above its baseline", () => {
    expect(targetDirectionProblem({ baseline: "35.5", target: "100", direction: "INCREASE" })).toBeNull();
    expect(targetDirectionProblem({ baseline: "35.5", target: "35.5", direction: "INCREASE" })).toBe("targetNotAboveBaseline");
    expect(targetDirectionProblem({ baseline: "35.5", target: "20", direction: "INCREASE" })).toBe("targetNotAboveBaseline");
  });

  it("a decrease must end below its baseline", () => {
    expect(targetDirectionProblem({ baseline: "4200", target: "700", direction: "DECREASE" })).toBeNull();
    expect(targetDirectionProblem({ baseline: "4200", target: "4200", direction: "DECREASE" })).toBe("targetNotBelowBaseline");
    expect(targetDirectionProblem({ baseline: "0", target: "5", direction: "DECREASE" })).toBe("targetNotBelowBaseline");
  });

  it("a target to reach, or one without a baseline, has nothing to contradict", () => {
    expect(targetDirectionProblem({ baseline: "10", target: "3", direction: "REACH" })).toBeNull();
    expect(targetDirectionProblem({ baseline: null, target: "3", direction: "INCREASE" })).toBeNull();
    expect(targetDirectionProblem({ baseline: null, target: "3", direction: "DECREASE" })).toBeNull();
  });
});

const target = (over: Record<string, string> = {}) => ({
  indicator: "Tỷ lệ hồ sơ được số hóa",
  unitOfMeasure: "%",
  baseline: "35,5",
  targetValue: "100",
  direction: "INCREASE",
  deadline: "2026-12-31",
  ...over,
});

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));

describe("the target schemas refuse a target against its direction at the target value's field", () => {
  it("a registration's target below its baseline for an increase is refused at targets.N.targetValue", () => {
    const task = {
      title: "Số hóa hồ sơ địa chính",
      field: "LAND",
      breakthroughKind: "NEW",
      objectives: "Số hóa",
      plan: "Theo từng xã",
      expectedProduct: "Cơ sở dữ liệu",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      targets: [target(), target({ baseline: "50", targetValue: "20" })],
      milestones: [],
    };
    expect(issuesOf(ProposedTaskSchema.safeParse(task))).toEqual([
      { path: "targets.1.targetValue", message: "targetNotAboveBaseline" },
    ]);
  });

  it("a decrease that would rise is refused; one that falls, and a target to reach, are accepted", () => {
    expect(issuesOf(TargetSchema.safeParse(target({ direction: "DECREASE", baseline: "10", targetValue: "12" })))).toEqual([
      { path: "targetValue", message: "targetNotBelowBaseline" },
    ]);
    expect(TargetSchema.safeParse(target({ direction: "DECREASE", baseline: "10", targetValue: "2" })).success).toBe(true);
    expect(TargetSchema.safeParse(target({ direction: "REACH", baseline: "10", targetValue: "2" })).success).toBe(true);
    expect(TargetSchema.safeParse(target({ baseline: "", targetValue: "2" })).success).toBe(true);
  });

  it("the values are compared as typed in Vietnamese: 1.500 (one thousand five hundred) is above 999,5", () => {
    expect(TargetSchema.safeParse(target({ baseline: "999,5", targetValue: "1.500" })).success).toBe(true);
    expect(TargetSchema.safeParse(target({ baseline: "1.500", targetValue: "999,5" })).success).toBe(false);
  });

  it("a direct assignment carries the error under its task, where the form shows it", () => {
    const result = DirectAssignmentSchema.safeParse({
      cadreId: "c1",
      roundId: "r1",
      assignment: { decisionNumber: "1-QĐ/TU", decisionDate: "2026-02-01", supervisorId: "u1" },
      task: {
        title: "T",
        field: "LAND",
        breakthroughKind: "NEW",
        objectives: "O",
        plan: "P",
        expectedProduct: "E",
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        targets: [target({ targetValue: "10" })],
        milestones: [],
      },
    });
    expect(issuesOf(result)).toEqual([{ path: "task.targets.0.targetValue", message: "targetNotAboveBaseline" }]);
  });

  it("a change request's new value is held to the baseline and direction its row carries", () => {
    const request = (targetValue: string) => ({
      taskId: "t1",
      title: "T",
      endDate: "2026-12-31",
      reason: "Lý do",
      targets: [{ targetId: "x1", targetValue, deadline: "2026-12-31", baseline: "35.5000", direction: "INCREASE" }],
    });
    expect(issuesOf(ChangeRequestSchema.safeParse(request("30")))).toEqual([
      { path: "targets.0.targetValue", message: "targetNotAboveBaseline" },
    ]);
    expect(ChangeRequestSchema.safeParse(request("90")).success).toBe(true);
  });

  it("an empty or unreadable value is only that field's own error; the direction rule waits for a number", () => {
    expect(issuesOf(TargetSchema.safeParse(target({ targetValue: "" })))).toEqual([{ path: "targetValue", message: "required" }]);
    expect(issuesOf(TargetSchema.safeParse(target({ baseline: "abc", targetValue: "1" })))).toEqual([
      { path: "baseline", message: "numberFormat" },
    ]);
  });

  it("the canonical decimal the rule compares is what the number parser returns", () => {
    expect(parseDecimalInput("35,5")).toBe("35.5");
    expect(parseDecimalInput("2.1010")).toBe("2.1010");
  });
});
