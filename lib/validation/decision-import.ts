import "./jitless";
import { z } from "zod";
import type { SheetSpec } from "@/lib/import/spec";
import { id, requiredText, version } from "./common";
import { calendarDate, decimal, optionalDecimal } from "./registration";

// The import of a decision's task list (docs/decisions/085): one row per cadre, read by the same sheet
// framework as the administration import (lib/import/, docs/decisions/082), then handed to the same bulk
// assignment as the grid (docs/decisions/084). Messages are problem codes ("required", "numberFormat", …).

/** A target of the template as the sheet names it: what is measured and in what unit. */
export type SheetTarget = { indicator: string; unitOfMeasure: string; baseline: string | null; targetValue: string };

/** The sheet's title in the template and in an upload. */
export const DECISION_SHEET_TITLE = "Danh sách giao việc";

const cadreCode = z.string().min(1, "required").max(50, "tooLong");
const supervisorUsername = z.string().max(100, "tooLong");
const fullName = z.string().max(200, "tooLong");

/** The columns of a template's targets: a baseline and a target each, the header naming the indicator and unit. */
export const baselineKey = (i: number) => `baseline${i + 1}`;
export const targetKey = (i: number) => `target${i + 1}`;

/**
 * The sheet for one template: cadre code (how the model identifies cadres, Cadre.code), the name for the
 * reader only, the supervisor's username (empty = the decision's default supervisor), then for each of the
 * template's targets, in its order, "Giá trị ban đầu" and "Chỉ tiêu" headed with the indicator and its unit.
 */
export function decisionSheet(targets: readonly SheetTarget[]) {
  const shape: Record<string, z.ZodType> = { cadreCode, fullName, supervisor: supervisorUsername };
  const columns: SheetSpec["columns"][number][] = [
    { key: "cadreCode", header: "Mã cán bộ", required: true, example: "CB-000123", width: 16 },
    { key: "fullName", header: "Họ và tên (để đối chiếu)", example: "Nguyễn Thị Hoa", width: 28 },
    { key: "supervisor", header: "Tên đăng nhập đầu mối theo dõi", example: "", width: 24 },
  ];
  targets.forEach((t, i) => {
    const name = `${t.indicator} (${t.unitOfMeasure})`;
    shape[baselineKey(i)] = optionalDecimal;
    shape[targetKey(i)] = decimal;
    columns.push(
      { key: baselineKey(i), header: `Giá trị ban đầu: ${name}`, example: t.baseline ?? "", width: 26 },
      { key: targetKey(i), header: `Chỉ tiêu: ${name}`, required: true, example: t.targetValue, width: 26 },
    );
  });
  return { key: "tasks", title: DECISION_SHEET_TITLE, columns, schema: z.object(shape) } satisfies SheetSpec;
}

/** One row as the sheet's schema reads it. */
export type DecisionRow = { cadreCode: string; fullName: string; supervisor: string } & Record<string, string | null>;

/**
 * The import form: which template (at the version the page showed) into which round, under which decision,
 * with which default supervisor. The file travels beside it.
 */
export const DecisionImportSchema = z.object({
  templateId: id,
  templateVersion: version,
  roundId: id,
  decisionNumber: requiredText(50),
  decisionDate: calendarDate,
  defaultSupervisorId: id,
});
export type DecisionImportInput = z.output<typeof DecisionImportSchema>;
