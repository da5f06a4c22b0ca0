import type { ReactNode } from "react";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger";

// The classes are in app/globals.css (.badge, .badge-<tone>): a list shows one on every row.

/** A status always shows its words; the colour only repeats them. */
export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
