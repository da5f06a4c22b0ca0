import { z } from "zod";
import { MAX_OFFSET_MONTHS } from "@/lib/domain/templates";
import { id, numberText, optionalId, requiredText, version } from "./common";
import {
  calendarDate,
  decimal,
  optionalDecimal,
  refineTargetDirection,
  BREAKTHROUGH_KINDS,
  TARGET_DIRECTIONS,
  TASK_FIELDS,
} from "./registration";

/** A date of a template, as months from the start of the round's period ("+3 months" = end of the 3rd month). */
const offsetMonths = numberText(
  z.coerce.number<string>("invalid").int("invalid").min(1, "invalid").max(MAX_OFFSET_MONTHS, "invalid"),
);

/** A template's target: what is measured, in what unit, which way, and a default baseline and value. */
export const TemplateTargetSchema = z
  .object({
    indicator: requiredText(300),
    unitOfMeasure: requiredText(50),
    direction: z.enum(TARGET_DIRECTIONS, "required"),
    baseline: optionalDecimal,
    targetValue: decimal,
    deadlineMonths: offsetMonths,
  })
  .superRefine(refineTargetDirection);

export const TemplateMilestoneSchema = z.object({ description: requiredText(500), offsetMonths });

/** A task template of the catalogue: the content each cadre's task starts from. */
export const TaskTemplateSchema = z.object({
  title: requiredText(300),
  field: z.enum(TASK_FIELDS, "required"),
  breakthroughKind: z.enum(BREAKTHROUGH_KINDS, "required"),
  objectives: requiredText(4000),
  plan: requiredText(8000),
  expectedProduct: requiredText(2000),
  targets: z.array(TemplateTargetSchema).min(1, "targetRequired").max(10, "tooMany"),
  milestones: z.array(TemplateMilestoneSchema).max(20, "tooMany"),
});
export type TaskTemplateInput = z.output<typeof TaskTemplateSchema>;
export type TaskTemplateDraft = z.input<typeof TaskTemplateSchema>;

/** A new template (no id) or an edit of one at the version the page was loaded at. */
export const SaveTaskTemplateSchema = z.object({ id: optionalId, version: version.optional(), template: TaskTemplateSchema });
export type SaveTaskTemplateInput = z.output<typeof SaveTaskTemplateSchema>;

export const ArchiveTaskTemplateSchema = z.object({ id, version, archived: z.enum(["yes", "no"]) });
export type ArchiveTaskTemplateInput = z.output<typeof ArchiveTaskTemplateSchema>;

/** A named list of cadres to assign to again. */
export const SaveCadreGroupSchema = z.object({
  name: requiredText(100),
  cadreIds: z.array(id).min(1, "chooseAtLeastOne").max(500, "tooMany"),
});
export type SaveCadreGroupInput = z.output<typeof SaveCadreGroupSchema>;

/** One cadre's row of the grid: their baseline and target for each of the template's targets, in its order. */
export const BulkRowSchema = z.object({
  cadreId: id,
  /** Left empty, the batch's default supervisor follows the task. */
  supervisorId: optionalId,
  targets: z
    .array(z.object({ baseline: optionalDecimal, targetValue: decimal }))
    .min(1, "targetRequired")
    .max(10, "tooMany"),
});
export type BulkRowInput = z.output<typeof BulkRowSchema>;

/**
 * "Assign to many": one template to many cadres under one decision, in one transaction. The idempotency key
 * is drawn once by the page (or the importer), so a double click or a retry creates nothing twice.
 */
export const BulkAssignmentSchema = z.object({
  idempotencyKey: z
    .string()
    .trim()
    .min(8, "invalid")
    .max(64, "invalid")
    .regex(/^[A-Za-z0-9_-]+$/, "invalid"),
  templateId: id,
  templateVersion: version,
  roundId: id,
  decisionNumber: requiredText(50),
  decisionDate: calendarDate,
  defaultSupervisorId: id,
  rows: z.array(BulkRowSchema).min(1, "chooseAtLeastOne").max(500, "tooMany"),
});
export type BulkAssignmentInput = z.output<typeof BulkAssignmentSchema>;
