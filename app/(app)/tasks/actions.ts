"use server";

import { action, jsonAction } from "@/lib/actions/server";
import { decideChangeRequest, requestChange, withdrawChangeRequest } from "@/lib/dal/tasks/change-requests";
import { assignTaskDirectly } from "@/lib/dal/decisions/assign";
import { respondToReport, saveReport } from "@/lib/dal/reports/report";
import { answerExplanation, requestExplanation } from "@/lib/dal/tasks/explanations";
import { AnswerExplanationSchema, RequestExplanationSchema } from "@/lib/validation/explanation";
import { DirectAssignmentSchema } from "@/lib/validation/decision";
import {
  ChangeRequestSchema,
  DecideChangeRequestSchema,
  ReportSchema,
  RespondReportSchema,
  WithdrawChangeRequestSchema,
} from "@/lib/validation/report";

/** The standing committee assigns a task straight to a cadre, without a registration; then shows the task. */
export const assignTaskDirectlyAction = jsonAction(DirectAssignmentSchema, assignTaskDirectly, {
  revalidate: "/standing-committee",
  redirect: (_input, { taskId }) => `/tasks/${taskId}`,
});

/**
 * Saves (or submits) a quarterly report; a submitted report opens the task again. Its evidence arrives only
 * staged (POST /api/evidence, one file at a time) and travels here as ids: a file sent inside the save itself
 * is never read (there is one upload path to guard).
 *
 * Saving a draft that exists already (autosave, every pause in typing) changes nothing outside the form, which
 * shows the save itself (new version, files saved, "saved at"): it answers without rendering the page again,
 * a fifth of what it cost (decision 089). The first save (a new report) and a submission do render.
 */
export const saveReportAction = action(ReportSchema, saveReport, {
  revalidate: (input) => (input.intent === "submit" || input.version === undefined ? `/tasks/${input.taskId}` : undefined),
  redirect: (input) => (input.intent === "submit" ? `/tasks/${input.taskId}` : undefined),
  notice: "reportSaved",
  version: (_input, result) => result.version,
});

export const respondReportAction = action(RespondReportSchema, respondToReport, {
  revalidate: { path: "/tasks", type: "layout" },
  notice: (input) => (input.action === "return" ? "reportReturned" : "reportResponded"),
});

export const requestChangeAction = action(ChangeRequestSchema, requestChange, {
  revalidate: (input) => `/tasks/${input.taskId}`,
  redirect: (input) => `/tasks/${input.taskId}`,
});

export const decideChangeRequestAction = action(DecideChangeRequestSchema, decideChangeRequest, {
  revalidate: { path: "/tasks", type: "layout" },
  notice: (input) => (input.decision === "approve" ? "changeApproved" : "changeRejected"),
});

/** The one who asked takes back a change still waiting. */
export const withdrawChangeRequestAction = action(WithdrawChangeRequestSchema, withdrawChangeRequest, {
  revalidate: { path: "/tasks", type: "layout" },
  notice: "changeWithdrawn",
});

/** A committee or the supervisor asks the cadre to explain why the task lags. */
export const requestExplanationAction = action(RequestExplanationSchema, requestExplanation, {
  revalidate: (input) => `/tasks/${input.taskId}`,
  notice: "explanationRequested",
});

/** The cadre answers a request for explanation, linking the evidence files they staged if they wish. */
export const answerExplanationAction = action(AnswerExplanationSchema, answerExplanation, {
  revalidate: (input) => `/tasks/${input.taskId}`,
  notice: "explanationAnswered",
});
