/**
 * Vietnam's time and its calendar quarters: the one place that knows the province lives at UTC+7.
 *
 * Every instant is stored in UTC; every rule about days, years and quarters is about the calendar in Vietnam
 * (Asia/Ho_Chi_Minh has been UTC+7 all year since 1975, with no daylight saving), so the offset is a constant
 * and no computation here depends on the server's own time zone. Nothing else in the app, the reminder job,
 * the seed or the benchmark may write the offset out again: see docs/decisions/044-one-module-for-vietnam-time-and-quarters.md.
 */

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// Private on purpose: callers ask for days, years and quarters, never for the offset.
const OFFSET_MS = 7 * HOUR_MS;

export type Quarter = { year: number; quarter: number };

/** A day of the calendar in Vietnam; `month` runs 1–12. */
export type CalendarDay = { year: number; month: number; day: number };

// ───────────────────────────── Days ─────────────────────────────

/** How many days a month has (`month` 1–12): 29 for February of a leap year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the numbers name a day that exists (no 30 February, no 2025-02-29, no month 13). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The instant a wall clock in Vietnam shows the given day and time. Refuses days that do not exist; the time
 * may be any hour, minute and second of that day (an hour of 24 or more is refused too).
 */
export function vietnamTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  if (!isCalendarDay(year, month, day)) throw new RangeError(`No such day in the calendar: ${year}-${month}-${day}`);
  if (
    ![hour, minute, second].every(Number.isInteger) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  )
    throw new RangeError(`No such time of day: ${hour}:${minute}:${second}`);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

/** The calendar day an instant falls on in Vietnam. */
export function vietnamDay(date: Date): CalendarDay {
  const local = new Date(date.getTime() + OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The year an instant falls in, in Vietnam (31/12 at 18:00 UTC is already the next year there). */
export function vietnamYear(date: Date): number {
  return vietnamDay(date).year;
}

/** Today's date in Vietnam. */
export function todayInVietnam(now: Date = new Date()): CalendarDay {
  return vietnamDay(now);
}

/** The yyyy-mm-dd of an instant's day in Vietnam, as an <input type="date"> holds it. */
export function vietnamDayString(date: Date): string {
  const { year, month, day } = vietnamDay(date);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The dd/mm/yyyy of a spreadsheet's date cell. A cell holds a calendar day without a zone, which the spreadsheet
 * reader gives as that day's UTC midnight, so its UTC fields are the day typed (shifting it to Vietnam time
 * would not change the day, but reading it in the server's zone could).
 */
export function spreadsheetDayText(cell: Date): string {
  const day = String(cell.getUTCDate()).padStart(2, "0");
  const month = String(cell.getUTCMonth() + 1).padStart(2, "0");
  return `${day}/${month}/${cell.getUTCFullYear()}`;
}

/** The first instant (00:00 in Vietnam) of a yyyy-mm-dd day; null for text that is not a real day. */
export function parseVietnamDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDay(year, month, day) ? vietnamTime(year, month, day) : null;
}

/** 00:00 in Vietnam on the day of `date`. */
export function startOfVietnamDay(date: Date): Date {
  const { year, month, day } = vietnamDay(date);
  return vietnamTime(year, month, day);
}

/**
 * The last second (23:59:59 in Vietnam) of the day of `date`: deadlines typed as a date run to the end of
 * that day, and are stored at whole seconds.
 */
export function endOfVietnamDay(date: Date): Date {
  return new Date(startOfVietnamDay(date).getTime() + DAY_MS - 1000);
}

/** The same wall-clock time `days` days later (earlier when negative); exact because Vietnam keeps no DST. */
export function addVietnamDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** 00:00 on 1 January of `year` in Vietnam. */
export function yearStart(year: number): Date {
  return vietnamTime(year, 1, 1);
}

/** The first instant after `year` in Vietnam (00:00 on 1 January of the next year): an exclusive bound. */
export function yearEnd(year: number): Date {
  return yearStart(year + 1);
}

/**
 * The last day (00:00 in Vietnam) of the `months`-th month of a period that starts on 1 January of `year`:
 * a template's "+3 months" in a 2027 round is 31/03/2027, "+12 months" is 31/12/2027.
 */
export function monthEndAfter(year: number, months: number): Date {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`No such month offset: ${months}`);
  const y = year + Math.floor((months - 1) / 12);
  const m = ((months - 1) % 12) + 1;
  return vietnamTime(y, m, daysInMonth(y, m));
}

// ───────────────────────────── Quarters ─────────────────────────────

export function isQuarter(q: Quarter): boolean {
  return (
    Number.isInteger(q.year) && q.year >= 1 && q.year <= 9999 && Number.isInteger(q.quarter) && q.quarter >= 1 && q.quarter <= 4
  );
}

function checked(q: Quarter): Quarter {
  if (!isQuarter(q)) throw new RangeError(`No such quarter: ${q.year}Q${q.quarter}`);
  return q;
}

/** The quarter a moment falls in, in Vietnam. */
export function quarterOf(date: Date): Quarter {
  const { year, month } = vietnamDay(date);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** The first moment of a quarter in Vietnam (Q3 2026 starts on 1/7/2026 00:00 there, 30/6 17:00 UTC). */
export function quarterStart(q: Quarter): Date {
  const { year, quarter } = checked(q);
  return vietnamTime(year, (quarter - 1) * 3 + 1, 1);
}

/** The first moment after a quarter (the next quarter's start): an exclusive bound, `date < quarterEnd(q)`. */
export function quarterEnd(q: Quarter): Date {
  return quarterStart(nextQuarter(q));
}

export function nextQuarter(q: Quarter): Quarter {
  const { year, quarter } = checked(q);
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}

export function previousQuarter(q: Quarter): Quarter {
  const { year, quarter } = checked(q);
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** Every quarter a task's period touches, in order. */
export function quartersBetween(start: Date, end: Date): Quarter[] {
  const out: Quarter[] = [];
  let q = quarterOf(start);
  const last = quarterOf(end);
  while (compareQuarters(q, last) <= 0) {
    out.push(q);
    q = nextQuarter(q);
  }
  return out;
}

/** "2026Q3": the key of a quarter in URLs and notification keys. */
export function quarterKey(q: Quarter): string {
  const { year, quarter } = checked(q);
  return `${year}Q${quarter}`;
}

/** The quarter a key names ("2026Q3"), or null for anything else ("2026Q5", "2026q3", "26Q1", " 2026Q1"). */
export function parseQuarterKey(key: string): Quarter | null {
  const m = /^(\d{4})Q([1-4])$/.exec(key);
  if (!m) return null;
  const q = { year: Number(m[1]), quarter: Number(m[2]) };
  return isQuarter(q) ? q : null;
}

/** The quarter whose reports are due now: the one before the quarter `now` falls in. */
export function dueQuarter(now: Date): Quarter {
  return previousQuarter(quarterOf(now));
}

/**
 * The default report deadline of a quarter: the end of the 15th day of the month after it, in Vietnam
 * (15/10 23:59:59 for Q3; 15/1 of the next year for Q4).
 */
export function reportDueDate(q: Quarter): Date {
  const next = nextQuarter(q);
  return endOfVietnamDay(vietnamTime(next.year, (next.quarter - 1) * 3 + 1, 15));
}

/**
 * The default due date of a quarter's evaluation (Kết luận 198-KL/TW: results before the 15th of the
 * quarter's last month): the end of that day in Vietnam (15/9 23:59:59 for Q3).
 */
export function quarterEvaluationDueDate(q: Quarter): Date {
  const { year, quarter } = checked(q);
  return endOfVietnamDay(vietnamTime(year, quarter * 3, 15));
}
