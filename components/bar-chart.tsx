"use client";

import { Bar, BarChart as RechartsBarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarDatum = { label: string; value: number; color?: string };

/**
 * A bar chart for the eye; every chart on the site sits next to a table of the same numbers, which is what
 * screen readers and printouts use, so the drawing itself is hidden from assistive technology.
 */
export function BarChart({
  data,
  height = 240,
  horizontal = false,
}: {
  data: BarDatum[];
  height?: number;
  horizontal?: boolean;
}) {
  return (
    // Hidden from screen readers and inert, so nothing inside (the chart's own keyboard layer, its tooltip)
    // can take focus while unseen by assistive technology.
    <div aria-hidden inert className="w-full" style={{ height }} data-testid="chart">
      <ResponsiveContainer width="100%" height="100%">
        <RechartsBarChart
          data={data}
          layout={horizontal ? "vertical" : "horizontal"}
          margin={{ left: horizontal ? 8 : 0, right: 16 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} fontSize={12} />
              <YAxis type="category" dataKey="label" width={160} fontSize={12} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" fontSize={12} interval={0} />
              <YAxis allowDecimals={false} fontSize={12} />
            </>
          )}
          <Tooltip />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((d, i) => (
              <Cell key={i} fill={d.color ?? "#b42318"} />
            ))}
          </Bar>
        </RechartsBarChart>
      </ResponsiveContainer>
    </div>
  );
}
