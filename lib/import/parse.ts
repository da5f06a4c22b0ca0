import ExcelJS from "exceljs";
import { spreadsheetDayText } from "@/lib/domain/quarters";
import type { ParsedRow, ParsedSheet, Problem, SheetSpec } from "./spec";

/** The server's limits on an upload, said once (docs/decisions/082). */
export const IMPORT_LIMITS = {
  /** Bytes of the .xlsx file: well under the 10 MB a request body may carry through the proxy. */
  maxBytes: 5 * 1024 * 1024,
  /** Data rows over all sheets. */
  maxRows: 10_000,
  /** Characters read from one cell; anything longer is refused by the row schema's own maximum. */
  maxCellChars: 2_000,
} as const;

export class ImportFileError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/** A header as compared: Unicode NFC, lower case, single spaces, no required-marker "*". */
export function normaliseHeader(text: string): string {
  return text.normalize("NFC").replace(/\*/g, "").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

/**
 * A cell as text, whatever exceljs made of it: a number as typed (no thousands separator), a date as
 * dd/MM/yyyy, rich text joined, a formula's cached result, a hyperlink's text; errors read as empty.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    return spreadsheetDayText(value);
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => String(r?.text ?? "")).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined || (typeof result === "object" && result !== null && "error" in result) ? "" : cellText(result);
    }
    if ("hyperlink" in value) return cellText((value as { text?: ExcelJS.CellValue }).text ?? "");
    if ("text" in value) return cellText((value as { text?: ExcelJS.CellValue }).text ?? "");
  }
  return "";
}

/** A cell's text as a row schema receives it: NFC, trimmed, without control characters, at most maxCellChars. */
export function cleanCell(value: ExcelJS.CellValue): string {
  return cellText(value)
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/[\r\n\t]+/g, " ")
    .trim()
    .slice(0, IMPORT_LIMITS.maxCellChars + 1);
}

/** Reads a workbook; anything that is not one is a file problem, never an exception of ours. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) {
    throw new ImportFileError({ code: "fileTooLarge", params: { mb: IMPORT_LIMITS.maxBytes / 1024 / 1024 } });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError({ code: "notAWorkbook" });
  }
  return workbook;
}

function findSheet(workbook: ExcelJS.Workbook, title: string): ExcelJS.Worksheet | undefined {
  const wanted = normaliseHeader(title);
  return workbook.worksheets.find((w) => normaliseHeader(w.name) === wanted);
}

/**
 * Reads the sheets a workbook should hold into rows with their problems: the first row holds the headers
 * (in any order; unknown ones are ignored), every later row that is not wholly empty is a data row read by
 * the sheet's schema. A sheet that is absent reads as empty (a file may carry only units); a required column
 * missing from a present sheet is a problem of the sheet. More rows than the limit is a file problem.
 */
export function readSheets(workbook: ExcelJS.Workbook, specs: readonly SheetSpec[]): ParsedSheet<unknown>[] {
  let total = 0;
  return specs.map((spec) => {
    const sheet = findSheet(workbook, spec.title);
    if (!sheet) return { key: spec.key, found: false, rows: [], problems: [] };
    const byHeader = new Map(spec.columns.map((c) => [normaliseHeader(c.header), c.key]));
    const columnOf = new Map<number, string>();
    sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
      const key = byHeader.get(normaliseHeader(cleanCell(cell.value)));
      if (key && ![...columnOf.values()].includes(key)) columnOf.set(col, key);
    });
    const present = new Set(columnOf.values());
    const problems: Problem[] = spec.columns
      .filter((c) => c.required && !present.has(c.key))
      .map((c) => ({ column: c.key, code: "missingColumn", params: { header: c.header } }));
    if (problems.length > 0) return { key: spec.key, found: true, rows: [], problems };

    const rows: ParsedRow<unknown>[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Record<string, string> = Object.fromEntries(spec.columns.map((c) => [c.key, ""]));
      for (const [col, key] of columnOf) cells[key] = cleanCell(row.getCell(col).value);
      if (Object.values(cells).every((v) => v === "")) continue;
      if (++total > IMPORT_LIMITS.maxRows) {
        throw new ImportFileError({ code: "tooManyRows", params: { max: IMPORT_LIMITS.maxRows } });
      }
      rows.push(parseRow(spec, r, cells));
    }
    return { key: spec.key, found: true, rows, problems: [] };
  });
}

/** One row through its schema: the issues become problems on their columns (message = problem code). */
export function parseRow<T>(spec: SheetSpec, row: number, cells: Record<string, string>): ParsedRow<T> {
  const parsed = spec.schema.safeParse(cells);
  if (parsed.success) return { row, cells, data: parsed.data as T, problems: [] };
  const problems: Problem[] = parsed.error.issues.map((issue) => {
    const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    const params: Record<string, number> = {};
    if ("maximum" in issue) params.max = Number(issue.maximum);
    return { column, code: /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid", params };
  });
  return { row, cells, data: null, problems };
}
