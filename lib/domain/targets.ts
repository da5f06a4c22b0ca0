import type { Direction } from "./progress";

/**
 * Compares two decimals written canonically ("-12.5", "3", "0.0001": what `parseDecimalInput` returns, or a
 * Prisma Decimal's `toString()` without exponent). Exact, unlike `Number`, for the 14 + 4 digits a target
 * may carry. Returns -1, 0 or 1.
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [signA, intA, fracA] = split(a);
  const [signB, intB, fracB] = split(b);
  const zeroA = /^0*$/.test(intA + fracA);
  const zeroB = /^0*$/.test(intB + fracB);
  if (zeroA && zeroB) return 0;
  const sa = zeroA ? 0 : signA;
  const sb = zeroB ? 0 : signB;
  if (sa !== sb) return sa < sb ? -1 : 1;
  const width = Math.max(intA.length, intB.length);
  const frac = Math.max(fracA.length, fracB.length);
  const ma = intA.padStart(width, "0") + fracA.padEnd(frac, "0");
  const mb = intB.padStart(width, "0") + fracB.padEnd(frac, "0");
  const magnitude = ma === mb ? 0 : ma < mb ? -1 : 1;
  return (magnitude * sa) as -1 | 0 | 1;
}

/** Whether `value` is written as `compareDecimals` reads it. */
export function isCanonicalDecimal(value: unknown): value is string {
  return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim());
}

function split(value: string): [1 | -1, string, string] {
  const s = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new RangeError(`not a canonical decimal: ${value}`);
  const negative = s.startsWith("-");
  const [int = "", frac = ""] = (negative ? s.slice(1) : s).split(".");
  return [negative ? -1 : 1, int.replace(/^0+/, ""), frac.replace(/0+$/, "")];
}

export type TargetDirectionCheck = {
  /** Where the indicator stands today; when unknown there is nothing to contradict. */
  baseline: string | null;
  target: string;
  direction: Direction;
};

/**
 * Why a target contradicts its direction, as a message key under "validation.", or null when it does not.
 * An increase must end above where it starts and a decrease below; otherwise the target is "reached" on the
 * day it is set and its progress reads 0 % forever. REACH (attain a count, a rating) has no such rule.
 */
export function targetDirectionProblem({ baseline, target, direction }: TargetDirectionCheck): string | null {
  if (baseline === null || direction === "REACH") return null;
  const order = compareDecimals(target, baseline);
  if (direction === "INCREASE" && order <= 0) return "targetNotAboveBaseline";
  if (direction === "DECREASE" && order >= 0) return "targetNotBelowBaseline";
  return null;
}
