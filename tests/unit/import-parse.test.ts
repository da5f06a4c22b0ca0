import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellText, cleanCell, IMPORT_LIMITS, loadWorkbook, normaliseHeader, parseRow, readSheets } from "@/lib/import/parse";
import { ADMIN_IMPORT_SHEETS, UNIT_SHEET } from "@/lib/validation/import";

describe("the row parser on junk cells", () => {
  it("never throws, and either reads a row or names its problems on the sheet's columns", () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom(
        "",
        " ",
        "Có",
        "Không",
        "x",
        "Cấp ủy",
        "PARTY_COMMITTEE",
        "ADMIN, CADRE",
        "a@b.vn",
        "__proto__",
        "constructor",
      ),
      fc.string({ unit: "grapheme", maxLength: 50 }),
    );
    for (const spec of ADMIN_IMPORT_SHEETS) {
      const keys = spec.columns.map((c) => c.key);
      fc.assert(
        fc.property(fc.tuple(...keys.map(() => junk)), (values) => {
          const cells = Object.fromEntries(keys.map((k, i) => [k, values[i]!.trim()]));
          const row = parseRow(spec, 2, cells);
          if (row.data === null) {
            expect(row.problems.length).toBeGreaterThan(0);
            for (const p of row.problems) {
              expect(p.column === undefined || (keys as string[]).includes(p.column)).toBe(true);
              expect(p.code).toMatch(/^[a-zA-Z]+$/);
            }
          } else expect(row.problems).toEqual([]);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("reads a row of the template's example values", () => {
    for (const spec of ADMIN_IMPORT_SHEETS) {
      const row = parseRow(spec, 2, Object.fromEntries(spec.columns.map((c) => [c.key, c.example])));
      expect(row.problems).toEqual([]);
    }
  });
});

describe("reading cells and sheets", () => {
  it("reads every kind of cell exceljs gives as text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(1500)).toBe("1500");
    expect(cellText(true)).toBe("Có");
    expect(cellText(new Date(Date.UTC(2026, 0, 5)))).toBe("05/01/2026");
    expect(cellText({ richText: [{ text: "Đảng ủy " }, { text: "xã" }] })).toBe("Đảng ủy xã");
    expect(cellText({ formula: "A1", result: "TU" } as ExcelJS.CellValue)).toBe("TU");
    expect(cellText({ formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue)).toBe("");
    expect(cellText({ text: "thư", hyperlink: "mailto:a@b.vn" })).toBe("thư");
    expect(cleanCell(" Nguye\u0302\u0303n\u0000\nVăn ")).toBe("Nguyễn Văn");
    expect(cleanCell("x".repeat(10_000))).toHaveLength(IMPORT_LIMITS.maxCellChars + 1);
    expect(normaliseHeader("  Mã  ĐƠN VỊ * ")).toBe("mã đơn vị");
  });

  it("finds the headers in any order, skips empty rows, and names a missing required column", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("ĐƠN VỊ");
    sheet.addRow(["Tên đơn vị *", "Ghi chú", "Mã đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên"]);
    sheet.addRow(["Xã A", "bỏ qua", "XA-A", "Xã, phường", "TU"]);
    sheet.addRow([]);
    sheet.addRow(["", "", "", "", ""]);
    sheet.addRow(["Xã B", "", "XA-B", "không có", "TU"]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const [units] = readSheets(await loadWorkbook(bytes), [UNIT_SHEET]);
    expect(units!.rows.map((r) => [r.row, r.data ? "ok" : r.problems.map((p) => `${p.column}:${p.code}`).join()])).toEqual([
      [2, "ok"],
      [5, "kind:unknownKind"],
    ]);
    expect(units!.rows[0]!.data).toEqual({
      code: "XA-A",
      name: "Xã A",
      kind: "COMMUNE",
      parentCode: "TU",
      isAssigningBody: false,
    });

    sheet.spliceColumns(3, 1);
    const without = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const [broken] = readSheets(await loadWorkbook(without), [UNIT_SHEET]);
    expect(broken!.problems).toEqual([{ column: "code", code: "missingColumn", params: { header: "Mã đơn vị" } }]);
  });
});
