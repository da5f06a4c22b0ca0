import ExcelJS from "exceljs";
import type { ColumnSpec } from "@/lib/import/spec";
import { ACCOUNT_SHEET, CADRE_SHEET, UNIT_SHEET } from "@/lib/validation/import";

import type { ImportRows } from "./import-rows";

export { provinceRows, type ImportRows } from "./import-rows";

/** An .xlsx file as an administrator fills in the template: the sheets' headers, then the rows given. */
export async function importWorkbook(rows: ImportRows): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  for (const [spec, list] of [
    [UNIT_SHEET, rows.units],
    [CADRE_SHEET, rows.cadres],
    [ACCOUNT_SHEET, rows.accounts],
  ] as const) {
    if (!list) continue;
    const sheet = workbook.addWorksheet(spec.title);
    sheet.addRow(spec.columns.map((c: ColumnSpec) => (c.required ? `${c.header} *` : c.header)));
    for (const r of list) sheet.addRow(spec.columns.map((c) => r[c.key] ?? ""));
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
