export const PAGE_SIZE = 20;

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

/** A 1-based page number from a query-string value; anything else is page 1. */
export function pageNumber(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export function pageArgs(page: number, size = PAGE_SIZE) {
  return { skip: (page - 1) * size, take: size };
}

export function toPage<T>(items: T[], total: number, page: number, size = PAGE_SIZE): Page<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}
