import { describe, expect, it } from "vitest";
import { taskHealth, targetProgress } from "@/lib/domain/progress";

describe("a target's progress", () => {
  it("an increase runs from the baseline to the target, and may go beyond it", () => {
    const m = { baseline: 20, target: 120, direction: "INCREASE" as const };
    expect(targetProgress(m, 20)).toEqual({ percent: 0, reached: false });
    expect(targetProgress(m, 70)).toEqual({ percent: 50, reached: false });
    expect(targetProgress(m, 120)).toEqual({ percent: 100, reached: true });
    expect(targetProgress(m, 145)).toEqual({ percent: 125, reached: true });
    // Falling below the baseline is no progress, not negative progress.
    expect(targetProgress(m, 10)).toEqual({ percent: 0, reached: false });
  });

  it("a decrease runs from the baseline down to the target", () => {
    const m = { baseline: 4200, target: 700, direction: "DECREASE" as const };
    expect(targetProgress(m, 4200).percent).toBe(0);
    expect(targetProgress(m, 2450)).toEqual({ percent: 50, reached: false });
    expect(targetProgress(m, 700)).toEqual({ percent: 100, reached: true });
    expect(targetProgress(m, 0)).toEqual({ percent: 120, reached: true });
    expect(targetProgress(m, 5000)).toEqual({ percent: 0, reached: false });
  });

  it("a zero baseline is a real starting point; a missing one counts from zero, or for a decrease only reached or not", () => {
    expect(targetProgress({ baseline: 0, target: 3500, direction: "INCREASE" }, 875).percent).toBe(25);
    expect(targetProgress({ baseline: null, target: 3500, direction: "INCREASE" }, 875).percent).toBe(25);
    expect(targetProgress({ baseline: 10, target: 0, direction: "DECREASE" }, 5)).toEqual({ percent: 50, reached: false });
    expect(targetProgress({ baseline: null, target: 5, direction: "DECREASE" }, 8)).toEqual({ percent: 0, reached: false });
    expect(targetProgress({ baseline: null, target: 5, direction: "DECREASE" }, 4)).toEqual({ percent: 100, reached: true });
  });

  it("reaching a value counts from zero; a target equal to its baseline is all or nothing", () => {
    expect(targetProgress({ baseline: 0, target: 1, direction: "REACH" }, 0)).toEqual({ percent: 0, reached: false });
    expect(targetProgress({ baseline: 0, target: 1, direction: "REACH" }, 1)).toEqual({ percent: 100, reached: true });
    expect(targetProgress({ baseline: 5, target: 4, direction: "REACH" }, 2).percent).toBe(50);
    expect(targetProgress({ baseline: 99, target: 99, direction: "INCREASE" }, 98)).toEqual({ percent: 0, reached: false });
    expect(targetProgress({ baseline: 99, target: 99, direction: "INCREASE" }, 99)).toEqual({ percent: 100, reached: true });
  });

  it("rounds to one decimal", () => {
    expect(targetProgress({ baseline: 0, target: 3, direction: "INCREASE" }, 1).percent).toBe(33.3);
  });
});

describe("a task's status", () => {
  const year = { startDate: new Date("2026-01-01T00:00:00+07:00"), endDate: new Date("2026-12-31T23:59:59+07:00") };
  const mid = new Date("2026-07-02T12:00:00+07:00"); // half the year gone
  const p = (percent: number) => ({ percent, reached: percent >= 100 });

  it("compares progress with the share of the period elapsed", () => {
    const at = (targets: ReturnType<typeof p>[]) => taskHealth({ ...year, now: mid, targets, missingDueReport: false }).health;
    expect(at([p(45)])).toBe("ON_TRACK");
    expect(at([p(30)])).toBe("AT_RISK");
    expect(at([p(20)])).toBe("BEHIND");
    expect(at([p(100), p(0)])).toBe("ON_TRACK");
    expect(at([p(50), p(10)])).toBe("AT_RISK");
  });

  it("over-achieving one target does not hide another lagging: each counts up to 100", () => {
    const october = new Date("2026-10-01T12:00:00+07:00"); // three quarters of the year gone
    expect(taskHealth({ ...year, now: october, targets: [p(200), p(0)], missingDueReport: false }).health).toBe("AT_RISK");
  });

  it("says why, with the figures", () => {
    expect(taskHealth({ ...year, now: mid, targets: [p(30)], missingDueReport: false }).reason).toEqual({
      code: "atRisk",
      params: { progress: 30, elapsed: 50 },
    });
  });

  it("is completed when every target is reached, overdue when the period ended without it", () => {
    expect(taskHealth({ ...year, now: mid, targets: [p(100), p(120)], missingDueReport: true }).health).toBe("COMPLETED");
    const after = new Date("2027-01-05T00:00:00+07:00");
    expect(taskHealth({ ...year, now: after, targets: [p(100), p(90)], missingDueReport: false })).toEqual({
      health: "OVERDUE",
      reason: { code: "overdue", params: { progress: 95 } },
    });
  });

  it("a missing due report makes it behind; an unmeasured target counts as no progress", () => {
    expect(taskHealth({ ...year, now: mid, targets: [p(60)], missingDueReport: true }).health).toBe("BEHIND");
    expect(taskHealth({ ...year, now: mid, targets: [p(100), null], missingDueReport: false }).health).toBe("ON_TRACK");
    expect(taskHealth({ ...year, now: mid, targets: [null], missingDueReport: false }).health).toBe("BEHIND");
    // At the very start nothing is expected yet.
    expect(taskHealth({ ...year, now: year.startDate, targets: [null], missingDueReport: false }).health).toBe("ON_TRACK");
  });
});
