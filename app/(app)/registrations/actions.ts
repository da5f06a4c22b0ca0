"use server";

import { action, formAction, jsonAction } from "@/lib/actions/server";
import { decideProposedTask, supplementTask } from "@/lib/dal/decisions/assign";
import { addRegistrationComment, forwardRegistration, returnRegistration } from "@/lib/dal/registrations/review";
import {
  saveProposedTask,
  startRegistration,
  submitRegistration,
  withdrawProposedTask,
} from "@/lib/dal/registrations/registration";
import { DecideProposedTaskSchema, SupplementTaskSchema } from "@/lib/validation/decision";
import {
  CommentSchema,
  ForwardRegistrationFormSchema,
  ReturnRegistrationSchema,
  SaveProposedTaskSchema,
  StartRegistrationSchema,
  SubmitRegistrationSchema,
  WithdrawProposedTaskSchema,
} from "@/lib/validation/registration";

/** Opens the cadre's registration in a round (the same one again on a second click) and goes to it. */
export const startRegistrationAction = formAction(StartRegistrationSchema, (input) => startRegistration(input.roundId), {
  redirect: (_input, { id }) => `/registrations/${id}`,
});

/**
 * Saves one proposed task sent by the task editor as plain values (react-hook-form). Field errors come
 * back keyed by their path in the editor ("targets.0.indicator"), which holds the task itself.
 */
export const saveProposedTaskAction = jsonAction(SaveProposedTaskSchema, saveProposedTask, {
  fieldName: (path) => path.replace(/^task\./, ""),
  revalidate: (input) => `/registrations/${input.registrationId}`,
  redirect: (input) => `/registrations/${input.registrationId}`,
});

export const withdrawProposedTaskAction = action(WithdrawProposedTaskSchema, withdrawProposedTask, {
  revalidate: (input) => `/registrations/${input.registrationId}`,
  notice: "taskWithdrawn",
});

export const submitRegistrationAction = action(SubmitRegistrationSchema, submitRegistration, {
  revalidate: (input) => `/registrations/${input.id}`,
  notice: "submitted",
});

export const returnRegistrationAction = action(ReturnRegistrationSchema, returnRegistration, {
  revalidate: (input) => `/registrations/${input.id}`,
  notice: "returned",
});

export const forwardRegistrationAction = action(ForwardRegistrationFormSchema, forwardRegistration, {
  revalidate: (input) => `/registrations/${input.id}`,
  notice: "forwarded",
});

export const addCommentAction = action(CommentSchema, addRegistrationComment, {
  revalidate: (input) => `/registrations/${input.registrationId}`,
  notice: "commented",
});

/** The standing committee's decision on one proposed task, sent by the decision form as plain values. */
export const decideProposedTaskAction = jsonAction(DecideProposedTaskSchema, decideProposedTask, {
  revalidate: (input) => `/registrations/${input.registrationId}`,
  redirect: (input) => `/registrations/${input.registrationId}`,
});

/** The standing committee adds and assigns a task the cadre did not propose; then shows the new task. */
export const supplementTaskAction = jsonAction(SupplementTaskSchema, supplementTask, {
  revalidate: (input) => `/registrations/${input.registrationId}`,
  redirect: (_input, { taskId }) => `/tasks/${taskId}`,
});
