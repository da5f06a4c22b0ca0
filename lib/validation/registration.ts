import { z } from "zod";
import { parseDecimalInput } from "@/lib/domain/numbers";
import { endOfVietnamDay, parseVietnamDay } from "@/lib/domain/quarters";
import { isCanonicalDecimal, targetDirectionProblem } from "@/lib/domain/targets";
import { RULE_SET_IDS } from "@/lib/domain/rating-rules";
import { CADRE_GROUPS } from "./kinds";
import { id, optionalId, optionalText, requiredText, version } from "./common";
import { queryEnum, queryId, queryPage, querySearch, tableQuery } from "./query";

export const TASK_FIELDS = [
  "LAND",
  "PETITIONS",
  "PUBLIC_ORDER",
  "ECONOMY",
  "AGRICULTURE",
  "INFRASTRUCTURE",
  "PARTY_BUILDING",
  "CULTURE_SOCIETY",
  "EDUCATION",
  "HEALTH",
  "ENVIRONMENT",
  "ADMIN_REFORM",
  "DIGITAL_TRANSFORMATION",
  "OTHER",
] as const;
export const BREAKTHROUGH_KINDS = ["HARD", "NEW", "BACKLOG", "URGENT_GRIEVANCE"] as const;
export const TARGET_DIRECTIONS = ["INCREASE", "DECREASE", "REACH"] as const;

/** A calendar date from <input type="date"> (yyyy-mm-dd), meaning that day in Vietnam. */
export const calendarDate = z
  .string()
  .trim()
  .min(1, "required")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dateFormat")
  // An impossible day (2026-02-30) becomes an invalid date here rather than rolling over into March.
  .transform((v) => parseVietnamDay(v) ?? new Date(Number.NaN))
  .refine((d) => !Number.isNaN(d.getTime()), "dateFormat");

/** A deadline typed as a calendar date: it runs to the end of that day in Vietnam. */
export const deadlineDate = calendarDate.transform((d) => endOfVietnamDay(d));

/** The longest figure typed: 14 integer and 4 decimal digits with their separators, and some slack. */
export const DECIMAL_MAX_LENGTH = 32;

/** A measured quantity typed with Vietnamese or English separators, kept as a decimal string. */
export const decimal = z
  .string()
  .trim()
  .min(1, "required")
  .max(DECIMAL_MAX_LENGTH, "tooLong")
  .transform((v, ctx) => {
    const parsed = parseDecimalInput(v);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: "numberFormat" });
      return z.NEVER;
    }
    return parsed;
  });
export const optionalDecimal = z
  .string()
  .trim()
  .max(DECIMAL_MAX_LENGTH, "tooLong")
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const parsed = parseDecimalInput(v);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: "numberFormat" });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * Refuses, at the target value's field, a target that contradicts its direction (an increase not above its
 * baseline, a decrease not below it): the one rule, from lib/domain, for every form where a target is typed.
 */
export function refineTargetDirection(
  t: { baseline?: string | null; targetValue: string; direction?: (typeof TARGET_DIRECTIONS)[number] },
  ctx: z.core.$RefinementCtx,
) {
  // zod runs an object's refinements even when a field failed (an empty or unreadable value): nothing to compare.
  if (!t.direction || !isCanonicalDecimal(t.targetValue)) return;
  if (t.baseline != null && !isCanonicalDecimal(t.baseline)) return;
  const problem = targetDirectionProblem({ baseline: t.baseline ?? null, target: t.targetValue, direction: t.direction });
  if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["targetValue"] });
}

export const TargetSchema = z
  .object({
    indicator: requiredText(300),
    unitOfMeasure: requiredText(50),
    baseline: optionalDecimal,
    targetValue: decimal,
    direction: z.enum(TARGET_DIRECTIONS, "required"),
    deadline: calendarDate,
  })
  .superRefine(refineTargetDirection);

/** A new, blank target row in the editor. */
export const emptyTarget = {
  indicator: "",
  unitOfMeasure: "",
  baseline: "",
  targetValue: "",
  direction: "INCREASE",
  deadline: "",
} as const;

export const MilestoneSchema = z.object({
  description: requiredText(500),
  dueDate: calendarDate,
});

/** One proposed task as the cadre writes it. Vague tasks cannot be evaluated: at least one target. */
export const ProposedTaskSchema = z
  .object({
    title: requiredText(300),
    field: z.enum(TASK_FIELDS, "required"),
    breakthroughKind: z.enum(BREAKTHROUGH_KINDS, "required"),
    objectives: requiredText(4000),
    plan: requiredText(8000),
    expectedProduct: requiredText(2000),
    startDate: calendarDate,
    endDate: calendarDate,
    targets: z.array(TargetSchema).min(1, "targetRequired").max(10, "tooMany"),
    milestones: z.array(MilestoneSchema).max(20, "tooMany"),
  })
  .refine((t) => t.endDate >= t.startDate, { message: "endBeforeStart", path: ["endDate"] });
export type ProposedTaskInput = z.output<typeof ProposedTaskSchema>;
/** What the form holds before parsing: every value a string, as typed. */
export type ProposedTaskDraft = z.input<typeof ProposedTaskSchema>;

export const SaveProposedTaskSchema = z.object({
  registrationId: id,
  proposedTaskId: id.optional(),
  version,
  task: ProposedTaskSchema,
});
export type SaveProposedTaskInput = z.output<typeof SaveProposedTaskSchema>;

export const CreateRoundSchema = z
  .object({
    name: requiredText(200),
    assigningBodyId: id,
    periodKind: z.enum(["YEAR", "TERM"], "required"),
    startYear: z.coerce.number().int("invalid").min(2020, "invalid").max(2100, "invalid"),
    endYear: z.coerce.number().int("invalid").min(2020, "invalid").max(2100, "invalid"),
    registrationDeadline: deadlineDate,
    minTasksPerCadre: z.coerce.number().int("invalid").min(1, "invalid").max(20, "invalid"),
    maxTasksPerCadre: z.coerce.number().int("invalid").min(1, "invalid").max(20, "invalid"),
    cadreGroups: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(CADRE_GROUPS)).min(1, "chooseAtLeastOne"),
    ),
    /** The rule set its evaluations are proposed by (Quy định 366-QĐ/TW unless the committee chooses the pilot's). */
    ratingRuleSet: z.enum(RULE_SET_IDS, "required").default("QD366_2025"),
  })
  .transform((r) => ({
    ...r,
    endYear: r.periodKind === "YEAR" ? r.startYear : r.endYear,
  }))
  .refine((r) => r.endYear >= r.startYear, { message: "endBeforeStart", path: ["endYear"] })
  .refine((r) => r.maxTasksPerCadre >= r.minTasksPerCadre, { message: "maxBelowMin", path: ["maxTasksPerCadre"] });
export type CreateRoundInput = z.output<typeof CreateRoundSchema>;

/** The committee reopens registration for one cadre until a later day, with its reason. */
export const GrantExtensionSchema = z.object({ roundId: id, cadreId: id, until: deadlineDate, reason: requiredText(1000) });
export type GrantExtensionInput = z.output<typeof GrantExtensionSchema>;

export const RoundActionSchema = z.object({ id, version, action: z.enum(["open", "close", "reopen"]) });

/** The organisation committee changes a round's rule set, until any of its evaluations is decided. */
export const SetRoundRuleSetSchema = z.object({ id, version, ratingRuleSet: z.enum(RULE_SET_IDS, "required") });
export type SetRoundRuleSetInput = z.output<typeof SetRoundRuleSetSchema>;

export const SubmitRegistrationSchema = z.object({ id, version });
export const ReturnRegistrationSchema = z.object({ id, version, reason: requiredText(2000) });
export const ForwardRegistrationSchema = z.object({
  id,
  version,
  proposals: z
    .array(
      z.object({ proposedTaskId: id, proposal: z.enum(["APPROVE", "ADJUST", "REJECT"], "required"), note: optionalText(2000) }),
    )
    .min(1),
});
/**
 * The review form carries one proposal (and note) per task as proposal.<taskId> / note.<taskId>, which
 * the action's parser reads as { proposal: { [taskId]: … }, note: { [taskId]: … } }.
 */
export const ForwardRegistrationFormSchema = z
  .object({
    id: z.unknown(),
    version: z.unknown(),
    proposal: z.record(z.string(), z.unknown()).optional(),
    note: z.record(z.string(), z.unknown()).optional(),
  })
  // The pipe below checks every value; here they are only regrouped, so their types are still unknown.
  .transform((form): z.input<typeof ForwardRegistrationSchema> => ({
    id: form.id as string,
    version: form.version,
    proposals: Object.keys(form.proposal ?? {}).map((proposedTaskId) => ({
      proposedTaskId,
      proposal: form.proposal?.[proposedTaskId] as "APPROVE",
      note: form.note?.[proposedTaskId] as string | undefined,
    })),
  }))
  .pipe(ForwardRegistrationSchema);
export const StartRegistrationSchema = z.object({ roundId: id });
export const WithdrawProposedTaskSchema = z.object({ registrationId: id, proposedTaskId: id, version });
export const CommentSchema = z.object({
  registrationId: id,
  proposedTaskId: optionalId,
  parentId: optionalId,
  body: requiredText(4000),
});
export const ReviewFilterSchema = z.object({
  round: queryId,
  unit: queryId,
  field: queryEnum(TASK_FIELDS),
  status: queryEnum(["SUBMITTED", "RETURNED", "FORWARDED", "DECIDED"]),
  late: queryEnum(["1"]),
  ...tableQuery,
  /** The cadre's name or a proposed task's title, as every list's search box. */
  q: querySearch,
  page: queryPage,
});
