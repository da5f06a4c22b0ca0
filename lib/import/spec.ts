import type { z } from "zod";

/**
 * The small spreadsheet-import framework (docs/decisions/082): a sheet is described once — its Vietnamese
 * title, its columns with Vietnamese headers and an example value, and a zod schema for one row — and the same
 * description builds the downloadable template, reads an uploaded workbook into rows with their problems, and
 * labels the preview. What a row means for the database (create, update, unchanged, refused) is the caller's
 * business (lib/dal/…); this folder knows nothing of Prisma or Next.
 */

export type ColumnSpec<K extends string = string> = {
  key: K;
  /** The header in the template and the one looked for in an upload (case, spaces and a trailing "*" aside). */
  header: string;
  required?: boolean;
  /** The template's example row. */
  example: string;
  /** Width in characters in the template. */
  width?: number;
};

export type SheetSpec<K extends string = string, S extends z.ZodType = z.ZodType> = {
  /** A stable key, used in problem lists and counts. */
  key: string;
  /** The worksheet's title in the template and in an upload. */
  title: string;
  columns: readonly ColumnSpec<K>[];
  /** Reads one row's cells (every cell a trimmed string, "" when empty) into a typed row. */
  schema: S;
};

/** A problem with one cell (column set) or with the whole row; `code` is a key under "import.problems.". */
export type Problem = { column?: string; code: string; params?: Record<string, string | number> };

/** One data row of a sheet as read: its 1-based row number in the worksheet, its cells, and what was wrong. */
export type ParsedRow<T> = {
  row: number;
  cells: Record<string, string>;
  /** The row as the schema read it; null when the schema refused it. */
  data: T | null;
  problems: Problem[];
};

export type ParsedSheet<T> = { key: string; found: boolean; rows: ParsedRow<T>[]; problems: Problem[] };

/** What a committed or previewed row does. */
export type Outcome = "create" | "update" | "unchanged" | "refused";
export const OUTCOMES: readonly Outcome[] = ["create", "update", "unchanged", "refused"];

export type Counts = Record<Outcome, number>;
export const noCounts = (): Counts => ({ create: 0, update: 0, unchanged: 0, refused: 0 });

/** One row of the preview: where it is, what it is (its key, e.g. a unit code), what it will do and why not. */
export type PreviewRow = { sheet: string; row: number; key: string; label: string; outcome: Outcome; problems: Problem[] };

export type Preview = {
  /** Problems with the file itself (not a workbook, too many rows, a sheet missing a required column). */
  fileProblems: Problem[];
  counts: Record<string, Counts>;
  rows: PreviewRow[];
  /** Whether the file may be committed: no file problem and no refused row. */
  committable: boolean;
};

export type SheetOf<T extends SheetSpec> = T extends SheetSpec<string, infer S> ? z.output<S> : never;

/** Builds a preview from rows already classified; refused rows are those with a problem. */
export function toPreview(fileProblems: Problem[], sheets: readonly string[], rows: PreviewRow[]): Preview {
  const counts: Record<string, Counts> = Object.fromEntries(sheets.map((s) => [s, noCounts()]));
  for (const r of rows) (counts[r.sheet] ??= noCounts())[r.outcome] += 1;
  const refused = rows.some((r) => r.outcome === "refused");
  return { fileProblems, counts, rows, committable: fileProblems.length === 0 && !refused };
}
