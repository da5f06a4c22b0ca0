// The load benchmark's arithmetic, pure so that it is tested: per-route figures from the samples, the goals,
// and the last line `npm run bench:load` prints (issue 15, item 4).

/** The goals on one 2-core machine at 15k tasks. */
export const LOAD_GOALS = { mixedRps: 60, mixedP95Ms: 300, errors: 0, homeRps: 100, dashboardRps: 40 } as const;

export type RouteFigures = {
  label: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
};

/** Nearest-rank percentile of ascending samples; 0 when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One route's throughput and latency over a phase of `seconds`. */
export function routeFigures(label: string, samplesMs: readonly number[], errors: number, seconds: number): RouteFigures {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    label,
    requests: sorted.length,
    errors,
    rps: seconds > 0 ? sorted.length / seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

export type LoadResult = { mixedRps: number; p95Ms: number; errors: number; homeRps: number; dashboardRps: number };

/** The goals a result misses, in words; none when it meets them all. */
export function missedGoals(r: LoadResult, goals = LOAD_GOALS): string[] {
  const missed: string[] = [];
  if (r.mixedRps < goals.mixedRps) missed.push(`mixed ${r.mixedRps.toFixed(1)} rps < ${goals.mixedRps}`);
  if (r.p95Ms > goals.mixedP95Ms) missed.push(`mixed p95 ${Math.round(r.p95Ms)} ms > ${goals.mixedP95Ms}`);
  if (r.errors > goals.errors) missed.push(`${r.errors} errors`);
  if (r.homeRps < goals.homeRps) missed.push(`cadre home ${r.homeRps.toFixed(1)} rps < ${goals.homeRps}`);
  if (r.dashboardRps < goals.dashboardRps) missed.push(`dashboard ${r.dashboardRps.toFixed(1)} rps < ${goals.dashboardRps}`);
  return missed;
}

/** The last line: `LOAD mixed_rps=<n> p95_ms=<n> errors=<n> home_rps=<n> dashboard_rps=<n>`. */
export function loadLine(r: LoadResult): string {
  const one = (n: number) => (Math.round(n * 10) / 10).toString();
  return `LOAD mixed_rps=${one(r.mixedRps)} p95_ms=${Math.round(r.p95Ms)} errors=${r.errors} home_rps=${one(r.homeRps)} dashboard_rps=${one(r.dashboardRps)}`;
}

/** A table line per route, as printed after each phase. */
export function formatRoute(f: RouteFigures): string {
  const ms = (n: number) => `${Math.round(n)}`.padStart(6);
  return `  ${f.label.padEnd(40)} ${String(f.requests).padStart(6)} req  ${f.rps.toFixed(1).padStart(6)} rps  p50 ${ms(f.p50)} ms  p95 ${ms(f.p95)} ms  p99 ${ms(f.p99)} ms${f.errors ? `  ${f.errors} errors` : ""}`;
}
