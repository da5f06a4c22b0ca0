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

/** One bar, `percent` (0–100) of its box filled. Styles (.bar, .bar-row, .bar-cell) are in app/globals.css. */
function BarShape({ percent, color = "#b42318" }: { percent: number; color?: string }) {
  return (
    <svg className="bar" aria-hidden focusable="false">
      <rect width="100%" height="100%" rx="2" fill="#f1f5f9" />
      {percent > 0 && <rect width={`${percent}%`} height="100%" rx="2" fill={color} />}
    </svg>
  );
}

/**
 * A number in a table's cell with a bar drawn beside it, the bar hidden from assistive technology (the number
 * is what it reads): a table and its chart in one, for a long list where both would double the page.
 */
export function BarCell({ percent, color, children }: { percent: number; color?: string; children: React.ReactNode }) {
  return (
    <span className="bar-cell">
      <BarShape percent={percent} color={color} />
      {children}
    </span>
  );
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
            <span data-testid="chart-label">{d.label}</span>
            <BarShape percent={widths[i]!} color={d.color} />
            <span>{d.display ?? d.value}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
