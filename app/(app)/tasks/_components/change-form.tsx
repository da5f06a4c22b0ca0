"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, TextAreaField, TextField, NumberField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { requestChangeAction } from "../actions";
import { ChangeRequestSchema } from "@/lib/validation/report";

/** Asks the standing committee to change a task's wording, end date, target values or deadlines. */
export function ChangeRequestForm({
  taskId,
  current,
}: {
  taskId: string;
  current: {
    title: string;
    endDate: string;
    targets: {
      id: string;
      indicator: string;
      unitOfMeasure: string;
      targetValue: string;
      deadline: string;
      hint: string;
      /** As an unambiguous decimal ("2.1010"), for the direction rule at the field; "" when unknown. */
      baseline: string;
      direction: "INCREASE" | "DECREASE" | "REACH";
    }[];
  };
}) {
  const t = useTranslations("changeRequests");
  const [state, action] = useActionState(requestChangeAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <TextField
        schema={ChangeRequestSchema}
        name="title"
        label={t("title")}
        state={state}
        defaultValue={current.title}
        required
      />
      <TextField
        schema={ChangeRequestSchema}
        name="endDate"
        type="date"
        label={t("endDate")}
        state={state}
        defaultValue={current.endDate}
        required
      />
      {current.targets.map((target, i) => (
        <fieldset key={target.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">{target.indicator}</legend>
          <input type="hidden" name={`targets.${i}.targetId`} value={target.id} />
          <input type="hidden" name={`targets.${i}.baseline`} value={target.baseline} />
          <input type="hidden" name={`targets.${i}.direction`} value={target.direction} />
          <NumberField
            schema={ChangeRequestSchema}
            name={`targets.${i}.targetValue`}
            label={t("newTarget", { unit: target.unitOfMeasure })}
            hint={target.hint}
            state={state}
            defaultValue={target.targetValue}
            required
          />
          <TextField
            schema={ChangeRequestSchema}
            name={`targets.${i}.deadline`}
            type="date"
            label={t("deadline")}
            state={state}
            defaultValue={target.deadline}
            required
          />
        </fieldset>
      ))}
      <TextAreaField
        schema={ChangeRequestSchema}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        state={state}
        required
      />
      <SubmitButton>{t("send")}</SubmitButton>
    </form>
  );
}
