import ExcelJS from "exceljs";
import type { SheetSpec } from "./spec";

const FONT = "Times New Roman";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
const LISTS_SHEET = "Danh mục";
/** How many rows below the headers carry the drop-downs. */
const TEMPLATE_ROWS = 1_000;
const REQUIRED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE68A" } };

/**
 * The downloadable template: an instructions sheet first, then one sheet per kind with its headers
 * (required ones marked "*" and shaded) and one example row. Cells are text (format "@"), so that a code
 * such as 001 keeps its zeros.
 */
export async function buildTemplate(
  specs: readonly SheetSpec[],
  instructions: { title: string; lines: string[] },
  lists: Record<string, string[]> = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Việc đột phá";
  workbook.created = new Date();

  const help = workbook.addWorksheet(instructions.title);
  help.getColumn(1).width = 110;
  help.addRow([instructions.title]).font = { name: FONT, size: 14, bold: true };
  for (const line of instructions.lines) {
    const row = help.addRow([line]);
    row.font = { name: FONT, size: 12 };
    row.alignment = { wrapText: true, vertical: "top" };
  }

  // The closed lists, one column each, on a hidden sheet the drop-downs refer to.
  const listRanges = new Map<string, string>();
  const listEntries = Object.entries(lists).filter(([, values]) => values.length > 0);
  if (listEntries.length > 0) {
    const listSheet = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
    listEntries.forEach(([key, values], i) => {
      const column = listSheet.getColumn(i + 1);
      column.values = [key, ...values];
      listRanges.set(key, `'${LISTS_SHEET}'!$${column.letter}$2:$${column.letter}$${values.length + 1}`);
    });
  }

  for (const spec of specs) {
    const sheet = workbook.addWorksheet(spec.title, { views: [{ state: "frozen", ySplit: 1 }] });
    spec.columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.width ?? 22;
      column.numFmt = "@";
    });
    const header = sheet.addRow(spec.columns.map((c) => (c.required ? `${c.header} *` : c.header)));
    header.eachCell((cell, col) => {
      cell.font = { name: FONT, size: 12, bold: true };
      cell.fill = spec.columns[col - 1]!.required ? REQUIRED_FILL : HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: "middle" };
    });
    const example = sheet.addRow(spec.columns.map((c) => c.example));
    example.font = { name: FONT, size: 12 };
    // A choice from a closed list (a kind, a group, yes/no) is a drop-down on the next rows, read from the
    // lists sheet (an inline list cannot hold labels with commas, such as "Sở, ngành").
    spec.columns.forEach((c, i) => {
      const range = listRanges.get(`${spec.key}.${c.key}`);
      if (!range) return;
      const letter = sheet.getColumn(i + 1).letter;
      for (let r = 2; r <= TEMPLATE_ROWS; r++) {
        sheet.getCell(`${letter}${r}`).dataValidation = { type: "list", allowBlank: true, formulae: [range] };
      }
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
