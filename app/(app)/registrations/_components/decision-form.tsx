"use client";

import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-dialog";
import type { ActionState } from "@/lib/actions/state";
import { DecideProposedTaskSchema } from "@/lib/validation/decision";
import type { ProposedTaskDraft } from "@/lib/validation/registration";
import { decideProposedTaskAction } from "../actions";
import {
  AssignmentFields,
  type AssignmentDraft,
  type SupervisorOption,
  type UnitOption,
} from "@/app/(app)/_components/assignment-fields";
import { applyServerErrors, TaskContentFields, useFieldRenderers } from "@/app/(app)/_components/task-fields";

type DecisionDraft = {
  decision: "APPROVE" | "ADJUST" | "REJECT";
  reason: string;
  assignment: AssignmentDraft;
  adjusted: ProposedTaskDraft;
};

/**
 * The standing committee decides one proposed task: as proposed, adjusted (the task's fields open for
 * editing) or rejected. The server validates everything and its errors land on the fields they concern.
 */
export function DecisionForm({
  registrationId,
  proposedTaskId,
  version,
  defaultValues,
  supervisors,
  units,
}: {
  registrationId: string;
  proposedTaskId: string;
  version: number;
  defaultValues: DecisionDraft;
  supervisors: SupervisorOption[];
  units: UnitOption[];
}) {
  const t = useTranslations("decision");
  const tc = useTranslations("confirm");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<DecisionDraft>({ defaultValues });
  const { field } = useFieldRenderers(form, DecideProposedTaskSchema);
  const decision = useWatch({ control: form.control, name: "decision" });

  const onSubmit = form.handleSubmit((values) => {
    setMessage(null);
    form.clearErrors();
    startTransition(async () => {
      const payload =
        values.decision === "REJECT"
          ? { registrationId, proposedTaskId, version, decision: values.decision, reason: values.reason }
          : {
              registrationId,
              proposedTaskId,
              version,
              decision: values.decision,
              reason: values.reason,
              assignment: values.assignment,
              ...(values.decision === "ADJUST" ? { adjusted: values.adjusted } : {}),
            };
      const result: ActionState = await decideProposedTaskAction(payload);
      if (result.status === "error") {
        setMessage(result.message ?? null);
        applyServerErrors(form, result);
      }
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {message && (
        <p role="alert" data-testid="form-message" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("choice")}</legend>
        {(["APPROVE", "ADJUST", "REJECT"] as const).map((d) => (
          <label key={d} className="flex items-center gap-2 text-sm">
            <input type="radio" value={d} {...form.register("decision")} className="h-4 w-4" />
            {t(d)}
          </label>
        ))}
      </fieldset>
      {field("reason", t("reason"), { textarea: true, required: decision !== "APPROVE", hint: t("reasonHint") })}
      {decision !== "REJECT" && (
        <AssignmentFields form={form} schema={DecideProposedTaskSchema} supervisors={supervisors} units={units} />
      )}
      {decision === "ADJUST" && (
        <fieldset className="space-y-4 rounded-lg border border-amber-300 p-4">
          <legend className="px-1 text-base font-semibold">{t("adjusted")}</legend>
          <TaskContentFields form={form} schema={DecideProposedTaskSchema} prefix="adjusted." />
        </fieldset>
      )}
      <div className="flex gap-2">
        <ConfirmSubmit
          label={t("submit")}
          pending={pending}
          pendingLabel={t("saving")}
          title={tc("decisionTitle")}
          description={tc("decisionDescription", { decision: t(decision) })}
          onConfirm={() => void onSubmit()}
        />
        <LinkButton href={`/registrations/${registrationId}`} variant="secondary">
          {t("back")}
        </LinkButton>
      </div>
    </form>
  );
}
