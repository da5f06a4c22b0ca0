import { DEFAULT_PAGE_SIZE, MAX_PAGE, PAGE_SIZES } from "@/lib/validation/query";

export const PAGE_SIZE = DEFAULT_PAGE_SIZE;

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number; size: number };

/**
 * A page size the lists accept: one of `PAGE_SIZES` (10 to 100 rows), whatever a caller passes, so no URL or
 * caller can ask for an unbounded page.
 */
export function pageSizeOf(size?: number): number {
  return size !== undefined && (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZE;
}

/** A page number the lists accept: 1 to `MAX_PAGE`; anything else reads as the first page. */
export function pageNumberOf(page: number): number {
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
}

export function pageArgs(page: number, size = PAGE_SIZE) {
  const s = pageSizeOf(size);
  return { skip: (pageNumberOf(page) - 1) * s, take: s };
}

export function toPage<T>(items: T[], total: number, page: number, size = PAGE_SIZE): Page<T> {
  const s = pageSizeOf(size);
  return { items, total, page: pageNumberOf(page), pageCount: Math.max(1, Math.ceil(total / s)), size: s };
}

export type SortDir = "asc" | "desc";

/**
 * A list's sortable columns: each key names an `orderBy` built by the data layer for a direction, and the
 * first direction a column sorts in when it is chosen. The keys are the whole whitelist: a key from a URL is
 * looked up here, never passed to Prisma.
 */
export type SortWhitelist<O> = Record<string, { order: (dir: SortDir) => O; firstDir?: SortDir }>;

/** A list's sort as the page reads it: the key and direction actually applied (the fallback when unknown). */
export type AppliedSort = { key: string; dir: SortDir };

/**
 * The `orderBy` for a sort key and direction from the URL: an unknown key (or one inherited from the object
 * prototype, such as "constructor") sorts by `fallback`, an unknown direction by the column's first direction.
 * Callers append a unique tiebreaker so that pages never overlap.
 */
export function sortOrder<O>(
  whitelist: SortWhitelist<O>,
  sort: { sort?: string; dir?: string },
  fallback: AppliedSort,
): { orderBy: O; applied: AppliedSort } {
  const known = typeof sort.sort === "string" && Object.hasOwn(whitelist, sort.sort);
  const key = known ? (sort.sort as string) : fallback.key;
  const column = whitelist[key];
  if (!column) throw new Error(`The fallback sort "${fallback.key}" is not in the list's whitelist`);
  const dir: SortDir = sort.dir === "asc" || sort.dir === "desc" ? sort.dir : known ? (column.firstDir ?? "asc") : fallback.dir;
  return { orderBy: column.order(dir), applied: { key, dir } };
}

/** A page of a sortable list, with the sort it was read in (for the column headers). */
export type SortedPage<T> = Page<T> & { sort: AppliedSort };

export function withSort<T>(sort: AppliedSort, page: Page<T>): SortedPage<T> {
  return { ...page, sort };
}

/** What a sortable list takes: the page, its size and the sort, as any caller may pass them (checked here). */
export type ListParams = { page: number; size?: number; sort?: string; dir?: string };
