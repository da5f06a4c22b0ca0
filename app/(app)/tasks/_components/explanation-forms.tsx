"use client";

import { useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { EvidenceUploads, useEvidenceUploads } from "@/components/forms/evidence-uploads";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { AnswerExplanationSchema, RequestExplanationSchema } from "@/lib/validation/explanation";
import { answerExplanationAction, requestExplanationAction } from "../actions";

/**
 * The organisation committee, the standing committee or the task's supervisor asks the cadre for an
 * explanation: the reason (the reasons the task's state supports are offered), what to explain, and by when.
 */
export function RequestExplanationForm({
  taskId,
  causes,
  lateQuarters,
  defaultDue,
}: {
  taskId: string;
  causes: ("BEHIND" | "OVERDUE" | "LATE_REPORT")[];
  lateQuarters: { key: string; label: string }[];
  defaultDue: string;
}) {
  const t = useTranslations("explanations");
  const [state, action] = useActionState(requestExplanationAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate data-testid="request-explanation-form">
      <FormMessage state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <SelectField
        name="cause"
        label={t("cause")}
        state={state}
        required
        options={causes.map((c) => ({ value: c, label: t(`causes.${c}`) }))}
      />
      {lateQuarters.length > 0 && (
        <SelectField
          name="quarter"
          label={t("quarter")}
          state={state}
          options={[{ value: "", label: t("chooseQuarter") }, ...lateQuarters.map((q) => ({ value: q.key, label: q.label }))]}
        />
      )}
      <TextAreaField schema={RequestExplanationSchema} name="message" label={t("message")} state={state} required />
      <TextField name="dueDate" type="date" label={t("dueDate")} state={state} required defaultValue={defaultDue} />
      <SubmitButton>{t("send")}</SubmitButton>
    </form>
  );
}

/**
 * The cadre's answer, with supporting files if they wish: each file is staged on choice through the report
 * form's uploader (POST /api/evidence, with its progress) and the answer links them by id, so an answer that
 * comes back with an error keeps its files (decision 091).
 */
export function AnswerExplanationForm({ id, taskId, version }: { id: string; taskId: string; version: number }) {
  const t = useTranslations("explanations");
  const evidence = useEvidenceUploads({ taskId });
  const [state, action] = useActionState(answerExplanationAction, initialActionState);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    if (evidence.uploading) e.preventDefault();
  };
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3" noValidate data-testid="answer-explanation-form">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField schema={AnswerExplanationSchema} name="answer" label={t("answerLabel")} state={state} required />
      <EvidenceUploads
        state={evidence}
        idPrefix={`explanation-evidence-${id}`}
        label={t("evidence")}
        stagedText={(size) => t("uploadStaged", { size })}
      />
      <SubmitButton disabled={evidence.uploading}>{t("sendAnswer")}</SubmitButton>
    </form>
  );
}
