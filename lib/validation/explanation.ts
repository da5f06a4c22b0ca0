import "./jitless";
import { z } from "zod";
import { MAX_EVIDENCE_FILES } from "@/lib/domain/evidence";
import { id, requiredText, version } from "./common";
import { quarterKey } from "./query";
import { calendarDate } from "./registration";

export const EXPLANATION_CAUSES = ["BEHIND", "OVERDUE", "LATE_REPORT"] as const;

/**
 * A request for explanation about a task: why (behind, overdue, or the report of a quarter late), what to
 * explain and by when. The data layer checks that the task really is in that state.
 */
export const RequestExplanationSchema = z
  .object({
    taskId: id,
    cause: z.enum(EXPLANATION_CAUSES, "required"),
    // The late report's quarter ("2026Q3"), for LATE_REPORT only.
    quarter: z.preprocess((v) => (v === "" ? undefined : v), quarterKey),
    message: requiredText(2000),
    dueDate: calendarDate,
  })
  .refine((v) => v.cause !== "LATE_REPORT" || v.quarter !== undefined, { path: ["quarter"], message: "required" });
export type RequestExplanationInput = z.output<typeof RequestExplanationSchema>;

/** The cadre's answer, with the ids of evidence files they staged for the task if they wish (decision 091). */
export const AnswerExplanationSchema = z.object({
  id,
  taskId: id,
  version,
  answer: requiredText(3000),
  evidenceIds: z.array(id).max(MAX_EVIDENCE_FILES, "tooMany").default([]),
});
export type AnswerExplanationInput = z.output<typeof AnswerExplanationSchema>;
