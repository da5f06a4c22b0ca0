"use client";

import { useState } from "react";
import { Bar, BarChart as RechartsBarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarDatum = { label: string; value: number; color?: string };

/** Below this width a chart draws its bars across, its labels on the left and wrapped, so that none overlap. */
const NARROW = 480;
const ROW = 34;

/** Splits a label into lines of at most `max` characters, at spaces (a word longer than that stays whole). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [""];
}

/** A category label on the left axis, wrapped onto lines and centred on its bar. */
function WrappedTick({ x, y, payload, maxChars }: { x?: number; y?: number; payload?: { value: string }; maxChars: number }) {
  const lines = wrapLabel(String(payload?.value ?? ""), maxChars);
  return (
    <text x={x} y={y} textAnchor="end" fontSize={11} fill="#334155">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${-(lines.length - 1) * 0.6 + 0.35}em` : "1.2em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A bar chart for the eye; every chart on the site sits next to a table of the same numbers, which is what
 * screen readers and printouts use, so the drawing itself is hidden from assistive technology and takes no
 * focus (Recharts' keyboard layer is off). On a narrow screen the bars run across with their labels wrapped on
 * the left, one row per bar, so that long Vietnamese labels never overlap.
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
  const [width, setWidth] = useState<number | null>(null);
  const narrow = width !== null && width < NARROW;
  const across = horizontal || narrow;
  const labelWidth = narrow ? Math.min(128, Math.round((width ?? 320) * 0.38)) : 160;
  const chartHeight = narrow ? Math.max(96, data.length * ROW + 32) : height;
  return (
    // Hidden from screen readers and inert, so nothing inside (the chart's own keyboard layer, its tooltip)
    // can take focus while unseen by assistive technology.
    <div aria-hidden inert className="w-full" style={{ height: chartHeight }} data-testid="chart">
      <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
        <RechartsBarChart
          data={data}
          layout={across ? "vertical" : "horizontal"}
          margin={{ left: across ? 4 : 0, right: 16, top: 4, bottom: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {across ? (
            <>
              <XAxis type="number" allowDecimals={false} fontSize={11} />
              <YAxis
                type="category"
                dataKey="label"
                width={labelWidth}
                interval={0}
                tick={<WrappedTick maxChars={Math.max(8, Math.floor(labelWidth / 6.5))} />}
              />
            </>
          ) : (
            <>
              <XAxis dataKey="label" fontSize={12} interval={0} />
              <YAxis allowDecimals={false} fontSize={12} />
            </>
          )}
          <Tooltip />
          <Bar dataKey="value" isAnimationActive={false} barSize={across ? 18 : undefined}>
            {data.map((d, i) => (
              <Cell key={i} fill={d.color ?? "#b42318"} />
            ))}
          </Bar>
        </RechartsBarChart>
      </ResponsiveContainer>
    </div>
  );
}
