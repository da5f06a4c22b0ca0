import ExcelJS from "exceljs";
import type { ColumnSpec } from "@/lib/import/spec";
import { ACCOUNT_SHEET, CADRE_SHEET, UNIT_SHEET } from "@/lib/validation/import";

type Cells = Record<string, string>;
export type ImportRows = { units?: Cells[]; cadres?: Cells[]; accounts?: Cells[] };

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

/**
 * A province's spreadsheets: `units` communes under `parentCode` (each an assigning body, with an office),
 * `cadres` cadres spread over them and an account for each, all codes starting with `prefix`.
 */
export function provinceRows(prefix: string, parentCode: string, sizes: { units: number; cadres: number; accounts: number }): ImportRows {
  const units: Cells[] = [];
  for (let i = 0; i < sizes.units; i++) {
    units.push({ code: `${prefix}-X${i}`, name: `Đảng ủy xã Thử ${prefix} ${i}`, kind: "Cấp ủy", parentCode, isAssigningBody: "Có" });
  }
  const communes = units.length ? units.map((u) => u.code!) : [parentCode];
  const cadres: Cells[] = [];
  for (let i = 0; i < sizes.cadres; i++) {
    const unit = communes[i % communes.length]!;
    cadres.push({
      code: `${prefix}-CB${i}`,
      fullName: `Nguyễn Văn Thử ${i}`,
      positionTitle: i % 2 ? "Chủ tịch UBND xã" : "Bí thư Đảng ủy xã",
      unitCode: unit,
      managedByCode: parentCode,
      group: "Bí thư, Chủ tịch cấp xã",
      headsUnit: i % 2 ? "Không" : "Có",
    });
  }
  const accounts: Cells[] = [];
  for (let i = 0; i < sizes.accounts; i++) {
    const cadre = cadres[i % Math.max(cadres.length, 1)];
    accounts.push({
      username: `${prefix.toLowerCase()}.u${i}`,
      fullName: cadre?.fullName ?? `Người dùng ${i}`,
      email: `${prefix.toLowerCase()}.u${i}@tinh.gov.vn`,
      cadreCode: i < cadres.length ? cadre!.code! : "",
      roles: i < cadres.length ? "Cán bộ được giao việc" : "Đầu mối theo dõi",
      scopeUnitCode: i < cadres.length ? cadre!.unitCode! : parentCode,
    });
  }
  return { units, cadres, accounts };
}
