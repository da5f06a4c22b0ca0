export type BarDatum = {
  label: string;
  value: number;
  color?: string;
  /** The value as written next to its bar. */
  display?: string;
  /** Left out on a phone (e.g. the older quarters of a long round). */
  phoneHidden?: boolean;
};

/**
 * Each bar's length as a percentage of the longest (0–100, one decimal), so that the longest bar fills its row.
 * A chart of zeros (or of nothing) draws no bars rather than dividing by zero.
 */
export function barPercents(values: readonly number[]): number[] {
  const max = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  return values.map((v) => (max > 0 && Number.isFinite(v) && v > 0 ? Math.round((v / max) * 1000) / 10 : 0));
}

/**
 * A bar chart drawn on the server: one row a bar, its label in plain text on the left (it wraps, so long
 * Vietnamese labels never overlap or get cut off at any width), the bar as an SVG rectangle whose width is a
 * percentage (no inline style, no script: nothing to download or run in the browser), the value on the right.
 * Every chart on the site sits next to a table of the same numbers, which is what screen readers and
 * printouts use, so the drawing itself is hidden from assistive technology and holds nothing focusable.
 */
export function BarChart({ data }: { data: BarDatum[] }) {
  const widths = barPercents(data.map((d) => d.value));
  return (
    <div aria-hidden className="mb-3" data-testid="chart">
      <ul className="space-y-1">
        {data.map((d, i) => (
          <li key={i} className={d.phoneHidden ? "bar-row max-sm:hidden" : "bar-row"}>
            <span className="leading-tight" data-testid="chart-label">
              {d.label}
            </span>
            <svg className="h-3.5 w-full sm:h-4" focusable="false" preserveAspectRatio="none">
              <rect x="0" y="0" width="100%" height="100%" rx="2" fill="#f1f5f9" />
              {widths[i]! > 0 && <rect x="0" y="0" width={`${widths[i]}%`} height="100%" rx="2" fill={d.color ?? "#b42318"} />}
            </svg>
            <span className="text-right tabular-nums text-slate-900">{d.display ?? d.value}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
