import { z } from "zod";
import { RATINGS } from "@/lib/domain/evaluation";
import { id, NUMBER_TEXT_MAX_LENGTH, numberText, optionalText, requiredText, version } from "./common";
import { calendarDate } from "./registration";

const score = numberText(z.coerce.number<string>("invalid").min(0, "scoreRange").max(100, "scoreRange"));
const optionalScore = z
  .string()
  .trim()
  .max(NUMBER_TEXT_MAX_LENGTH, "tooLong")
  .optional()
  .transform((v) => (v ? Number(v.replace(",", ".")) : null))
  .pipe(z.number("invalid").min(0, "scoreRange").max(100, "scoreRange").nullable());
const rating = z.enum(RATINGS, "required");

export const OpenCycleSchema = z.object({
  roundId: id,
  year: z.coerce.number().int("invalid").min(2000, "invalid").max(2100, "invalid"),
  memberIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).min(1, "chooseAtLeastOne")),
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
});
export type OpenCycleInput = z.output<typeof OpenCycleSchema>;

export const SelfAssessmentSchema = z.object({
  evaluationId: id,
  version,
  selfRating: rating,
  selfSummary: optionalText(3000),
  tasks: z
    .array(z.object({ taskId: id, level: rating, score, justification: requiredText(3000) }))
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
  action: z.enum(["closeSelfAssessment", "returnSelfAssessment", "returnToCouncil"], "required"),
  reason: requiredText(2000),
});
export type MoveEvaluationInput = z.output<typeof MoveEvaluationSchema>;
