"use client";

import {
  type ColumnDef,
  type SortingState,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { createSerializer, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs";
import { type ReactNode, useMemo } from "react";

/**
 * The one table of the app, on TanStack Table (headless) with the sorting done by the server: the page reads
 * `sort`/`dir` from its URL, the data layer sorts in SQL through a whitelist, and this component only shows
 * which column is sorted and links each sortable header to the URL of the next sort (a link, so it works before
 * the page's script has loaded and survives a reload).
 *
 * On a phone, a table whose columns name a `phone` role shows each row as one compact line (title, status, one
 * key figure) instead of a stacked card; any other table keeps its columns and scrolls sideways in a region
 * reachable by keyboard (see globals.css).
 */
export type DataColumn = {
  id: string;
  header: string;
  /** Sortable: the key the data layer's whitelist knows this column by. */
  sortKey?: string;
  /** The direction a first click sorts in (dates and figures: newest or largest first). */
  firstDir?: "asc" | "desc";
  align?: "right";
  className?: string;
  /** Shown on a phone's compact row as its title, its status, or its one key figure; other cells are hidden there. */
  phone?: "title" | "status" | "figure";
  /** The header is read by screen readers only (an actions column). */
  srOnlyHeader?: boolean;
};

export type DataRow = {
  id: string;
  testId?: string;
  /** Left out on a phone (a long ranking shows its first rows there, the rest one link away). */
  phoneHidden?: boolean;
  /** Data attributes of the row (e.g. an import preview's outcome, which its tests and styles read). */
  attributes?: Record<`data-${string}`, string>;
  cells: Record<string, ReactNode>;
};

export type TableSort = { key: string; dir: "asc" | "desc" };

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, DataRow>();

/** The table's query parameters, written with nuqs's serializer so that the other parameters are kept. */
const serialize = createSerializer({
  sort: parseAsString,
  dir: parseAsStringLiteral(["asc", "desc"] as const),
  page: parseAsInteger,
});

export function DataTable({
  caption,
  columns,
  rows,
  sort,
  testId,
}: {
  caption: string;
  columns: DataColumn[];
  rows: DataRow[];
  /** The sort the rows were read in (from the data layer); omitted for a table that does not sort. */
  sort?: TableSort;
  testId?: string;
}) {
  const t = useTranslations("table");
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tableColumns = useMemo(
    () =>
      columns.map((c) =>
        helper.accessor((row) => row.cells[c.id], {
          id: c.sortKey ?? c.id,
          header: c.header,
          enableSorting: !!c.sortKey,
          sortDescFirst: c.firstDir === "desc",
          cell: (info) => info.getValue() as ReactNode,
          meta: c,
        }),
      ) as ColumnDef<typeof features, DataRow>[],
    [columns],
  );
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: sort.key, desc: sort.dir === "desc" }] : []), [sort]);
  const table = useTable({
    features,
    columns: tableColumns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting },
  });
  const compact = columns.some((c) => c.phone);
  const hrefFor = (key: string, dir: "asc" | "desc") =>
    pathname + serialize(new URLSearchParams(searchParams.toString()), { sort: key, dir, page: null });

  return (
    <div
      className={compact ? "-mx-4 sm:mx-0 sm:overflow-x-auto" : "overflow-x-auto"}
      // A table wider than the screen scrolls (a compact one from the width of a tablet up); the region takes
      // focus so that a keyboard can scroll it too.
      tabIndex={0}
      role="region"
      aria-label={t("scrollRegion", { caption })}
    >
      <table
        className="data-table min-w-full divide-y divide-slate-200 text-sm"
        data-compact={compact ? "" : undefined}
        data-testid={testId}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = columns.find((c) => (c.sortKey ?? c.id) === header.column.id)!;
                const sorted = header.column.getIsSorted();
                const next = header.column.getNextSortingOrder();
                const label = meta.header;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    // The cells' common classes are in app/globals.css (.data-table th, td): they repeat on every row.
                    className={`${meta.align === "right" ? "text-right" : ""} ${meta.className ?? ""}`.trim() || undefined}
                  >
                    {meta.srOnlyHeader ? (
                      <span className="sr-only">{label}</span>
                    ) : header.column.getCanSort() && next ? (
                      <Link
                        href={hrefFor(header.column.id, next)}
                        scroll={false}
                        className="inline-flex items-center gap-1 uppercase underline decoration-slate-300 underline-offset-2 hover:text-brand-700"
                        data-testid={`sort-${header.column.id}`}
                        aria-label={`${t("sortBy", { column: label })}${
                          sorted ? `, ${t(sorted === "asc" ? "sortedAscending" : "sortedDescending")}` : ""
                        }`}
                      >
                        {label}
                        <span aria-hidden className="text-[10px]">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              {...row.original.attributes}
              data-testid={row.original.testId}
              data-phone-hidden={row.original.phoneHidden ? "" : undefined}
            >
              {row.getAllCells().map((cell) => {
                const meta = columns.find((c) => (c.sortKey ?? c.id) === cell.column.id)!;
                return (
                  <td
                    key={cell.id}
                    data-phone={meta.phone}
                    className={`${meta.align === "right" ? "num" : ""} ${meta.className ?? ""}`.trim() || undefined}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600">{children}</p>;
}

/** Hidden inputs for a list's filter form, so that filtering keeps the chosen sort and page size. */
export function KeepTableParams({ sort, dir, size }: { sort?: string; dir?: string; size?: number }) {
  return (
    <>
      {sort && <input type="hidden" name="sort" value={sort} />}
      {dir && <input type="hidden" name="dir" value={dir} />}
      {size && <input type="hidden" name="size" value={size} />}
    </>
  );
}
