import { describe, expect, it } from "vitest";
import { monthEndAfter, vietnamDayString } from "@/lib/domain/quarters";
import { dateInPeriod, periodMonths } from "@/lib/domain/templates";

describe("a template's dates in a round's period", () => {
  it("places '+3 months' on the last day of the period's third month, in Vietnam", () => {
    expect(vietnamDayString(monthEndAfter(2027, 3))).toBe("2027-03-31");
    expect(vietnamDayString(monthEndAfter(2028, 2))).toBe("2028-02-29");
    expect(vietnamDayString(monthEndAfter(2026, 14))).toBe("2027-02-28");
    expect(monthEndAfter(2027, 12).toISOString()).toBe("2027-12-30T17:00:00.000Z");
  });

  it("refuses an offset that is not a whole month after the start", () => {
    expect(() => monthEndAfter(2027, 0)).toThrow(RangeError);
    expect(() => monthEndAfter(2027, 1.5)).toThrow(RangeError);
  });

  it("keeps every date inside the round: an offset past its last month falls on its last day", () => {
    expect(periodMonths({ startYear: 2026, endYear: 2030 })).toBe(60);
    expect(vietnamDayString(dateInPeriod({ startYear: 2027, endYear: 2027 }, 18))).toBe("2027-12-31");
    expect(vietnamDayString(dateInPeriod({ startYear: 2026, endYear: 2030 }, 18))).toBe("2027-06-30");
  });
});
