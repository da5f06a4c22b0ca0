import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/validation/registration";

const messages = (value: string) => (calendarDate.safeParse(value).error?.issues ?? []).map((i) => i.message);

describe("a calendar date typed in a form", () => {
  it("refuses a day the calendar does not have instead of rolling it into the next month", () => {
    for (const day of ["2026-02-30", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "0000-00-00"]) {
      expect(messages(day), day).toEqual(["dateFormat"]);
    }
  });

  it("accepts real days, leap days included, as that day in Vietnam", () => {
    expect(calendarDate.parse("2028-02-29").toISOString()).toBe("2028-02-28T17:00:00.000Z");
    expect(calendarDate.parse(" 2026-12-31 ").toISOString()).toBe("2026-12-30T17:00:00.000Z");
  });

  it("reports a wrong shape once", () => {
    expect(messages("30/02/2026")).toEqual(["dateFormat"]);
  });
});
