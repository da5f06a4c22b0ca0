"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fileTypeFromBuffer } from "file-type";
import { failure, formToNested, formToObject, invalid, success } from "@/lib/actions/server";
import type { ActionState } from "@/lib/actions/state";
import { decideChangeRequest, requestChange, withdrawChangeRequest } from "@/lib/dal/change-requests";
import { assignTaskDirectly } from "@/lib/dal/decisions";
import { admitEvidenceUpload, respondToReport, saveReport, type StoredEvidence } from "@/lib/dal/reports";
import { EVIDENCE_TYPES, MAX_EVIDENCE_BYTES } from "@/lib/domain/evidence";
import { discardFiles, storeFile } from "@/lib/storage";
import { DomainError } from "@/lib/domain/errors";
import { DirectAssignmentSchema } from "@/lib/validation/decision";
import {
  ChangeRequestSchema,
  DecideChangeRequestSchema,
  ReportSchema,
  RespondReportSchema,
  WithdrawChangeRequestSchema,
} from "@/lib/validation/report";

/** The standing committee assigns a task straight to a cadre, without a registration; then shows the task. */
export async function assignTaskDirectlyAction(payload: unknown): Promise<ActionState> {
  const parsed = DirectAssignmentSchema.safeParse(payload);
  if (!parsed.success) return invalid(parsed.error, new FormData());
  let taskId: string;
  try {
    ({ taskId } = await assignTaskDirectly(parsed.data));
  } catch (e) {
    if (e instanceof DomainError) return failure(e);
    throw e;
  }
  revalidatePath("/standing-committee");
  redirect(`/tasks/${taskId}`);
}

/**
 * Saves (or submits) a quarterly report with its evidence. Each file's type is read from its content and
 * must be a PDF, an image or an office document of at most 10 MB; the bytes are stored under a name the
 * server chooses before the report is written, and removed again if the report is refused.
 */
export async function saveReportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const files = form.getAll("evidence").filter((f): f is File => f instanceof File && f.size > 0);
  form.delete("evidence");
  const parsed = ReportSchema.safeParse(formToNested(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const stored: StoredEvidence[] = [];
  try {
    await admitEvidenceUpload(parsed.data.taskId, files.length);
    for (const file of files) {
      if (file.size > MAX_EVIDENCE_BYTES) throw new DomainError("fileTooLarge", { name: file.name });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const detected = await fileTypeFromBuffer(bytes);
      if (!detected || !(detected.mime in EVIDENCE_TYPES)) throw new DomainError("fileType", { name: file.name });
      stored.push({
        fileName: file.name.slice(0, 200),
        mimeType: detected.mime,
        sizeBytes: file.size,
        storageKey: await storeFile(bytes),
      });
    }
    await saveReport(parsed.data, stored);
  } catch (e) {
    await discardFiles(stored.map((s) => s.storageKey));
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  const { taskId } = parsed.data;
  revalidatePath(`/tasks/${taskId}`);
  if (parsed.data.intent === "submit") redirect(`/tasks/${taskId}`);
  return success("reportSaved");
}

export async function respondReportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = RespondReportSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await respondToReport(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath("/tasks", "layout");
  return success(parsed.data.action === "return" ? "reportReturned" : "reportResponded");
}

export async function requestChangeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = ChangeRequestSchema.safeParse(formToNested(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await requestChange(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath(`/tasks/${parsed.data.taskId}`);
  redirect(`/tasks/${parsed.data.taskId}`);
}

export async function decideChangeRequestAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = DecideChangeRequestSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await decideChangeRequest(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath("/tasks", "layout");
  return success(parsed.data.decision === "approve" ? "changeApproved" : "changeRejected");
}

/** The one who asked takes back a change still waiting. */
export async function withdrawChangeRequestAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = WithdrawChangeRequestSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await withdrawChangeRequest(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath("/tasks", "layout");
  return success("changeWithdrawn");
}
