"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { createSerializer, parseAsInteger, useQueryStates } from "nuqs";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "@/lib/validation/query";

const pageParams = { page: parseAsInteger, size: parseAsInteger };
const serialize = createSerializer(pageParams);

/** The page numbers to offer around the current one: the first, the last, and two either side; gaps as null. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

/**
 * Page numbers and a page-size choice, kept in the URL with the list's other parameters (its filters and sort):
 * the numbers are links (they work before the script loads); the size is a select that reloads the list's first
 * page through nuqs.
 */
export function Pagination({
  page,
  pageCount,
  total,
  size,
  sizeChoice = true,
}: {
  page: number;
  pageCount: number;
  total: number;
  size: number;
  /** Offer the page-size select (a list whose page size is fixed, such as /search's, does not). */
  sizeChoice?: boolean;
}) {
  const t = useTranslations("common");
  const tt = useTranslations("table");
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [, setQuery] = useQueryStates(pageParams, { shallow: false, scroll: false, history: "push" });
  const href = (p: number) => pathname + serialize(new URLSearchParams(searchParams.toString()), { page: p === 1 ? null : p });
  const box = "inline-flex min-w-10 justify-center rounded-md border px-3 py-2 text-sm";
  const link = `${box} border-slate-300 bg-white hover:bg-slate-100`;
  return (
    <nav
      className="mt-4 flex flex-wrap items-center justify-between gap-3"
      aria-label={tt("pagination")}
      data-testid="pagination"
    >
      <span className="text-sm text-slate-600" data-testid="page-of">
        {t("pageOf", { page, pageCount, total })}
      </span>
      <div className="flex flex-wrap items-center gap-3">
        {sizeChoice && (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            {tt("pageSize")}
            <select
              value={size}
              data-testid="page-size"
              onChange={(e) => {
                const next = Number(e.target.value);
                void setQuery({ size: next === DEFAULT_PAGE_SIZE ? null : next, page: null });
              }}
              className="rounded-md border border-slate-300 bg-white px-2 py-2 text-base sm:text-sm"
            >
              {PAGE_SIZES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        )}
        {pageCount > 1 && (
          <ul className="flex flex-wrap items-center gap-1">
            {page > 1 && (
              <li>
                <Link className={link} href={href(page - 1)} rel="prev">
                  {t("previous")}
                </Link>
              </li>
            )}
            {pageWindow(page, pageCount).map((p, i) =>
              p === null ? (
                <li key={`gap-${i}`} aria-hidden className="px-1 text-slate-500">
                  …
                </li>
              ) : (
                <li key={p}>
                  {p === page ? (
                    <span aria-current="page" className={`${box} border-brand-700 bg-brand-700 font-semibold text-white`}>
                      {p}
                    </span>
                  ) : (
                    <Link className={link} href={href(p)} aria-label={tt("page", { page: p })}>
                      {p}
                    </Link>
                  )}
                </li>
              ),
            )}
            {page < pageCount && (
              <li>
                <Link className={link} href={href(page + 1)} rel="next">
                  {t("next")}
                </Link>
              </li>
            )}
          </ul>
        )}
      </div>
    </nav>
  );
}
