"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmSubmit } from "@/components/ui/confirm-dialog";
import { initialActionState } from "@/lib/actions/state";
import {
  addCommentAction,
  forwardRegistrationAction,
  returnRegistrationAction,
  submitRegistrationAction,
  withdrawProposedTaskAction,
} from "../actions";
import { maxLengthOf } from "@/lib/validation/limits";
import { CommentSchema, ForwardRegistrationSchema, ReturnRegistrationSchema } from "@/lib/validation/registration";

const textareaClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 sm:text-sm";

export function SubmitRegistrationForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("registrations");
  const [state, action] = useActionState(submitRegistrationAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-600">{t("submitHint")}</p>
      <SubmitButton>{t("submit")}</SubmitButton>
      {state.message && (
        <p
          data-testid="form-message"
          role={state.status === "success" ? "status" : "alert"}
          className={`whitespace-pre-line rounded-md px-3 py-2 text-sm ${state.status === "success" ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}

export function WithdrawTaskForm({
  registrationId,
  proposedTaskId,
  version,
}: {
  registrationId: string;
  proposedTaskId: string;
  version: number;
}) {
  const t = useTranslations("registrations");
  const tc = useTranslations("confirm");
  const [state, action] = useActionState(withdrawProposedTaskAction, initialActionState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="proposedTaskId" value={proposedTaskId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit
        variant="danger"
        label={t("withdrawTask")}
        title={tc("withdrawTaskTitle")}
        description={tc("withdrawTaskDescription")}
      />
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

export function ReturnRegistrationForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("registrations");
  const [state, action] = useActionState(returnRegistrationAction, initialActionState);
  const error = state.fieldErrors?.reason;
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor="reason" className="block text-sm font-medium">
        {t("returnReason")}
      </label>
      <textarea
        id="reason"
        name="reason"
        rows={3}
        required
        maxLength={maxLengthOf(ReturnRegistrationSchema, "reason")}
        defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "reason-error" : undefined}
        className={textareaClass}
      />
      {error && (
        <p id="reason-error" className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      )}
      <SubmitButton variant="secondary">{t("returnSubmit")}</SubmitButton>
    </form>
  );
}

export function ForwardRegistrationForm({
  id,
  version,
  tasks,
}: {
  id: string;
  version: number;
  tasks: { id: string; title: string }[];
}) {
  const t = useTranslations("registrations");
  const tp = useTranslations("reviewProposals");
  const [state, action] = useActionState(forwardRegistrationAction, initialActionState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-600">{t("forwardHint")}</p>
      {tasks.map((task, i) => (
        <div key={task.id} className="space-y-2 rounded-md border border-slate-200 p-3">
          <p className="text-sm font-medium">
            {i + 1}. {task.title}
          </p>
          <SelectField
            name={`proposal.${task.id}`}
            label={t("reviewProposal")}
            state={state}
            required
            defaultValue="APPROVE"
            options={(["APPROVE", "ADJUST", "REJECT"] as const).map((p) => ({ value: p, label: tp(p) }))}
          />
          <TextField
            name={`note.${task.id}`}
            label={t("proposalNote")}
            state={state}
            // The action gathers these notes into `proposals`, so the limit is read at that path.
            maxLength={maxLengthOf(ForwardRegistrationSchema, "proposals.0.note")}
          />
        </div>
      ))}
      <SubmitButton>{t("forwardSubmit")}</SubmitButton>
    </form>
  );
}

export function CommentForm({ registrationId, proposedTaskId }: { registrationId: string; proposedTaskId?: string }) {
  const t = useTranslations("registrations");
  const [state, action] = useActionState(addCommentAction, initialActionState);
  const fieldId = `comment-${proposedTaskId ?? registrationId}`;
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="registrationId" value={registrationId} />
      {proposedTaskId && <input type="hidden" name="proposedTaskId" value={proposedTaskId} />}
      <label htmlFor={fieldId} className="sr-only">
        {t("addComment")}
      </label>
      <textarea
        key={state.status === "success" ? state.message : "draft"}
        id={fieldId}
        name="body"
        rows={2}
        maxLength={maxLengthOf(CommentSchema, "body")}
        placeholder={t("commentPlaceholder")}
        defaultValue={state.status === "error" && typeof state.values?.body === "string" ? state.values.body : ""}
        className={textareaClass}
      />
      <div className="flex items-center gap-3">
        <SubmitButton variant="secondary">{t("addComment")}</SubmitButton>
        {state.status === "error" && (
          <span className="text-sm text-red-700">{state.fieldErrors?.body?.join(" ") ?? state.message}</span>
        )}
      </div>
    </form>
  );
}
