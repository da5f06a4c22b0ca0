/** Calendar quarters in Vietnam's time (UTC+7 all year), for reports. */

export type Quarter = { year: number; quarter: number };

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The quarter a moment falls in, in Vietnam. */
export function quarterOf(date: Date): Quarter {
  const local = new Date(date.getTime() + VN_OFFSET_MS);
  return { year: local.getUTCFullYear(), quarter: Math.floor(local.getUTCMonth() / 3) + 1 };
}

/** The first moment of a quarter in Vietnam. */
export function quarterStart({ year, quarter }: Quarter): Date {
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1) - VN_OFFSET_MS);
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
    q = q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 };
  }
  return out;
}

export function quarterKey({ year, quarter }: Quarter): string {
  return `${year}Q${quarter}`;
}

/** The quarter whose reports are due now: the one before the quarter `now` falls in. */
export function dueQuarter(now: Date): Quarter {
  const q = quarterOf(now);
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: q.quarter - 1 };
}
