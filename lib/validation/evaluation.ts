import { z } from "zod";
import { RATINGS } from "@/lib/domain/evaluation";
import { councilByDefault, EVALUATION_PERIOD_KINDS } from "@/lib/domain/evaluation-periods";
import { id, NUMBER_TEXT_MAX_LENGTH, numberText, optionalText, requiredText, version } from "./common";
import { calendarDate, deadlineDate } from "./registration";

const score = numberText(z.coerce.number<string>("invalid").min(0, "scoreRange").max(100, "scoreRange"));
const optionalScore = z
  .string()
  .trim()
  .max(NUMBER_TEXT_MAX_LENGTH, "tooLong")
  .optional()
  .transform((v) => (v ? Number(v.replace(",", ".")) : null))
  .pipe(z.number("invalid").min(0, "scoreRange").max(100, "scoreRange").nullable());
const rating = z.enum(RATINGS, "required");

export const OpenCycleSchema = z
  .object({
    roundId: id,
    /** A quarter, a year or the round's term; a year when absent. */
    periodKind: z.enum(EVALUATION_PERIOD_KINDS, "required").default("YEAR"),
    year: z.coerce.number().int("invalid").min(2000, "invalid").max(2100, "invalid"),
    /** 1–4 for a quarter; ignored otherwise. */
    quarter: z.preprocess(
      (v) => (v === "" || v === undefined ? 0 : v),
      z.coerce.number().int("invalid").min(0, "invalid").max(4, "invalid"),
    ),
    /** When the self-assessments are due; a quarter's default is the 15th of its last month. */
    dueDate: z.preprocess((v) => (v === "" ? undefined : v), deadlineDate.optional()),
    /** "yes" or "no"; absent means the kind's default (no council for a quarter). */
    council: z
      .enum(["yes", "no"], "invalid")
      .optional()
      .transform((v) => (v === undefined ? undefined : v === "yes")),
    memberIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(50, "tooMany")),
    criteria: z
      .array(
        z.object({
          name: requiredText(200),
          weight: numberText(z.coerce.number<string>("invalid").int("invalid").min(1, "invalid").max(100, "invalid")),
        }),
      )
      .min(1, "required")
      .max(10, "tooMany"),
    thresholds: z.object({ EXCELLENT: score, GOOD: score, COMPLETED: score }),
  })
  .transform((v) => ({
    ...v,
    councilRequired: v.council ?? councilByDefault(v.periodKind),
    quarter: v.periodKind === "QUARTER" ? v.quarter : 0,
  }))
  .superRefine((v, ctx) => {
    if (v.periodKind === "QUARTER" && v.quarter < 1) ctx.addIssue({ code: "custom", path: ["quarter"], message: "required" });
    if (v.councilRequired && v.memberIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["memberIds"], message: "chooseAtLeastOne" });
  });
export type OpenCycleInput = z.output<typeof OpenCycleSchema>;

export const SelfAssessmentSchema = z.object({
  evaluationId: id,
  version,
  selfRating: rating,
  selfSummary: optionalText(3000),
  tasks: z
    .array(
      z
        .object({
          taskId: id,
          level: rating,
          score,
          justification: optionalText(3000),
          /** The quarter's assessment (Kết luận 198-KL/TW): what was achieved, and the causes of any shortfall. */
          achieved: optionalText(3000),
          objectiveCauses: optionalText(3000),
          subjectiveCauses: optionalText(3000),
        })
        // A year's task is justified; a quarter's says what was achieved: one of the two is always there.
        .superRefine((t, ctx) => {
          if (!t.justification && !t.achieved) ctx.addIssue({ code: "custom", path: ["justification"], message: "required" });
        }),
    )
    .min(1, "required")
    .max(20, "tooMany"),
});
export type SelfAssessmentInput = z.output<typeof SelfAssessmentSchema>;

export const CouncilScoresSchema = z.object({
  evaluationId: id,
  submit: z.enum(["save", "submit"]).transform((v) => v === "submit"),
  scores: z
    .array(z.object({ taskId: id, criterionId: id, score: optionalScore, comment: optionalText(1000) }))
    .max(200, "tooMany"),
});
export type CouncilScoresInput = z.output<typeof CouncilScoresSchema>;

export const FinaliseSchema = z.object({ evaluationId: id, version, note: optionalText(2000) });
export type FinaliseInput = z.output<typeof FinaliseSchema>;

export const DecideEvaluationSchema = z.object({
  evaluationId: id,
  version,
  rating,
  reason: optionalText(2000),
  decisionNumber: requiredText(50),
  decisionDate: calendarDate,
});
export type DecideEvaluationInput = z.output<typeof DecideEvaluationSchema>;

export const ReopenSchema = z.object({ evaluationId: id, version, reason: requiredText(2000) });
export type ReopenInput = z.output<typeof ReopenSchema>;

export const CarryOverSchema = z.object({
  fromRoundId: id,
  year: z.coerce.number().int("invalid"),
  toRoundId: id,
  taskIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(2000, "tooMany")),
});
export type CarryOverInput = z.output<typeof CarryOverSchema>;

export const AddToCycleSchema = z.object({ cycleId: id, taskId: id });
export type AddToCycleInput = z.output<typeof AddToCycleSchema>;

export const MoveEvaluationSchema = z.object({
  evaluationId: id,
  version,
  action: z.enum(
    ["closeSelfAssessment", "returnSelfAssessment", "returnToCouncil", "closeForProposal", "returnForAssessment"],
    "required",
  ),
  reason: requiredText(2000),
});
export type MoveEvaluationInput = z.output<typeof MoveEvaluationSchema>;
