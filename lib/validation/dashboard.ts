import { z } from "zod";
import { parseQuarterKey } from "@/lib/domain/quarters";
import { queryEnum, queryId, queryPage, querySearch, tableQuery } from "./query";
import { TASK_FIELDS } from "./registration";

/** A dashboard's filters from the URL, so a view can be shared; junk reads as absent. */
export const DashboardFilterSchema = z.object({
  roundId: queryId,
  unitId: queryId,
  field: queryEnum(TASK_FIELDS),
  health: queryEnum(["ON_TRACK", "AT_RISK", "BEHIND", "COMPLETED", "OVERDUE"]),
  ...tableQuery,
  page: queryPage,
  /** The drill-down's search box: a task's title or code. */
  q: querySearch,
  /** "all" lists every unit of the ranking rather than the first ones. */
  units: queryEnum(["all"]),
});

/**
 * An export's query: a round is required (a document is always of one round), the unit and field narrow it,
 * and the quarterly progress names its quarter as 2026Q3. Unlike a dashboard's, junk fails the parse: a file
 * quietly covering more than was asked for would be mistaken for the narrower one. An empty value is absent.
 */
export const ExportFilterSchema = z.object({
  roundId: z.string().trim().min(1).max(64),
  unitId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
  field: z.preprocess((v) => (v === "" ? undefined : v), z.enum(TASK_FIELDS).optional()),
  quarter: z
    .string()
    .transform((key, ctx) => parseQuarterKey(key) ?? (ctx.addIssue({ code: "custom", message: "invalid" }), z.NEVER))
    .optional(),
});
