import type { ReactNode } from "react";

/**
 * A table; on a phone its rows stack as cards, each cell under its column's name (see globals.css). A wide
 * table scrolls sideways in its box, which the keyboard can reach (tabIndex 0) and a screen reader names.
 */
export function Table({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <div
      className="-mx-4 focus-visible:outline-2 sm:mx-0 sm:overflow-x-auto"
      tabIndex={0}
      role={caption ? "region" : undefined}
      aria-label={caption}
    >
      <table className="responsive-table min-w-full divide-y divide-slate-200 text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className = "" }: { children?: ReactNode; className?: string }) {
  return (
    <th scope="col" className={className || undefined}>
      {children}
    </th>
  );
}

/** `label` names the column again for the stacked phone layout. */
export function Td({ children, className = "", label }: { children?: ReactNode; className?: string; label?: string }) {
  return (
    <td data-label={label} className={className || undefined}>
      {children}
    </td>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600">{children}</p>;
}
