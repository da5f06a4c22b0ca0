"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, TextAreaField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { decideChangeRequestAction, respondReportAction, withdrawChangeRequestAction } from "../actions";
import { DecideChangeRequestSchema, RespondReportSchema } from "@/lib/validation/report";

/** The standing committee approves or rejects a pending change; a rejection needs its reason. */
export function DecideChangeForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("changeRequests");
  const [state, action] = useActionState(decideChangeRequestAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="decision"
        label={t("decision")}
        state={state}
        required
        options={[
          { value: "approve", label: t("approve") },
          { value: "reject", label: t("reject") },
        ]}
      />
      <TextAreaField schema={DecideChangeRequestSchema} name="note" label={t("note")} hint={t("noteHint")} state={state} />
      <SubmitButton>{t("decide")}</SubmitButton>
    </form>
  );
}

/** The requester takes back a change still waiting; it stays on the task, marked withdrawn. */
export function WithdrawChangeForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("changeRequests");
  const [state, action] = useActionState(withdrawChangeRequestAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="danger">{t("withdraw")}</SubmitButton>
    </form>
  );
}

/** The supervisor's or standing committee's answer to a report: direction, or a return for more information. */
export function RespondReportForm({ reportId, version, canReturn }: { reportId: string; version: number; canReturn: boolean }) {
  const t = useTranslations("reports");
  const [state, action] = useActionState(respondReportAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="action"
        label={t("respondAction")}
        state={state}
        required
        options={[{ value: "respond", label: t("respond") }, ...(canReturn ? [{ value: "return", label: t("return") }] : [])]}
      />
      <TextAreaField schema={RespondReportSchema} name="response" label={t("response")} state={state} required />
      <TextAreaField
        schema={RespondReportSchema}
        name="proposalAnswer"
        label={t("proposalAnswer")}
        hint={t("proposalAnswerHint")}
        state={state}
      />
      <SubmitButton>{t("sendResponse")}</SubmitButton>
    </form>
  );
}
