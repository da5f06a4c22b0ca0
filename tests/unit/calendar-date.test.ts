import { describe, expect, it } from "vitest";
import { calendarDate, deadlineDate } from "@/lib/validation/registration";

describe("a date typed in a form", () => {
  it("means 00:00 of that day in Vietnam", () => {
    expect(calendarDate.parse("2027-03-15")).toEqual(new Date("2027-03-14T17:00:00Z"));
  });

  it("as a deadline runs to the last second of that day in Vietnam", () => {
    expect(deadlineDate.parse("2027-12-31")).toEqual(new Date("2027-12-31T16:59:59Z"));
  });

  it("is refused when the day does not exist, rather than read as a day of the next month", () => {
    for (const text of ["2026-02-30", "2027-02-29", "2026-04-31", "2026-13-01", "2026-00-10"]) {
      const result = calendarDate.safeParse(text);
      expect(result.success, text).toBe(false);
      expect(result.error?.issues[0]?.message, text).toBe("dateFormat");
    }
    expect(calendarDate.safeParse("2028-02-29").success).toBe(true);
  });
});
