/**
 * A timestamp read out of json_build_object / json_agg: PostgreSQL writes a timestamp(3) column there
 * without a zone, and the column holds UTC (as Prisma stores it). Null stays null.
 */
export function jsonTimestamp(value: string): Date;
export function jsonTimestamp(value: string | null): Date | null;
export function jsonTimestamp(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}Z`);
}
