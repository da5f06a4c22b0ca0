import { z } from "zod";
import { id, NUMBER_TEXT_MAX_LENGTH, optionalText, requiredText, version } from "./common";
import { queryEnum, queryId, queryPage, queryQuarter, queryYear, querySearch, tableQuery } from "./query";
import { calendarDate, decimal, optionalDecimal, refineTargetDirection, TARGET_DIRECTIONS, TASK_FIELDS } from "./registration";

const year = z.coerce.number().int("invalid").min(2000, "invalid").max(2100, "invalid");
const quarter = z.coerce.number().int("invalid").min(1, "invalid").max(4, "invalid");

/**
 * A quarterly report as the cadre writes it. A draft may be partial; submitting needs the results and an
 * actual value for every target (a report without figures cannot be followed or evaluated).
 */
export const ReportSchema = z
  .object({
    taskId: id,
    year,
    quarter,
    /** The report's version when the page was opened; absent for a new report. */
    version: version.optional(),
    intent: z.enum(["save", "submit"]),
    results: optionalText(5000),
    selfProgress: z
      .string()
      .trim()
      .max(NUMBER_TEXT_MAX_LENGTH, "tooLong")
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .pipe(z.number("invalid").int("invalid").min(0, "percentRange").max(100, "percentRange").nullable()),
    difficulties: optionalText(3000),
    proposals: optionalText(3000),
    actuals: z.array(z.object({ targetId: id, actualValue: optionalDecimal })).max(10, "tooMany"),
    /** Evidence files uploaded beforehand (staged), linked to the report by this save. */
    evidenceIds: z.array(id).max(10, "tooMany").default([]),
  })
  .superRefine((r, ctx) => {
    if (r.intent !== "submit") return;
    if (!r.results) ctx.addIssue({ code: "custom", message: "required", path: ["results"] });
    r.actuals.forEach((a, i) => {
      if (a.actualValue === null) ctx.addIssue({ code: "custom", message: "required", path: ["actuals", i, "actualValue"] });
    });
  });
export type ReportInput = z.output<typeof ReportSchema>;

/** The supervisor's or standing committee's answer: direction, or a return for more information. */
export const RespondReportSchema = z.object({
  reportId: id,
  version,
  action: z.enum(["respond", "return"], "required"),
  response: requiredText(3000),
  proposalAnswer: optionalText(3000),
});
export type RespondReportInput = z.output<typeof RespondReportSchema>;

/** A mid-course change of wording, end date, target values or deadlines, with its reason. */
export const ChangeRequestSchema = z.object({
  taskId: id,
  title: requiredText(300),
  endDate: calendarDate,
  targets: z
    .array(
      // The baseline and direction come with the row only so the form can show the direction rule at the
      // field; the data layer checks the new value against the stored ones again.
      z
        .object({
          targetId: id,
          targetValue: decimal,
          deadline: calendarDate,
          baseline: optionalDecimal.optional(),
          direction: z.enum(TARGET_DIRECTIONS).optional(),
        })
        .superRefine(refineTargetDirection),
    )
    .min(1, "targetRequired")
    .max(10, "tooMany"),
  reason: requiredText(2000),
});
export type ChangeRequestInput = z.output<typeof ChangeRequestSchema>;

export const DecideChangeRequestSchema = z
  .object({ id, version, decision: z.enum(["approve", "reject"], "required"), note: optionalText(2000) })
  .refine((d) => d.decision === "approve" || d.note, { message: "required", path: ["note"] });
export type DecideChangeRequestInput = z.output<typeof DecideChangeRequestSchema>;

export const WithdrawChangeRequestSchema = z.object({ id, version });
export type WithdrawChangeRequestInput = z.output<typeof WithdrawChangeRequestSchema>;

export const QuarterFilterSchema = z.object({
  year: queryYear,
  quarter: queryQuarter,
  unitId: queryId,
  // An unknown field used to reach the database as an enum value: a 500 for `/reports?field=abc`.
  field: queryEnum(TASK_FIELDS),
  status: queryEnum(["NOT_SUBMITTED", "SUBMITTED", "LATE", "RESPONDED"]),
  ...tableQuery,
  /** A task's title or code, as every list's search box. */
  q: querySearch,
  page: queryPage,
});
export type QuarterFilter = z.output<typeof QuarterFilterSchema>;
