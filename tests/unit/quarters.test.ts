import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addVietnamDays,
  compareQuarters,
  daysInMonth,
  dueQuarter,
  endOfVietnamDay,
  isCalendarDay,
  nextQuarter,
  parseQuarterKey,
  parseVietnamDay,
  previousQuarter,
  quarterEnd,
  quarterKey,
  quarterOf,
  quarterStart,
  quartersBetween,
  reportDueDate,
  startOfVietnamDay,
  todayInVietnam,
  vietnamDay,
  vietnamDayString,
  vietnamTime,
  vietnamYear,
  yearEnd,
  yearStart,
} from "@/lib/domain/quarters";

const utc = (iso: string) => new Date(iso);

describe("a wall-clock time in Vietnam", () => {
  it("is seven hours ahead of UTC, so midnight there is 17:00 UTC the day before", () => {
    expect(vietnamTime(2026, 7, 1)).toEqual(utc("2026-06-30T17:00:00Z"));
    expect(vietnamTime(2026, 11, 22, 9)).toEqual(utc("2026-11-22T02:00:00Z"));
    expect(vietnamTime(2027, 1, 1, 23, 59, 59)).toEqual(utc("2027-01-01T16:59:59Z"));
  });

  it("refuses days and times that do not exist", () => {
    expect(() => vietnamTime(2026, 2, 29)).toThrow(RangeError);
    expect(() => vietnamTime(2026, 2, 30)).toThrow(RangeError);
    expect(() => vietnamTime(2026, 4, 31)).toThrow(RangeError);
    expect(() => vietnamTime(2026, 13, 1)).toThrow(RangeError);
    expect(() => vietnamTime(2026, 0, 1)).toThrow(RangeError);
    expect(() => vietnamTime(2026, 1, 0)).toThrow(RangeError);
    expect(() => vietnamTime(2026, 1, 1, 24)).toThrow(RangeError);
    expect(() => vietnamTime(2026, 1, 1, 9, 60)).toThrow(RangeError);
    expect(() => vietnamTime(2026, 1, 1, 9, 0, -1)).toThrow(RangeError);
    expect(() => vietnamTime(2026.5, 1, 1)).toThrow(RangeError);
    expect(() => vietnamTime(Number.NaN, 1, 1)).toThrow(RangeError);
  });

  it("knows leap years: 29 February exists in 2024 and 2028, not in 2026 nor in 2100, and in 2000", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isCalendarDay(2028, 2, 29)).toBe(true);
    expect(isCalendarDay(2027, 2, 29)).toBe(false);
    expect(vietnamTime(2028, 2, 29)).toEqual(utc("2028-02-28T17:00:00Z"));
  });
});

describe("the calendar day of an instant in Vietnam", () => {
  it("turns at 17:00 UTC", () => {
    expect(vietnamDay(utc("2026-06-30T16:59:59.999Z"))).toEqual({ year: 2026, month: 6, day: 30 });
    expect(vietnamDay(utc("2026-06-30T17:00:00Z"))).toEqual({ year: 2026, month: 7, day: 1 });
  });

  it("is already the next year on 31 December from 17:00 UTC", () => {
    expect(vietnamYear(utc("2026-12-31T16:59:59.999Z"))).toBe(2026);
    expect(vietnamYear(utc("2026-12-31T17:00:00Z"))).toBe(2027);
    expect(todayInVietnam(utc("2026-12-31T18:00:00Z"))).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it("reads as the yyyy-mm-dd a date input holds, and reads back to 00:00 of that day", () => {
    expect(vietnamDayString(utc("2026-03-04T20:00:00Z"))).toBe("2026-03-05");
    expect(vietnamDayString(utc("2026-03-04T16:00:00Z"))).toBe("2026-03-04");
    expect(parseVietnamDay("2026-03-05")).toEqual(utc("2026-03-04T17:00:00Z"));
    expect(parseVietnamDay("2028-02-29")).toEqual(utc("2028-02-28T17:00:00Z"));
  });

  it("refuses text that is not a real day", () => {
    for (const text of [
      "2026-02-29",
      "2026-02-30",
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "0000-01-01",
      "2026-1-5",
      "05/03/2026",
      "2026-03-05T00:00",
      " 2026-03-05",
      "",
    ])
      expect(parseVietnamDay(text), text).toBeNull();
  });

  it("starts at 00:00 and ends at 23:59:59 in Vietnam, whatever the instant's UTC day", () => {
    const lateEvening = utc("2026-03-04T20:00:00Z"); // 03:00 on 5 March in Vietnam
    expect(startOfVietnamDay(lateEvening)).toEqual(utc("2026-03-04T17:00:00Z"));
    expect(endOfVietnamDay(lateEvening)).toEqual(utc("2026-03-05T16:59:59Z"));
    expect(endOfVietnamDay(utc("2026-12-31T16:00:00Z"))).toEqual(utc("2026-12-31T16:59:59Z"));
  });

  it("moves by whole days across months, years and 29 February", () => {
    expect(addVietnamDays(vietnamTime(2026, 12, 31, 9), 1)).toEqual(vietnamTime(2027, 1, 1, 9));
    expect(addVietnamDays(vietnamTime(2028, 2, 28, 9), 1)).toEqual(vietnamTime(2028, 2, 29, 9));
    expect(addVietnamDays(vietnamTime(2027, 2, 28, 9), 1)).toEqual(vietnamTime(2027, 3, 1, 9));
    expect(addVietnamDays(vietnamTime(2026, 3, 1, 0), -1)).toEqual(vietnamTime(2026, 2, 28, 0));
  });

  it("keeps every instant inside its own day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const at = new Date(ms);
        const start = startOfVietnamDay(at);
        const end = endOfVietnamDay(at);
        expect(start <= at && at.getTime() < end.getTime() + 1000).toBe(true);
        expect(vietnamDayString(start)).toBe(vietnamDayString(at));
        expect(parseVietnamDay(vietnamDayString(at))).toEqual(start);
      }),
    );
  });
});

describe("years in Vietnam", () => {
  it("run from 1 January 00:00 there to the next year's start", () => {
    expect(yearStart(2026)).toEqual(utc("2025-12-31T17:00:00Z"));
    expect(yearEnd(2026)).toEqual(utc("2026-12-31T17:00:00Z"));
    expect(yearEnd(2026)).toEqual(yearStart(2027));
  });
});

describe("quarters in Vietnam", () => {
  it("begin at 00:00 in Vietnam, 17:00 UTC the day before", () => {
    expect(quarterStart({ year: 2026, quarter: 1 })).toEqual(utc("2025-12-31T17:00:00Z"));
    expect(quarterStart({ year: 2026, quarter: 2 })).toEqual(utc("2026-03-31T17:00:00Z"));
    expect(quarterStart({ year: 2026, quarter: 3 })).toEqual(utc("2026-06-30T17:00:00Z"));
    expect(quarterStart({ year: 2026, quarter: 4 })).toEqual(utc("2026-09-30T17:00:00Z"));
  });

  it("are decided by the clock in Vietnam at their edges", () => {
    expect(quarterOf(utc("2026-06-30T16:59:59.999Z"))).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf(utc("2026-06-30T17:00:00Z"))).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf(utc("2026-12-31T16:59:59.999Z"))).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf(utc("2026-12-31T17:00:00Z"))).toEqual({ year: 2027, quarter: 1 });
    expect(quarterOf(utc("2026-12-31T17:30:00Z"))).toEqual({ year: 2027, quarter: 1 });
  });

  it("end where the next begins; the fourth ends at the new year in Vietnam", () => {
    expect(quarterEnd({ year: 2026, quarter: 4 })).toEqual(utc("2026-12-31T17:00:00Z"));
    expect(quarterEnd({ year: 2026, quarter: 4 })).toEqual(quarterStart({ year: 2027, quarter: 1 }));
    expect(quarterEnd({ year: 2026, quarter: 1 })).toEqual(quarterStart({ year: 2026, quarter: 2 }));
  });

  it("last 90 days in a common year's first quarter, 91 in a leap year's, and 92 in the third and fourth", () => {
    const days = (q: { year: number; quarter: number }) => (quarterEnd(q).getTime() - quarterStart(q).getTime()) / 86_400_000;
    expect(days({ year: 2026, quarter: 1 })).toBe(90);
    expect(days({ year: 2028, quarter: 1 })).toBe(91);
    expect(days({ year: 2026, quarter: 2 })).toBe(91);
    expect(days({ year: 2026, quarter: 3 })).toBe(92);
    expect(days({ year: 2026, quarter: 4 })).toBe(92);
  });

  it("contain each instant between their start and end (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const at = new Date(ms);
        const q = quarterOf(at);
        expect(quarterStart(q) <= at && at < quarterEnd(q)).toBe(true);
        expect(quarterOf(quarterStart(q))).toEqual(q);
        expect(quarterOf(new Date(quarterEnd(q).getTime() - 1))).toEqual(q);
      }),
    );
  });

  it("follow one another across the new year", () => {
    expect(nextQuarter({ year: 2026, quarter: 4 })).toEqual({ year: 2027, quarter: 1 });
    expect(nextQuarter({ year: 2026, quarter: 2 })).toEqual({ year: 2026, quarter: 3 });
    expect(previousQuarter({ year: 2027, quarter: 1 })).toEqual({ year: 2026, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
    expect(compareQuarters({ year: 2026, quarter: 4 }, { year: 2027, quarter: 1 })).toBeLessThan(0);
    expect(compareQuarters({ year: 2027, quarter: 1 }, { year: 2027, quarter: 1 })).toBe(0);
  });

  it("the reports due now are the previous quarter's, across the new year", () => {
    expect(dueQuarter(vietnamTime(2026, 11, 22, 10))).toEqual({ year: 2026, quarter: 3 });
    expect(dueQuarter(vietnamTime(2027, 1, 5, 10))).toEqual({ year: 2026, quarter: 4 });
    expect(dueQuarter(utc("2026-12-31T17:00:00Z"))).toEqual({ year: 2026, quarter: 4 });
  });

  it("a task's period touches each quarter once, in order, across years", () => {
    const task = { startDate: vietnamTime(2026, 3, 1), endDate: vietnamTime(2026, 12, 31, 23, 59, 59) };
    expect(quartersBetween(task.startDate, task.endDate).map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    expect(quartersBetween(vietnamTime(2026, 11, 1), vietnamTime(2027, 2, 1))).toEqual([
      { year: 2026, quarter: 4 },
      { year: 2027, quarter: 1 },
    ]);
    expect(quartersBetween(vietnamTime(2026, 5, 1), vietnamTime(2026, 5, 2))).toEqual([{ year: 2026, quarter: 2 }]);
  });
});

describe("quarter keys", () => {
  it("read and write as 2026Q3", () => {
    expect(quarterKey({ year: 2026, quarter: 3 })).toBe("2026Q3");
    expect(parseQuarterKey("2026Q3")).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarterKey("2027Q1")).toEqual({ year: 2027, quarter: 1 });
  });

  it("refuse impossible or malformed keys", () => {
    for (const key of [
      "2026Q0",
      "2026Q5",
      "2026Q9",
      "2026q3",
      "26Q3",
      "2026-Q3",
      "2026Q",
      "Q3",
      " 2026Q3",
      "2026Q3 ",
      "0000Q1",
      "2026Q3x",
      "",
    ])
      expect(parseQuarterKey(key), key).toBeNull();
    expect(() => quarterKey({ year: 2026, quarter: 5 })).toThrow(RangeError);
    expect(() => quarterStart({ year: 2026, quarter: 0 })).toThrow(RangeError);
    expect(() => quarterStart({ year: 2026, quarter: 1.5 })).toThrow(RangeError);
    expect(() => nextQuarter({ year: 2026, quarter: 5 })).toThrow(RangeError);
  });

  it("round-trip for every quarter (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        expect(parseQuarterKey(quarterKey({ year, quarter }))).toEqual({ year, quarter });
      }),
    );
  });
});

describe("the default report deadline", () => {
  it("is the end of the 15th of the month after the quarter, in Vietnam", () => {
    expect(reportDueDate({ year: 2026, quarter: 1 })).toEqual(utc("2026-04-15T16:59:59Z"));
    expect(reportDueDate({ year: 2026, quarter: 2 })).toEqual(utc("2026-07-15T16:59:59Z"));
    expect(reportDueDate({ year: 2026, quarter: 3 })).toEqual(utc("2026-10-15T16:59:59Z"));
  });

  it("falls in January of the next year for the fourth quarter", () => {
    expect(reportDueDate({ year: 2026, quarter: 4 })).toEqual(utc("2027-01-15T16:59:59Z"));
    expect(vietnamDayString(reportDueDate({ year: 2026, quarter: 4 }))).toBe("2027-01-15");
  });

  it("always comes after the quarter it is for", () => {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const q = { year: 2028, quarter };
      expect(reportDueDate(q) > quarterEnd(q)).toBe(true);
      expect(quarterOf(reportDueDate(q))).toEqual(nextQuarter(q));
    }
  });
});

describe("the one module for Vietnam time", () => {
  const ROOTS = ["app", "components", "lib", "prisma", "scripts"];
  const OWN = path.join("lib", "domain", "quarters.ts");
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "generated" || e.name === "migrations" ? [] : sources(full);
      return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
    });
  const HAND_WRITTEN = [
    /\+07:?00/,
    /Asia\/Ho_Chi_Minh/,
    /\b7\s*\*\s*(60\s*\*\s*60|3_?600)/,
    /\b25_?200_?000\b/,
    /getTimezoneOffset/,
    /Date\.UTC\(/,
    // Calendar fields read in UTC or in the server's own zone are another day near midnight in Vietnam.
    /\.get(UTC)?(FullYear|Month|Date)\(/,
    /\b9[0-2]\s*\*\s*(DAY|86_?400_?000)/,
  ];

  it("is the only code that writes Vietnam's offset, its zone's name or a quarter's length, or reads a calendar field", () => {
    const offenders = ROOTS.flatMap(sources)
      .filter((file) => file !== OWN)
      .flatMap((file) => {
        const text = readFileSync(file, "utf8");
        return HAND_WRITTEN.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
      });
    expect(offenders).toEqual([]);
  });
});
