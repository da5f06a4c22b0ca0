import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { targetProgress } from "@/lib/domain/progress";
import type { ProgressExport, TaskExport } from "@/lib/dal/read-models/exports";
import type { DocumentLabels } from "./labels";

type Column = {
  header: string;
  width: number;
  date?: boolean;
  number?: boolean;
  /** The running number (STT): a whole number, written without a thousands separator. */
  serial?: boolean;
  wrap?: boolean;
};
type Value = string | number | Date | null;

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF94A3B8" } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 11 };

/** How many rows are written between two turns of the event loop, so that other requests are served meanwhile. */
const ROWS_PER_TURN = 500;

/**
 * Each column's cell styles, built once. exceljs registers a style by its object (a WeakMap), so cells that
 * share one object cost one lookup, where an object per cell is serialised and looked up cell by cell.
 * A figure is formatted by its kind: "95" for a whole number (the pattern "#,##0.####" would write "95."),
 * "95,5" for a fraction.
 */
function columnStyles(c: Column) {
  const base: Partial<ExcelJS.Style> = {
    font: BODY_FONT,
    border: BORDER,
    alignment: {
      vertical: "top",
      wrapText: c.wrap ?? false,
      horizontal: c.number || c.serial || c.date ? "right" : "left",
    },
  };
  if (c.serial) return { integer: { ...base, numFmt: "0" }, decimal: { ...base, numFmt: "0" }, other: { ...base, numFmt: "0" } };
  if (c.date) return { integer: base, decimal: base, other: { ...base, numFmt: "dd/mm/yyyy" } };
  if (c.number) return { integer: { ...base, numFmt: "#,##0" }, decimal: { ...base, numFmt: "#,##0.####" }, other: base };
  return { integer: base, decimal: base, other: base };
}

/**
 * A workbook written as it is built, into the stream returned: rows are committed (serialised and dropped)
 * one by one, the event loop gets a turn every few hundred rows, and production waits while the reader is
 * behind, so neither memory nor the server's time grows with the size of the round. A failure ends the stream
 * with the error.
 */
function streamWorkbook(write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter, turn: () => Promise<void>) => Promise<void>) {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "Việc đột phá";
  workbook.created = new Date();
  const turn = async () => {
    await new Promise(setImmediate);
    if (out.writableNeedDrain && !out.destroyed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off("drain", done);
          out.off("close", done);
          resolve();
        };
        out.on("drain", done);
        out.on("close", done);
      });
    }
    // The reader went away (the download was cancelled): stop building a file nobody will get.
    if (out.destroyed) throw new Error("The spreadsheet's reader has gone");
  };
  write(workbook, turn)
    .then(() => workbook.commit())
    .catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}

/**
 * A sheet laid out as the committees print it: a title and its scope on top, then a frozen, filterable
 * header row and one row per item; dates are real dates (dd/mm/yyyy), figures real numbers.
 */
async function writeTable(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  turn: () => Promise<void>,
  l: DocumentLabels,
  name: string,
  title: string,
  scope: string[],
  columns: Column[],
  rows: Iterable<Value[]>,
) {
  const headerRow = scope.length + 3;
  // A streamed sheet writes its views and page setup first: they are given here, not set later.
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 3 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };

  sheet.mergeCells(1, 1, 1, columns.length);
  Object.assign(sheet.getCell(1, 1), {
    value: title,
    style: {
      font: { name: FONT, size: 14, bold: true },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    },
  });
  sheet.getRow(1).height = 36;
  sheet.getRow(1).commit();
  const scopeStyle: Partial<ExcelJS.Style> = {
    font: { name: FONT, size: 11, italic: true },
    alignment: { horizontal: "center" },
  };
  scope.forEach((line, i) => {
    sheet.mergeCells(i + 2, 1, i + 2, columns.length);
    Object.assign(sheet.getCell(i + 2, 1), { value: line, style: scopeStyle });
    sheet.getRow(i + 2).commit();
  });
  const headerStyle: Partial<ExcelJS.Style> = {
    font: { name: FONT, size: 11, bold: true },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } },
    border: BORDER,
  };
  const header = sheet.getRow(headerRow);
  columns.forEach((c, j) => Object.assign(header.getCell(j + 1), { value: c.header, style: headerStyle }));
  header.commit();

  const styles = columns.map(columnStyles);
  let n = headerRow;
  for (const values of rows) {
    const row = sheet.getRow(++n);
    values.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      const style = styles[j]!;
      cell.value = v instanceof Date ? l.calendarDay(v) : v;
      cell.style = typeof v === "number" ? (Number.isInteger(v) ? style.integer : style.decimal) : style.other;
    });
    row.height = rowHeight(values, columns);
    row.commit();
    if ((n - headerRow) % ROWS_PER_TURN === 0) await turn();
  }
  sheet.commit();
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
  // Excel refuses a row taller than 409 pt.
  return Math.min(409, Math.max(...lines) * 15 + 3);
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

/** The compiled list of a round's assigned tasks, one row each, as a stream of the .xlsx file. */
export function taskListWorkbook(data: TaskExport, l: DocumentLabels): Readable {
  const c = (key: string) => l.t(`exports.col.${key}` as "exports.col.no");
  function* rows(): Generator<Value[]> {
    for (const [i, t] of data.tasks.entries())
      yield [
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
      ];
  }
  return streamWorkbook((workbook, turn) =>
    writeTable(
      workbook,
      turn,
      l,
      l.t("exports.sheetTasks"),
      l.t("exports.taskListTitle"),
      scopeLines(data, l),
      [
        { header: c("no"), width: 6, serial: true },
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
      rows(),
    ),
  );
}

/**
 * One quarter's reports: a row per target of every task, with the value reported and how far it has come, as
 * a stream of the .xlsx file. A report returned to its cadre shows as such, without its figures.
 */
export function progressWorkbook(data: ProgressExport, l: DocumentLabels): Readable {
  const c = (key: string) => l.t(`exports.col.${key}` as "exports.col.no");
  const { year, quarter } = data.quarter;
  function* rows(): Generator<Value[]> {
    for (const [i, t] of data.tasks.entries()) yield* taskRows(t, i);
  }
  const taskRows = (t: ProgressExport["tasks"][number], i: number): Value[][] => {
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
  };
  return streamWorkbook((workbook, turn) =>
    writeTable(
      workbook,
      turn,
      l,
      l.t("exports.sheetProgress", { year, quarter }),
      l.t("exports.progressTitle", { year, quarter }),
      scopeLines(data, l, [l.t("exports.dueLine", { date: l.date(data.dueDate) })]),
      [
        { header: c("no"), width: 6, serial: true },
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
      rows(),
    ),
  );
}
