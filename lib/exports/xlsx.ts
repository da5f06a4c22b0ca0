import ExcelJS from "exceljs";
import { targetProgress } from "@/lib/domain/progress";
import type { ProgressExport, TaskExport } from "@/lib/dal/exports";
import { calendarDay, type DocumentLabels } from "./labels";

type Column = { header: string; width: number; date?: boolean; number?: boolean; wrap?: boolean };

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF94A3B8" } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * A sheet laid out as the committees print it: a title and its scope on top, then a frozen, filterable
 * header row and one row per item; dates are real dates (dd/mm/yyyy), figures real numbers.
 */
function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  scope: string[],
  columns: Column[],
  rows: (string | number | Date | null)[][],
) {
  const headerRow = scope.length + 3;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 3 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  Object.assign(sheet.getCell(1, 1), {
    value: title,
    font: { name: FONT, size: 14, bold: true },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  });
  sheet.getRow(1).height = 36;
  scope.forEach((line, i) => {
    sheet.mergeCells(i + 2, 1, i + 2, columns.length);
    Object.assign(sheet.getCell(i + 2, 1), {
      value: line,
      font: { name: FONT, size: 11, italic: true },
      alignment: { horizontal: "center" },
    });
  });
  const header = sheet.getRow(headerRow);
  header.values = columns.map((c) => c.header);
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = BORDER;
  });
  rows.forEach((values, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    row.values = values.map((v) => (v instanceof Date ? calendarDay(v) : v));
    row.height = rowHeight(values, columns);
    columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.font = { name: FONT, size: 11 };
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: c.wrap ?? false, horizontal: c.number || c.date ? "right" : "left" };
      if (c.date) cell.numFmt = "dd/mm/yyyy";
      else if (c.number) cell.numFmt = "#,##0.####";
    });
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
  return sheet;
}

/**
 * Spreadsheet programs do not all grow a row to fit wrapped text on opening (LibreOffice does not), so each row
 * is given the height of its tallest cell: its lines, each as many as its length needs at the column's width.
 */
function rowHeight(values: unknown[], columns: Column[]) {
  const lines = values.map((v, j) =>
    typeof v === "string" && columns[j]?.wrap
      ? v.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (columns[j]!.width * 0.95))), 0)
      : 1,
  );
  return Math.max(...lines) * 15 + 3;
}

function scopeLines(data: Omit<TaskExport, "tasks"> & { tasks: unknown[] }, l: DocumentLabels, extra: string[] = []) {
  return [
    [
      l.t("exports.roundLine", { round: data.round.name }),
      data.unitName ? l.t("exports.unitLine", { unit: data.unitName }) : null,
      data.field ? l.t("exports.fieldLine", { field: l.t(`fields.${data.field}`) }) : null,
      l.t("exports.countLine", { count: data.tasks.length }),
    ]
      .filter(Boolean)
      .join(" · "),
    [...extra, l.t("exports.exportedLine", { date: l.date(new Date()) })].join(" · "),
  ];
}

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Việc đột phá";
  workbook.created = new Date();
  return workbook;
}

/** The compiled list of a round's assigned tasks, one row each. */
export async function taskListWorkbook(data: TaskExport, l: DocumentLabels): Promise<Buffer> {
  const c = (key: string) => l.t(`exports.col.${key}` as "exports.col.no");
  const workbook = newWorkbook();
  addTable(
    workbook,
    l.t("exports.sheetTasks"),
    l.t("exports.taskListTitle"),
    scopeLines(data, l),
    [
      { header: c("no"), width: 6, number: true },
      { header: c("code"), width: 16 },
      { header: c("task"), width: 44, wrap: true },
      { header: c("cadre"), width: 22, wrap: true },
      { header: c("position"), width: 26, wrap: true },
      { header: c("unit"), width: 26, wrap: true },
      { header: c("field"), width: 18, wrap: true },
      { header: c("kind"), width: 18, wrap: true },
      { header: c("targets"), width: 48, wrap: true },
      { header: c("expectedProduct"), width: 36, wrap: true },
      { header: c("start"), width: 12, date: true },
      { header: c("end"), width: 12, date: true },
      { header: c("decision"), width: 16 },
      { header: c("decisionDate"), width: 12, date: true },
      { header: c("supervisor"), width: 22, wrap: true },
      { header: c("cooperating"), width: 28, wrap: true },
      { header: c("status"), width: 18, wrap: true },
    ],
    data.tasks.map((t, i) => [
      i + 1,
      t.code,
      t.title,
      t.cadreName,
      t.positionTitle,
      t.unitName,
      l.t(`fields.${t.field}`),
      l.t(`breakthroughKinds.${t.breakthroughKind}`),
      t.targets.map((x) => `• ${l.target(x)}`).join("\n"),
      t.expectedProduct,
      t.startDate,
      t.endDate,
      t.decisionNumber,
      t.decisionDate,
      t.supervisorName,
      t.cooperatingUnits.join(", "),
      l.t(`status.task.${t.status}`),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One quarter's reports: a row per target of every task, with the value reported and how far it has come. */
export async function progressWorkbook(data: ProgressExport, l: DocumentLabels): Promise<Buffer> {
  const c = (key: string) => l.t(`exports.col.${key}` as "exports.col.no");
  const { year, quarter } = data.quarter;
  const workbook = newWorkbook();
  const rows = data.tasks.flatMap((t, i) => {
    const r = t.report;
    const reportState = r
      ? [l.t(`status.report.${r.status}`), r.isLate ? l.t("exports.lateMark") : null].filter(Boolean).join(", ")
      : l.t("exports.notWritten");
    const targets = t.targets.length ? t.targets : [null];
    return targets.map((x) => {
      const actual = x && r ? r.actuals[x.id] : undefined;
      const progress =
        x && actual !== undefined
          ? targetProgress({ baseline: x.baseline, target: x.targetValue, direction: x.direction }, actual)
          : null;
      return [
        i + 1,
        t.code,
        t.title,
        t.cadreName,
        t.unitName,
        x?.indicator ?? null,
        x?.unitOfMeasure ?? null,
        x?.baseline ?? null,
        x?.targetValue ?? null,
        actual ?? null,
        progress ? progress.percent : null,
        progress ? l.t(progress.reached ? "common.yes" : "common.no") : null,
        reportState,
        r?.submittedAt ?? null,
        r?.results ?? null,
        r?.difficulties ?? null,
        r?.proposals ?? null,
      ];
    });
  });
  addTable(
    workbook,
    l.t("exports.sheetProgress", { year, quarter }),
    l.t("exports.progressTitle", { year, quarter }),
    scopeLines(data, l, [l.t("exports.dueLine", { date: l.date(data.dueDate) })]),
    [
      { header: c("no"), width: 6, number: true },
      { header: c("code"), width: 16 },
      { header: c("task"), width: 40, wrap: true },
      { header: c("cadre"), width: 22, wrap: true },
      { header: c("unit"), width: 24, wrap: true },
      { header: c("indicator"), width: 36, wrap: true },
      { header: c("unitOfMeasure"), width: 12, wrap: true },
      { header: c("baseline"), width: 12, number: true },
      { header: c("target"), width: 12, number: true },
      { header: c("actual"), width: 12, number: true },
      { header: c("percent"), width: 10, number: true },
      { header: c("reached"), width: 8 },
      { header: c("report"), width: 18, wrap: true },
      { header: c("submittedAt"), width: 12, date: true },
      { header: c("results"), width: 48, wrap: true },
      { header: c("difficulties"), width: 32, wrap: true },
      { header: c("proposals"), width: 32, wrap: true },
    ],
    rows,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
