"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { failure, formToObject, invalid, success } from "@/lib/actions/server";
import type { ActionState } from "@/lib/actions/state";
import {
  addRegistrationComment,
  forwardRegistration,
  returnRegistration,
  saveProposedTask,
  startRegistration,
  submitRegistration,
  withdrawProposedTask,
} from "@/lib/dal/registrations";
import { decideProposedTask, supplementTask } from "@/lib/dal/decisions";
import { DomainError } from "@/lib/domain/errors";
import { DecideProposedTaskSchema, SupplementTaskSchema } from "@/lib/validation/decision";
import { SubmissionRefusedError } from "@/lib/domain/registration";
import { id, version } from "@/lib/validation/common";
import {
  CommentSchema,
  ForwardRegistrationSchema,
  ReturnRegistrationSchema,
  SaveProposedTaskSchema,
  SubmitRegistrationSchema,
} from "@/lib/validation/registration";

/** Opens the cadre's registration in a round (the same one again on a second click) and goes to it. */
export async function startRegistrationAction(form: FormData): Promise<void> {
  const roundId = z.string().min(1).max(64).parse(form.get("roundId"));
  const { id: registrationId } = await startRegistration(roundId);
  redirect(`/registrations/${registrationId}`);
}

/**
 * Saves one proposed task sent by the task editor as plain values (react-hook-form). Field errors come
 * back keyed by their path in the form ("targets.0.indicator") for the editor to show in place.
 */
export async function saveProposedTaskAction(payload: unknown): Promise<ActionState> {
  const parsed = SaveProposedTaskSchema.safeParse(payload);
  if (!parsed.success) {
    const state = await invalid(parsed.error, new FormData());
    const fieldErrors = Object.fromEntries(
      Object.entries(state.fieldErrors ?? {}).map(([k, v]) => [k.replace(/^task\./, ""), v]),
    );
    return { ...state, fieldErrors };
  }
  try {
    await saveProposedTask(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e);
    throw e;
  }
  revalidatePath(`/registrations/${parsed.data.registrationId}`);
  redirect(`/registrations/${parsed.data.registrationId}`);
}

const WithdrawSchema = z.object({ registrationId: id, proposedTaskId: id, version });

export async function withdrawProposedTaskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = WithdrawSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await withdrawProposedTask(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath(`/registrations/${parsed.data.registrationId}`);
  return success("taskWithdrawn");
}

export async function submitRegistrationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = SubmitRegistrationSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await submitRegistration(parsed.data);
  } catch (e) {
    if (e instanceof SubmissionRefusedError) {
      // Every reason at once, each in words, so the cadre can fix them together.
      const [t, ts] = await Promise.all([getTranslations("errors"), getTranslations("submission")]);
      const reasons = e.problems.map(({ code, ...params }) => ts(code, params));
      return { status: "error", message: [t("submissionRefused"), ...reasons].join("\n") };
    }
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath(`/registrations/${parsed.data.id}`);
  return success("submitted");
}

export async function returnRegistrationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = ReturnRegistrationSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await returnRegistration(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath(`/registrations/${parsed.data.id}`);
  return success("returned");
}

/** The form carries one proposal (and note) per task as proposal.<taskId> / note.<taskId>. */
export async function forwardRegistrationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formToObject(form);
  const taskIds = Object.keys(values)
    .filter((k) => k.startsWith("proposal."))
    .map((k) => k.slice("proposal.".length));
  const parsed = ForwardRegistrationSchema.safeParse({
    id: values.id,
    version: values.version,
    proposals: taskIds.map((taskId) => ({
      proposedTaskId: taskId,
      proposal: values[`proposal.${taskId}`],
      note: values[`note.${taskId}`],
    })),
  });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await forwardRegistration(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath(`/registrations/${parsed.data.id}`);
  return success("forwarded");
}

export async function addCommentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const raw = formToObject(form);
  const parsed = CommentSchema.safeParse({
    ...raw,
    proposedTaskId: raw.proposedTaskId || undefined,
    parentId: raw.parentId || undefined,
  });
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await addRegistrationComment(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e, form);
    throw e;
  }
  revalidatePath(`/registrations/${parsed.data.registrationId}`);
  return success("commented");
}

/** The standing committee's decision on one proposed task, sent by the decision form as plain values. */
export async function decideProposedTaskAction(payload: unknown): Promise<ActionState> {
  const parsed = DecideProposedTaskSchema.safeParse(payload);
  if (!parsed.success) return invalid(parsed.error, new FormData());
  try {
    await decideProposedTask(parsed.data);
  } catch (e) {
    if (e instanceof DomainError) return failure(e);
    throw e;
  }
  revalidatePath(`/registrations/${parsed.data.registrationId}`);
  redirect(`/registrations/${parsed.data.registrationId}`);
}

/** The standing committee adds and assigns a task the cadre did not propose; then shows the new task. */
export async function supplementTaskAction(payload: unknown): Promise<ActionState> {
  const parsed = SupplementTaskSchema.safeParse(payload);
  if (!parsed.success) return invalid(parsed.error, new FormData());
  let taskId: string;
  try {
    ({ taskId } = await supplementTask(parsed.data));
  } catch (e) {
    if (e instanceof DomainError) return failure(e);
    throw e;
  }
  revalidatePath(`/registrations/${parsed.data.registrationId}`);
  redirect(`/tasks/${taskId}`);
}
