import ExcelJS from "exceljs";
import { DECISION_SHEET_TITLE } from "@/lib/validation/decision-import";

/**
 * The downloaded template filled as a committee would: the example row replaced by `rows` (cells in the
 * template's column order: cadre code, name, supervisor's username, then baseline and target per target).
 */
export async function fillDecisionTemplate(template: Uint8Array, rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(DECISION_SHEET_TITLE)!;
  sheet.spliceRows(2, 1);
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 2);
    cells.forEach((v, j) => (row.getCell(j + 1).value = v));
    row.commit();
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
